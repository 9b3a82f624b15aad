/**
 * The data page and the map credit every source listings were imported from (publisher, licence,
 * credit, import date) and, when the postcode lookup placed any listing, its attribution. The
 * fixture area's Fixton Parent Cafe is marked as imported from a made-up council's directory and
 * placed from its postcode.
 */
import { describe, expect, it, beforeAll } from 'vitest';
// The built site is the fixture area's (npm run build:fixture), whose settings these are.
import { area } from '../fixtures/area/area/area.config.ts';
import { mainText, page, requireBuild } from './helpers.ts';

beforeAll(requireBuild);

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('credits for imported data', () => {
  it('the data page names each import source with its licence, credit and date', () => {
    const main = mainText(page('/data/'));
    expect(main).toContain('Where the listings come from');
    expect(main).toContain(
      "1 listing from Fixton Example Council: fixton-directory.json, imported 2 November 2026. Licence: Open Government Licence v3.0. Contains made-up Fixton Example Council data, for the code's tests.",
    );
  });

  it('the data page and the map give the postcode lookup its attribution, as it placed a listing', () => {
    expect(area.postcodeAttribution).toBeTruthy();
    expect(mainText(page('/data/'))).toContain(
      `Places found from their postcodes: ${String(area.postcodeAttribution)}`,
    );
    const map = text(page('/map/'));
    expect(map).toContain(`Places found from their postcodes: ${String(area.postcodeAttribution)}`);
    expect(map).toContain(
      "Listings from Fixton Example Council (Open Government Licence v3.0; Contains made-up Fixton Example Council data, for the code's tests).",
    );
  });
});
