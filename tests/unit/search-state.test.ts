import { searchTextOf } from '../../src/i18n/search-text.ts';
import { defaultLanguage } from '../../src/i18n/languages.ts';
import { polish } from '../../src/i18n/strings/pl.ts';
import { describe, expect, it } from 'vitest';
import {
  emptyState,
  hasSearch,
  parseSearchState,
  resultsSentence,
  serializeSearchState,
  toPagefindFilters,
  toggleFilter,
} from '../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  it('reads the query, filters, sort and page', () => {
    expect(parseSearchState('?q=autism++support&locality=erdington&locality=ladywood&sort=name&page=2')).toEqual({
      query: 'autism support',
      filters: { locality: ['erdington', 'ladywood'] },
      sort: 'name',
      pages: 2,
    });
  });

  it('ignores unknown parameters, bad sorts and malformed values', () => {
    expect(parseSearchState('?colour=red&sort=random&page=-3&locality=<script>&need=autism&need=autism')).toEqual({
      query: '',
      filters: { need: ['autism'] },
      sort: 'relevance',
      pages: 1,
    });
  });

  it('writes short, stable URLs that read back the same', () => {
    const state = {
      query: 'food bank',
      filters: { type: ['service'], locality: ['ladywood', 'erdington'] },
      sort: 'reviewed' as const,
      pages: 1,
    };
    const url = serializeSearchState(state);
    expect(url).toBe('?q=food+bank&type=service&locality=erdington&locality=ladywood&sort=reviewed');
    expect(parseSearchState(url)).toEqual({
      ...state,
      filters: { type: ['service'], locality: ['erdington', 'ladywood'] },
    });
    expect(serializeSearchState(emptyState)).toBe('');
  });

  it('toggles filters and goes back to the first page', () => {
    const on = toggleFilter({ ...emptyState, pages: 3 }, 'need', 'autism', true);
    expect(on).toEqual({ ...emptyState, filters: { need: ['autism'] }, pages: 1 });
    expect(toggleFilter(on, 'need', 'autism', false).filters).toEqual({});
    expect(hasSearch(on)).toBe(true);
    expect(hasSearch(emptyState)).toBe(false);
  });

  it('turns filters into Pagefind filters: any value within a facet, optionally leaving one out', () => {
    const filters = { locality: ['erdington', 'ladywood'], cost: ['free'] };
    expect(toPagefindFilters(filters)).toEqual({
      locality: { any: ['erdington', 'ladywood'] },
      cost: { any: ['free'] },
    });
    expect(toPagefindFilters(filters, 'locality')).toEqual({ cost: { any: ['free'] } });
  });

  it('says how many results there are in plain English', () => {
    const text = searchTextOf(defaultLanguage);
    expect(resultsSentence(text, 'en-GB', 0, 'xyz', 0)).toBe('No results for “xyz”');
    expect(resultsSentence(text, 'en-GB', 1, 'autism', 0)).toBe('1 result for “autism”');
    expect(resultsSentence(text, 'en-GB', 1234, '', 2)).toBe('1,234 results with 2 filters');
    expect(resultsSentence(searchTextOf(polish), 'pl', 3, '', 1)).toBe('3 wyniki z 1 filtrem');
  });
});
