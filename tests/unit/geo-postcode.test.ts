import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { area } from '../../src/area.ts';
import { lookupPostcode, parseDistrictCsv, parsePostcode } from '../../src/lib/geo/postcode.ts';

describe('postcodes', () => {
  it('reads full postcodes and districts as people type them', () => {
    expect(parsePostcode('b15 2tt')).toEqual({ outcode: 'B15', full: 'B15 2TT' });
    expect(parsePostcode(' B152TT ')).toEqual({ outcode: 'B15', full: 'B15 2TT' });
    expect(parsePostcode('B1 1AA')).toEqual({ outcode: 'B1', full: 'B1 1AA' });
    expect(parsePostcode('b23')).toEqual({ outcode: 'B23' });
    expect(parsePostcode('SW1A 1AA')).toEqual({ outcode: 'SW1A', full: 'SW1A 1AA' });
    expect(parsePostcode('Birmingham')).toBeUndefined();
    expect(parsePostcode('')).toBeUndefined();
    expect(parsePostcode('12345')).toBeUndefined();
  });

  // A district file in the area files' format (area/area.config.ts, files.postcodeDistricts); Birmingham's
  // own file is checked in tests/content/area-data.test.ts.
  const districts = parseDistrictCsv(
    'outcode,lat,lng,locality\nB1,52.48028,-1.90848,Ladywood\nB15,52.46,-1.92,Edgbaston\nB90,52.4,-1.8,\n',
  );

  it('parses the district centroid file', () => {
    expect(districts).toHaveLength(3);
    expect(districts[0]).toEqual({ outcode: 'B1', lat: 52.48028, lng: -1.90848, locality: 'Ladywood' });
    expect(districts.find((district) => district.outcode === 'B90')?.locality).toBe('');
    expect(parseDistrictCsv('outcode,lat,lng,locality\nB1,not,a,number\nB2,52.4,-1.9,Ladywood')).toHaveLength(1);
  });

  it('parses the district file of the area', () => {
    const own = parseDistrictCsv(readFileSync(`area/${area.files.postcodeDistricts}`, 'utf8'));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((district) => parsePostcode(district.outcode)?.outcode === district.outcode)).toBe(true);
  });

  it('finds the centroid of a full postcode from its district, with no network lookup', () => {
    const result = lookupPostcode('b15 2tt', districts);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.district.outcode).toBe('B15');
    expect(lookupPostcode('SW1A 1AA', districts)).toMatchObject({ ok: false, reason: 'unknown-district' });
    expect(lookupPostcode('nowhere', districts)).toEqual({ ok: false, reason: 'not-a-postcode' });
  });
});
