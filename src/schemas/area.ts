/**
 * The area a copy of the site serves: everything that differs between Birmingham and
 * another council or partnership, written once in `area/area.config.ts` and read by the
 * schemas, the content check, the maps, "near me" and the import.
 */
import type { TermDefinition } from './terms.ts';

export interface AreaBounds {
  /** What the box is called in messages: "must lie in the West Midlands". */
  name: string;
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

export interface AreaSettings {
  /** The city or area in plain words ("help in Birmingham"). */
  name: string;
  /** Name of the site, shown in the header and page titles. */
  siteName: string;
  /** Short line under the name. */
  tagline: string;
  /** The partnership that runs the site, shown in the footer and about page. */
  partnership: string;
  /** The young people's sister site, built from the same content. */
  youngSite: { name: string; tagline: string };
  /**
   * A generous box around the area: a coordinate outside it is a typo or a swapped
   * latitude and longitude, and the content check and the import reject it.
   */
  bounds: AreaBounds;
  /**
   * The localities, in the order pages list them. Each `value` is the `slug` property of
   * its polygon in the boundary file and the id of its page in `content/localities/`.
   */
  localities: readonly TermDefinition[];
  /** A postcode the near-me box offers as an example, e.g. "B15" or "B23 6AA". */
  examplePostcodes: readonly [district: string, full: string];
  /**
   * Data files in `area/`, published under `/data/` with the same name. Boundaries: a
   * GeoJSON FeatureCollection, one feature per locality with `name` and `slug`.
   * Districts: CSV `outcode,lat,lng,locality`. The full-postcode lookup (CSV
   * `postcode,latitude,longitude,...`) is read by the import only and not published.
   */
  files: {
    boundaries: string;
    postcodeDistricts: string;
    postcodes?: string;
    /** Where the files come from and their licences, published beside them. */
    notes?: string;
  };
  /** Attribution the licences of the boundary and postcode data ask for, shown on every map. */
  attribution: string;
  /** Attribution for the full-postcode lookup, where the import's geocoding is reported. */
  postcodeAttribution?: string;
  /**
   * The interface languages this site builds, by code (`['en', 'ur', 'pl']`), from those with a
   * strings file in `src/i18n/strings/`; English is always built. Leave it out for all of them.
   * Each language adds a copy of every listing and browse page (docs/languages.md, "Build cost").
   */
  languages?: readonly string[];
}
