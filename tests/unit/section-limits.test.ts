import { describe, expect, it } from 'vitest';
import { firstOf, sectionLimit, sectionSlack, seeAllLinks } from '../../src/lib/directory/section-limits.ts';

describe('bounded sections', () => {
  const items = Array.from({ length: 40 }, (_, i) => i);

  it('keeps the first entries in order and counts the rest', () => {
    expect(firstOf(items)).toEqual({ shown: items.slice(0, sectionLimit), total: 40, more: 40 - sectionLimit });
    expect(firstOf(items, 3, 0)).toEqual({ shown: [0, 1, 2], total: 40, more: 37 });
  });

  it('shows a list whole when it is short, or only a little over the limit', () => {
    expect(firstOf([1, 2])).toEqual({ shown: [1, 2], total: 2, more: 0 });
    expect(firstOf([])).toEqual({ shown: [], total: 0, more: 0 });
    const justOver = items.slice(0, sectionLimit + sectionSlack);
    expect(firstOf(justOver).more).toBe(0);
    expect(firstOf(items.slice(0, sectionLimit + sectionSlack + 1)).shown).toHaveLength(sectionLimit);
    expect(firstOf([1, 2, 3], -1, 0)).toEqual({ shown: [], total: 3, more: 3 });
  });

  it('words one full list as a sentence, and several as names with their counts', () => {
    expect(seeAllLinks([{ href: '/services/need/autism/', label: 'Autism', count: 40 }])).toEqual([
      { href: '/services/need/autism/', text: 'See all 40 listings for Autism' },
    ]);
    expect(
      seeAllLinks([
        { href: '/services/need/autism/', label: 'Autism', count: 40 },
        { href: '/services/need/adhd/', label: 'ADHD', count: 1 },
      ]),
    ).toEqual([
      { href: '/services/need/autism/', text: 'Autism', note: '(40 listings)' },
      { href: '/services/need/adhd/', text: 'ADHD', note: '(1 listing)' },
    ]);
    expect(seeAllLinks([])).toEqual([]);
  });
});
