/**
 * A search index of the benchmark's synthetic listings (scripts/bench/generate.ts) without an
 * Astro build: each listing's page markup (tests/support/search-page-model.ts) indexed with
 * Pagefind's Node API, then re-packed and given its spelling vocabulary as the build does
 * (src/integrations/pagefind.ts). Used by the large relevance test and by the search query
 * bench (scripts/bench/search-queries.ts).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { syntheticListings } from '../../scripts/bench/generate.ts';
import { servicePageHtml } from './search-page-model.ts';
import { loadSynonyms, synonymsPath } from '../../src/lib/search/synonyms-file.ts';
import { rechunkIndex } from '../../src/lib/search/pagefind-files.ts';
import { VocabularyCounter, indexedText } from '../../src/lib/search/query/vocabulary.ts';

/**
 * Writes the index of `size` synthetic listings (the last ones the planted answers) into
 * `siteDir/pagefind/`, with the vocabulary in `siteDir/pagefind/vocabulary/en/`, using the
 * synonyms of `contentDir`. Returns the number of pages indexed.
 */
export async function writeSyntheticIndex(size: number, siteDir: string, contentDir = 'content'): Promise<number> {
  const synonyms = loadSynonyms(synonymsPath(contentDir));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join(', ')}`);
  const vocabulary = new VocabularyCounter();
  let pages = 0;
  try {
    // Pagefind's service takes files concurrently: a few hundred at a time keep it busy.
    let batch: Promise<{ errors: string[] }>[] = [];
    const flush = async () => {
      for (const added of await Promise.all(batch)) {
        if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
      }
      batch = [];
    };
    for (const listing of syntheticListings(size)) {
      const content = servicePageHtml({ ...listing, cost: { type: listing.cost } }, synonyms);
      vocabulary.addPage(indexedText(content));
      batch.push(index.addHTMLFile({ url: `/services/${listing.id}/`, content }));
      pages += 1;
      if (batch.length >= 250) await flush();
    }
    await flush();
    const bundleDir = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    rechunkIndex(bundleDir);
    vocabulary.write(siteDir, 'en');
  } finally {
    await pagefind.close();
  }
  return pages;
}
