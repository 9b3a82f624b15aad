/**
 * Settings of the site itself: address, feedback, map tiles, review interval. What is
 * particular to the area (names, localities, boundaries, postcodes) is in
 * `area/area.config.ts`; this file repeats the area's names so pages read one object.
 * See docs/fork.md.
 */
import { area } from './area.ts';

export interface SiteConfig {
  /** Name shown in the header and page titles. */
  name: string;
  /** Short line under the name. */
  tagline: string;
  /** The partnership that runs the site, shown in the footer and about page. */
  partnership: string;
  /** The city or area the site covers, used in plain-language text ("help in <area>"). */
  area: string;
  /** Public base URL of the deployed site, used for canonical links, feeds and the sitemap. */
  siteUrl: string;
  /** Where people send corrections and comments about listings and about the Local Offer. */
  feedbackEmail: string;
  /** How many months a listing may go unchecked before it shows a "may be out of date" notice. */
  reviewIntervalMonths: number;
  /** Map tiles: any XYZ tile server. The attribution is shown on every map. */
  mapTiles: {
    url: string;
    attribution: string;
    /** The origin of the tile server, allowed by the Content Security Policy. */
    origin: string;
  };
  /** Attribution for the bundled boundary and postcode data. */
  boundaryAttribution: string;
  /** The young people's sister site, built by `npm run build:young` from the same content. */
  youngSite: {
    name: string;
    tagline: string;
    /** Public base URL of the sister site (its links back to services go to `siteUrl`). */
    siteUrl: string;
  };
  /**
   * Where "Exit this page" goes: a busy, neutral site that gives nothing away. The page it
   * leaves is replaced in the browser history, so Back does not return to it.
   */
  quickExitUrl: string;
}

export const siteConfig: SiteConfig = {
  name: area.siteName,
  tagline: area.tagline,
  partnership: area.partnership,
  area: area.name,
  siteUrl: process.env.SITE_URL ?? 'https://localoffer.example.org',
  // A placeholder address on a reserved domain (RFC 2606): set the real one before going live.
  feedbackEmail: process.env.FEEDBACK_EMAIL ?? 'local-offer-feedback@example.org',
  reviewIntervalMonths: 12,
  mapTiles: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    origin: 'https://tile.openstreetmap.org',
  },
  boundaryAttribution: area.attribution,
  youngSite: {
    name: area.youngSite.name,
    tagline: area.youngSite.tagline,
    siteUrl: process.env.YOUNG_SITE_URL ?? 'https://young.localoffer.example.org',
  },
  quickExitUrl: 'https://www.bbc.co.uk/weather',
};
