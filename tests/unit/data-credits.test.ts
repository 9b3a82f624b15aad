import { describe, expect, it } from 'vitest';
import { creditDate, importCredits, mapListingCredit, postcodeCredit } from '../../src/lib/open-data/credits.ts';
import { area } from '../../src/area.ts';

const giveFood = { publisher: 'Give Food', from: 'https://www.givefood.org.uk/api/', licence: 'CC BY 4.0' };

describe('credits for imported listings', () => {
  it('gives one credit per source with its listings and latest import day; own listings give none', () => {
    const credits = importCredits([
      { imported: { ...giveFood, date: '2026-12-01' } },
      { imported: { ...giveFood, date: '2026-12-06', postcodeLookup: true } },
      { imported: { publisher: 'North Example Council', from: 'feed.json', date: new Date('2026-11-02') } },
      {},
    ]);
    expect(credits).toEqual([
      { ...giveFood, attribution: undefined, date: '2026-12-06', listings: 2 },
      {
        publisher: 'North Example Council',
        from: 'feed.json',
        licence: undefined,
        attribution: undefined,
        date: '2026-11-02',
        listings: 1,
      },
    ]);
    expect(importCredits([{}, { imported: undefined }])).toEqual([]);
    expect(creditDate('2026-12-06')).toBe('6 December 2026');
  });

  it('credits the postcode lookup only when it placed a listing', () => {
    expect(postcodeCredit([{ imported: { ...giveFood } }])).toBeUndefined();
    expect(postcodeCredit([{ imported: { ...giveFood, postcodeLookup: true } }])).toBe(
      area.postcodeAttribution ?? area.attribution,
    );
  });

  it('the map credits only the sources of listings it can show', () => {
    expect(mapListingCredit([{ imported: giveFood }])).toBeUndefined();
    expect(mapListingCredit([{ imported: giveFood, locations: [{}] }])).toBe('Listings from Give Food (CC BY 4.0).');
  });
});
