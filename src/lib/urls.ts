import { siteConfig } from '../site.config.ts';

/**
 * Whether this build makes the young people's sister site (`npm run build:young`)
 * rather than the Local Offer: a build constant, set by astro.config.mjs from SITE_VARIANT.
 */
export const buildsYoungSite: boolean = import.meta.env.SITE_VARIANT === 'young';

/** Prefixes a site path with Astro's base, so the site works when deployed under a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Where a young people's article lives. The young people's section owns these
 * pages; hubs link to them through this one function so the scheme changes in one place.
 */
export function articlePath(id: string): string {
  return withBase(`/young-people/articles/${id}/`);
}

/**
 * A Local Offer page (a service, the directory, urgent help): relative on the Local Offer
 * itself, absolute from the young people's sister site, which does not have the page.
 */
export function localOfferHref(path: string, fromYoungSite: boolean = buildsYoungSite): string {
  if (!fromYoungSite) return withBase(path);
  const main = siteConfig.siteUrl.endsWith('/') ? siteConfig.siteUrl : `${siteConfig.siteUrl}/`;
  return new URL(path.replace(/^\//, ''), main).href;
}
