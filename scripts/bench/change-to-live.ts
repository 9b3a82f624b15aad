/**
 * Change to live: the time from an editor's change to one listing to a rebuilt
 * site, as CI would run it after a commit from the CMS. The build starts from a
 * fresh checkout (no built site) but with the caches a CI keeps between builds
 * (docs/benchmarks.md, "Caches between builds"): Astro's content cache, whose
 * entries carry each file's digest so that only the changed listing's Markdown
 * is rendered again, and the CMS admin bundle, both in .cache/.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The listing the measure changes: the first synthetic service, so real content is never touched. */
export function listingToChange(contentDir: string): string {
  const servicesDir = join(contentDir, 'services');
  const file = readdirSync(servicesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .find((name) => readFileSync(join(servicesDir, name), 'utf8').includes('name: Synthetic'));
  if (!file) throw new Error(`${servicesDir} has no synthetic listing to change (run the bench's generator first)`);
  return join(servicesDir, file);
}

/** An editor's change: a sentence added to the listing's description, as the CMS would save it. */
export function editedListing(text: string, stamp: string): string {
  return `${text.replace(/\n*$/, '\n')}\nChanged by the benchmark at ${stamp} to time a rebuild.\n`;
}

/**
 * Changes one listing, runs `rebuild` into an empty output folder (keeping the
 * caches), then puts the listing back as it was, whatever happened.
 */
export async function withOneListingChanged<T>(
  contentDir: string,
  outDir: string,
  rebuild: () => Promise<T>,
): Promise<{ file: string; result: T }> {
  const file = listingToChange(contentDir);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, editedListing(original, new Date().toISOString()));
  try {
    // CI checks out the repository afresh: no built site, only the caches it restores.
    rmSync(outDir, { recursive: true, force: true });
    return { file, result: await rebuild() };
  } finally {
    writeFileSync(file, original);
  }
}
