/**
 * The area a copy of the site serves: everything that differs between Birmingham and
 * another council or partnership, written once in `area/area.config.ts` and read by the
 * schemas, the content check, the maps, "near me" and the import.
 */
import type { TermDefinition } from './terms.ts';

/**
 * A local crisis line as the area settings write it. Plain types here (the schemas import the area
 * settings, so the area cannot import them back); src/lib/safety/crisis-lines.ts checks each line
 * against src/schemas/crisis-lines.ts when the site is built.
 */
export interface AreaCrisisLine {
  name: string;
  /** Who it is for and when to use it, in one plain sentence (200 characters at most). */
  summary: string;
  /** A phone number, a website, or both. */
  contact: { phone?: string; website?: string; email?: string };
  /** A text service, e.g. "Text SHOUT to 85258". */
  textMessage?: string;
  /** When it is open, e.g. "24 hours a day, every day". */
  hours: string;
  /** Lower numbers are listed first. */
  order?: number;
  /** When the number was last checked on the provider's page ("YYYY-MM-DD"), and by whom (role). */
  assuredDate: string;
  assurerRole: string;
  /** The provider's public page that publishes the number. */
  source: string;
}

/**
 * The colours a site is drawn in, as `#rrggbb`, set as CSS custom properties on every page
 * (src/lib/theme.ts). White text sits on `brand` and `brandDark` (buttons, headers), `brand` is
 * also text on the page's light background, and body text sits on `accent` (notices, the quick
 * exit): each pair must reach WCAG AA's 4.5:1, which tests/unit/area-settings.test.ts checks.
 */
export interface AreaColours {
  brand: string;
  brandDark: string;
  accent: string;
}

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
  youngSite: { name: string; tagline: string; colours: AreaColours };
  /** The Local Offer's colours (the young people's section and site use `youngSite.colours`). */
  colours: AreaColours;
  /**
   * Local crisis lines shown with the national numbers in every urgent help block (schema:
   * src/schemas/crisis-lines.ts). Add a line only once its number is confirmed on the provider's
   * own public page, given as `source`; the list may be empty.
   */
  crisisLines: readonly AreaCrisisLine[];
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
