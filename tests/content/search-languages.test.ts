/**
 * Search in the other languages of the site (issue 22): the search page of a language
 * (/ur/search/) searches that language's index, written by Pagefind from the pages whose
 * <html lang> it is, and a query in the language's own script finds the listings through
 * the words of content/search/synonyms.<code>.yaml. Run as the search page runs it, with
 * Pagefind's browser script and the site's query runner (tests/support/search-relevance.ts).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, requireBuild } from '../build/helpers.ts';
import { lexiconOf, loadPagefindFrom } from '../support/search-relevance.ts';
import { searchRanking, type Pagefind } from '../../src/lib/search/pagefind-api.ts';
import { runQuery } from '../../src/lib/search/query/run.ts';
import type { QueryLexicon } from '../../src/lib/search/query/types.ts';

beforeAll(requireBuild);

const bundleDir = () => join(distDir, 'pagefind');

/** The first five result URLs of a query on a language's search page. */
async function firstFive(pagefind: Pagefind, lexicon: QueryLexicon, query: string): Promise<string[]> {
  const run = await runQuery(pagefind, query, { filters: {}, lexicon });
  return Promise.all(run.results.slice(0, 5).map(async (result) => (await result.data()).url));
}

/** Pagefind's own results for a word, without the query runner's synonyms. */
async function pagefindUrls(pagefind: Pagefind, word: string): Promise<string[]> {
  const search = await pagefind.search(word);
  return Promise.all(search.results.map(async (result) => (await result.data()).url));
}

const autismListing = (code: string) => `/${code}/services/community-autism-support-service/`;

describe.runIf((process.env.CONTENT_DIR ?? 'content') === 'content')('search in other languages', () => {
  let lexicon: QueryLexicon;
  beforeAll(async () => {
    lexicon = await lexiconOf('content');
  });

  // Autism in Urdu (with "آ", a letter that decomposes into alef and a combining madda), Bengali
  // (vowel signs are combining marks) and Arabic (no marks): each from the language's synonyms file.
  const cases = [
    { code: 'ur', word: 'آٹزم' },
    { code: 'bn', word: 'অটিজম' },
    { code: 'ar', word: 'التوحد' },
  ];

  for (const { code, word } of cases) {
    it(`finds the autism listings for "${word}" on /${code}/search/`, async () => {
      const pagefind = await loadPagefindFrom(bundleDir(), searchRanking, code);
      const urls = await firstFive(pagefind, lexicon, word);
      expect(urls).toContain(autismListing(code));
      for (const url of urls) expect(url.startsWith(`/${code}/`), url).toBe(true);
      // The same word as Pagefind reads it, without the query runner's "autism": the index keeps the
      // words as written, marks and all (src/lib/search/pagefind-files.ts, rechunkIndex).
      expect(await pagefindUrls(pagefind, word)).toContain(autismListing(code));
      // Typed in decomposed form, as some keyboards write it.
      expect(await firstFive(pagefind, lexicon, word.normalize('NFD'))).toContain(autismListing(code));
    });
  }

  it('finds a Polish word with diacritics as written', async () => {
    const pagefind = await loadPagefindFrom(bundleDir(), searchRanking, 'pl');
    expect(await pagefindUrls(pagefind, 'niepełnosprawność')).not.toEqual([]);
  });
});
