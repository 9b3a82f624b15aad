/**
 * Reads the files Pagefind writes, after it has written them. Pagefind 1.x stores
 * its fragments (one page's URL, text and metadata) as gzipped JSON behind the
 * signature `pagefind_dcd`.
 *
 * `fragmentIds` gives the result id (page hash) of every indexed URL, so that the
 * search page can sort results from a file of its own (src/lib/search-sort.ts).
 *
 * Any surprise in the format throws, so a Pagefind upgrade that changes the format
 * fails the build instead of shipping broken sort files.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SIGNATURE = Buffer.from('pagefind_dcd', 'utf8');

/** The payload of a Pagefind file: gunzipped, signature checked and removed. */
export function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error(`${path} does not start with Pagefind's signature: has Pagefind's file format changed?`);
  }
  return data.subarray(SIGNATURE.length);
}

/**
 * The result id (Pagefind's page hash, `result.id` in the browser) of every page in
 * the bundle, by URL. Reads single fragment files and fragment groups alike.
 */
export function fragmentIds(bundleDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  const dir = join(bundleDir, 'fragment');
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    const parsed = JSON.parse(readPagefindFile(join(dir, file)).toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: not a Pagefind fragment`);
    const record = parsed as Record<string, unknown>;
    // A single page's fragment has a url; a group maps page ids to fragments.
    const pages = typeof record.url === 'string' ? { [file.replace(/\.pf_fragment$/, '')]: record } : record;
    for (const [id, fragment] of Object.entries(pages)) {
      const url = (fragment as { url?: unknown } | null)?.url;
      if (typeof url !== 'string') throw new Error(`${file}: a fragment without a URL: has Pagefind's format changed?`);
      ids.set(url, id);
    }
  }
  return ids;
}
