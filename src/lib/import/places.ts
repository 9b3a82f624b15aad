/**
 * Places imported addresses offline: a full postcode gives its point from the area's postcode
 * lookup (area/, for Birmingham OS Code-Point Open), otherwise the centroid of its district; the
 * locality is the boundary containing the point. A postcode outside the area is noted, and no
 * other coordinate is guessed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, areaDir } from '../../area.ts';
import { loadBoundaries } from '../geo/boundaries.ts';
import { boundariesContaining, type LatLng } from '../geo/geometry.ts';
import { parseDistrictCsv, parsePostcode, type PostcodeDistrict } from '../geo/postcode.ts';

export const postcodeLookupFile = join(areaDir, area.files.postcodes);
const districtFile = join(areaDir, area.files.postcodeDistricts);

export interface Gazetteer {
  points: Map<string, LatLng>;
  districts: Map<string, PostcodeDistrict>;
  localityOf: (point: LatLng) => string | undefined;
}

const cache = new Map<string, Gazetteer>();

export function loadGazetteer(projectRoot = process.cwd()): Gazetteer {
  const cached = cache.get(projectRoot);
  if (cached) return cached;
  const points = new Map<string, LatLng>();
  const lines = readFileSync(join(projectRoot, postcodeLookupFile), 'utf8').split(/\r?\n/);
  for (const line of lines.slice(1)) {
    const [postcode = '', lat = '', lng = ''] = line.split(',');
    if (postcode) points.set(postcode.replace(/\s+/g, ''), { lat: Number(lat), lng: Number(lng) });
  }
  const districts = new Map(
    parseDistrictCsv(readFileSync(join(projectRoot, districtFile), 'utf8')).map((d) => [d.outcode, d]),
  );
  const boundaries = loadBoundaries(projectRoot);
  // Many services share a venue or a district centre: each point is looked up once.
  const localities = new Map<string, string | undefined>();
  const gazetteer: Gazetteer = {
    points,
    districts,
    localityOf: (point) => {
      const key = `${String(point.lat)},${String(point.lng)}`;
      if (!localities.has(key)) localities.set(key, boundariesContaining(point, boundaries)[0]);
      return localities.get(key);
    },
  };
  cache.set(projectRoot, gazetteer);
  return gazetteer;
}

export interface Placed {
  postcode?: string;
  point?: LatLng;
  /** "postcode" when the full postcode was found, "district" for the district's centroid. */
  precision?: 'postcode' | 'district';
  locality?: string;
  notes: string[];
}

/** Where a postcode is, as far as the open data says. */
export function placePostcode(input: string, gazetteer: Gazetteer): Placed {
  const text = input.trim();
  if (text === '') return { notes: [] };
  const parsed = parsePostcode(text);
  if (!parsed) return { notes: [`postcode: "${text}" is not a UK postcode: check it`] };
  const postcode = parsed.full ?? parsed.outcode;
  const exact = parsed.full ? gazetteer.points.get(parsed.full.replace(' ', '')) : undefined;
  const district = gazetteer.districts.get(parsed.outcode);
  const point = exact ?? (district ? { lat: district.lat, lng: district.lng } : undefined);
  if (!point) {
    return {
      postcode,
      notes: [
        `postcode: ${postcode} is outside the area this directory covers: check the address, or that it belongs here`,
      ],
    };
  }
  const notes =
    !exact && parsed.full
      ? [`postcode: ${postcode} is not in the postcode list: placed at the centre of ${parsed.outcode}; check it`]
      : [];
  const locality = gazetteer.localityOf(point);
  if (!locality) notes.push(`postcode: ${postcode} lies outside the ten localities: check it belongs here`);
  return { postcode, point, precision: exact ? 'postcode' : 'district', ...(locality ? { locality } : {}), notes };
}
