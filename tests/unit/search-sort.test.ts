import { describe, expect, it } from 'vitest';
import { compareNames, orderResults, sortFile, sortKeysIn, sortedIds } from '../../src/lib/search/sort.ts';

describe('search sort orders', () => {
  it('reads the sort keys SearchMeta writes, unescaping the attribute', () => {
    const html =
      '<article data-pagefind-body><div class="search-meta" data-pagefind-ignore hidden ' +
      'data-sort-name="women&#39;s &amp; girls&#39; group" data-sort-reviewed="2025-06-01"><span></span></div>';
    expect(sortKeysIn(html)).toEqual({ name: "women's & girls' group", reviewed: '2025-06-01' });
    expect(sortKeysIn('<div class="search-meta" hidden data-sort-name="x"></div>')).toBeUndefined();
    expect(sortKeysIn('<p>No search block</p>')).toBeUndefined();
  });

  it('orders names A to Z ignoring case, with numbers in number order', () => {
    expect(['b', 'A', 'group 10', 'group 9', 'a'].sort(compareNames)).toEqual(['A', 'a', 'b', 'group 9', 'group 10']);
  });

  it('lists ids by name, and by date checked newest first with never-checked pages last', () => {
    const pages = [
      { id: 'en_1', keys: { name: 'carers hub', reviewed: '2024-01-01' } },
      { id: 'en_2', keys: { name: 'autism group', reviewed: '0000-00-00' } },
      { id: 'en_3', keys: { name: 'baby club', reviewed: '2025-03-01' } },
      { id: 'en_4', keys: { name: 'art club', reviewed: '2024-01-01' } },
    ];
    expect(sortedIds(pages)).toEqual({
      name: ['en_4', 'en_2', 'en_3', 'en_1'],
      reviewed: ['en_3', 'en_4', 'en_1', 'en_2'],
    });
  });

  it('puts results in a sort file’s order, and any it does not list last in their own order', () => {
    const results = ['x', 'c', 'a', 'y', 'b'].map((id) => ({ id }));
    expect(orderResults(results, ['a', 'b', 'c']).map((result) => result.id)).toEqual(['a', 'b', 'c', 'x', 'y']);
  });

  it('keeps the sort files beside the index', () => {
    expect(sortFile('name')).toBe('pagefind/sort-name.json');
    expect(sortFile('reviewed')).toBe('pagefind/sort-reviewed.json');
  });
});
