/**
 * The indexed part of a built service page (src/pages/services/[id].astro with
 * SearchMeta.astro), written from the same search data (searchDataFor) and with the
 * same weights, so Pagefind can index thousands of synthetic listings in seconds
 * without an Astro build. tests/content/search-page-model.test.ts checks that it gives
 * Pagefind what every built Birmingham service page gives it; keep the two in step.
 */
import { HEADLINE_WEIGHT, searchDataFor, type SearchSource } from '../../src/lib/search/index-entry.ts';
import type { SynonymGroup } from '../../src/schemas/synonyms.ts';
import { audiences, categories, termLabel } from '../../src/schemas/taxonomy.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ModelListing extends SearchSource {
  name: string;
  audiences?: readonly string[];
  body: string;
}

/** The HTML Pagefind reads for a service page. */
export function servicePageHtml(listing: ModelListing, synonyms: readonly SynonymGroup[]): string {
  const data = searchDataFor('service', listing, { body: listing.body, synonyms });
  const filters = Object.entries(data.filters).flatMap(([key, values]) =>
    values.map((value) => `<span data-pagefind-filter="${escape(`${key}:${value}`)}"></span>`),
  );
  const meta = Object.entries(data.meta).map(
    ([key, value]) => `<span data-pagefind-meta="${escape(key)}">${escape(value)}</span>`,
  );
  const labels = (terms: Parameters<typeof termLabel>[0], values: readonly string[] | undefined) =>
    (values ?? []).map((value) => termLabel(terms, value)).join(', ');
  // Markdown links as the page shows them: their text, not their address.
  const paragraphs = listing.body
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\n\n+/)
    .map((paragraph) => `<p>${escape(paragraph)}</p>`)
    .join('');
  return `<!doctype html><html lang="en"><head><title>${escape(listing.name)}</title></head><body>
<main><article class="service" data-pagefind-body>
<div class="search-meta" data-pagefind-ignore hidden>${filters.join('')}${meta.join('')}</div>
<p class="search-words" hidden data-pagefind-weight="${String(HEADLINE_WEIGHT)}">${escape(data.headlineWords.join('. '))}</p>
${data.extraWords.length > 0 ? `<p class="search-words" hidden>${escape(data.extraWords.join(', '))}</p>` : ''}
<h1>${escape(listing.name)}</h1><p class="lede">${escape(listing.summary)}</p>
<h2>The essentials</h2><dl class="facts">
<div><dt data-pagefind-ignore>What it is</dt><dd>${escape(labels(categories, listing.categories))}</dd></div>
<div><dt data-pagefind-ignore>Who it is for</dt><dd>${escape(labels(audiences, listing.audiences))}</dd></div>
</dl><h2>About this service</h2><div class="service__body">${paragraphs}</div>
</article></main></body></html>`;
}
