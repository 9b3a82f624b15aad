/**
 * The page model that the large relevance test indexes (tests/support/search-page-model.ts)
 * against the real service pages of the built site: for every Birmingham listing, the model
 * written from its content file must give Pagefind the same filters, metadata and weighted
 * words as the built page, and no word the built page lacks. A change to the service page or
 * SearchMeta that the model does not follow fails here, not silently in the relevance figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { page, requireBuild } from '../build/helpers.ts';
import { loadContent } from '../support/fixture-content.ts';
import { servicePageHtml } from '../support/search-page-model.ts';
import { loadSynonyms, synonymsPath } from '../../src/lib/search/synonyms-file.ts';
import { indexedText } from '../../src/lib/search/query/vocabulary.ts';
import { foldQuery } from '../../src/lib/search/query/understand.ts';

beforeAll(requireBuild);

const contentDir = process.env.CONTENT_DIR ?? 'content';

const decode = (text: string) =>
  indexedText(`<div data-pagefind-body>${text}</div>`)
    .replace(/\s+/g, ' ')
    .trim();

/** What Pagefind reads from a page's search markup, attributes and hidden blocks decoded. */
function searchParts(html: string) {
  const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => decode(match[1] ?? ''));
  return {
    filters: all(/data-pagefind-filter="([^"]*)"/g).sort(),
    meta: [...html.matchAll(/<span data-pagefind-meta="([^"]*)"[^>]*>([^<]*)<\/span>/g)]
      .map((match) => `${match[1] ?? ''}=${decode(match[2] ?? '')}`)
      .sort(),
    words: all(/<p class="search-words"[^>]*>([^<]*)<\/p>/g),
  };
}

const wordsOf = (html: string) => new Set(foldQuery(indexedText(html)).split(' '));

describe.runIf(contentDir === 'content')('the search page model of the large relevance test', () => {
  it('gives Pagefind what each built service page gives it', () => {
    const synonyms = loadSynonyms(synonymsPath(contentDir));
    const { services } = loadContent(contentDir);
    expect(services.length).toBeGreaterThan(10);
    for (const service of services) {
      const built = page(`/services/${service.id}/`);
      const model = servicePageHtml({ ...service.data, body: service.body }, synonyms);
      expect([service.id, searchParts(model)]).toEqual([service.id, searchParts(built)]);
      const real = wordsOf(built);
      const missing = [...wordsOf(model)].filter((word) => !real.has(word));
      expect([service.id, missing]).toEqual([service.id, []]);
    }
  });
});
