/**
 * Reads (and, in one place, corrects) the files Pagefind writes, after it has
 * written them. Pagefind 1.x stores its index as gzipped CBOR behind the
 * signature `pagefind_dcd`; fragments are gzipped JSON behind the same signature.
 *
 * Two jobs, both run by the build (src/integrations/pagefind.ts):
 * - `fragmentIds`: the result id (page hash) of every indexed URL, so that the
 *   search page can sort results from a file of its own (src/lib/search-sort.ts).
 * - `fixChunkBounds`: Pagefind names each word-index chunk by the range of words it
 *   holds, but shortens the upper bound to the shortest prefix that tells it from
 *   the next chunk (a chunk ending in "autistic" before one starting "autonomy"
 *   ends at "auti"). A word such as "autism" then sorts after its own chunk's bound,
 *   the browser finds no chunk for it and falls back to loading every chunk whose
 *   shortened bounds could hold it, often a large unrelated one as well (64 KB more
 *   for "autism" at 10,000 listings). Common words end chunks more often than rare
 *   ones (a chunk is closed after a big word), so this hits common searches. Writing
 *   each chunk's real last word as its upper bound makes the browser load the one
 *   chunk that holds the word. Only the bound strings change; the file is re-encoded
 *   byte for byte in Pagefind's encoding, which is checked before anything is written.
 *
 * Any surprise in the format (another signature, another layout, an encoding we
 * cannot reproduce exactly) throws, so a Pagefind upgrade that changes the format
 * fails the build instead of shipping a broken index.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SIGNATURE = Buffer.from('pagefind_dcd', 'utf8');

type Cbor = number | string | Cbor[];

/** The payload of a Pagefind file: gunzipped, signature checked and removed. */
export function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error(`${path} does not start with Pagefind's signature: has Pagefind's file format changed?`);
  }
  return data.subarray(SIGNATURE.length);
}

function writePagefindFile(path: string, payload: Buffer): void {
  writeFileSync(path, gzipSync(Buffer.concat([SIGNATURE, payload]), { level: 9 }));
}

/** Decodes the CBOR subset Pagefind's index uses: unsigned and negative integers, text and definite arrays. */
export function decodeCbor(data: Buffer): Cbor {
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`Unexpected CBOR length code ${String(info)} in a Pagefind file`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + (data[at + i] ?? 0);
    at += size;
    return value;
  };
  const item = (): Cbor => {
    const head = data[at];
    if (head === undefined) throw new Error('A Pagefind file ended early');
    at += 1;
    const major = head >> 5;
    const value = argument(head & 31);
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 3) {
      const text = data.toString('utf8', at, at + value);
      at += value;
      return text;
    }
    if (major === 4) {
      const list: Cbor[] = [];
      for (let i = 0; i < value; i++) list.push(item());
      return list;
    }
    throw new Error(`Unexpected CBOR type ${String(major)} in a Pagefind file`);
  };
  const result = item();
  if (at !== data.length) throw new Error('A Pagefind file has data after its index');
  return result;
}

/** Encodes like Pagefind's encoder (minicbor): shortest lengths, definite arrays. */
export function encodeCbor(value: Cbor): Buffer {
  const parts: Buffer[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) parts.push(Buffer.from([(major << 5) | n]));
    else if (n < 0x100) parts.push(Buffer.from([(major << 5) | 24, n]));
    else if (n < 0x10000) parts.push(Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]));
    else if (n < 0x100000000) {
      const bytes = Buffer.alloc(5);
      bytes[0] = (major << 5) | 26;
      bytes.writeUInt32BE(n, 1);
      parts.push(bytes);
    } else throw new Error('Number too large for a Pagefind file');
  };
  const write = (item: Cbor) => {
    if (typeof item === 'number') head(item < 0 ? 1 : 0, item < 0 ? -1 - item : item);
    else if (typeof item === 'string') {
      const bytes = Buffer.from(item, 'utf8');
      head(3, bytes.length);
      parts.push(bytes);
    } else {
      head(4, item.length);
      item.forEach(write);
    }
  };
  write(value);
  return Buffer.concat(parts);
}

const isList = (value: Cbor | undefined): value is Cbor[] => Array.isArray(value);

interface Entry {
  version: string;
  languages: Record<string, { hash: string }>;
}

function entryOf(bundleDir: string): Entry {
  return JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as Entry;
}

/**
 * Sets the upper bound of every word-index chunk of the bundle to the last word
 * the chunk holds (see above). Returns the number of bounds changed.
 */
export function fixChunkBounds(bundleDir: string): number {
  const entry = entryOf(bundleDir);
  if (!entry.version.startsWith('1.')) {
    throw new Error(`Pagefind ${entry.version}: fixChunkBounds knows the files of Pagefind 1 only`);
  }
  let changed = 0;
  for (const { hash } of Object.values(entry.languages)) {
    const path = join(bundleDir, `pagefind.${hash}.pf_meta`);
    const payload = readPagefindFile(path);
    const meta = decodeCbor(payload);
    if (!encodeCbor(meta).equals(payload)) throw new Error(`${path}: cannot re-encode Pagefind's index exactly`);
    // MetaIndex: [version, pages, index_chunks: [from, to, hash][], filters, sorts]
    const chunks = isList(meta) ? meta[2] : undefined;
    if (!isList(meta) || typeof meta[0] !== 'string' || !isList(chunks)) {
      throw new Error(`${path}: unexpected layout: has Pagefind's file format changed?`);
    }
    for (const chunk of chunks) {
      const [from, to, chunkHash] = isList(chunk) ? chunk : [];
      if (typeof from !== 'string' || typeof to !== 'string' || typeof chunkHash !== 'string') {
        throw new Error(`${path}: unexpected chunk entry: has Pagefind's file format changed?`);
      }
      // WordIndex: [words: [word, pages][]]
      const index = decodeCbor(readPagefindFile(join(bundleDir, 'index', `${chunkHash}.pf_index`)));
      const words = isList(index) ? index[0] : undefined;
      const last = isList(words) ? words.at(-1) : undefined;
      const lastWord = isList(last) ? last[0] : undefined;
      if (typeof lastWord !== 'string' || !lastWord.startsWith(to)) {
        throw new Error(`${path}: chunk ${chunkHash} does not end with a word starting "${to}"`);
      }
      if (isList(chunk) && lastWord !== to) {
        chunk[1] = lastWord;
        changed += 1;
      }
    }
    // The file keeps its name: Pagefind's hash of its own output, so a build of the same content gives the same
    // file. Written at the highest gzip level, which makes this file about 5% smaller than Pagefind's own.
    writePagefindFile(path, encodeCbor(meta));
  }
  return changed;
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
