/** Links from the safety blocks, which also appear on the young people's sister site. */
import { siteConfig } from '../../site.config.ts';
import { withBase } from '../urls.ts';

/**
 * A Local Offer page: relative on the Local Offer itself, absolute when the block is built
 * into another site (the young people's sister site), which does not have the page.
 */
export function localSiteHref(path: string, currentSite: URL | undefined): string {
  const main = new URL(siteConfig.siteUrl);
  if (!currentSite || currentSite.origin === main.origin) return withBase(path);
  return new URL(path.replace(/^\//, ''), main.href.endsWith('/') ? main.href : `${main.href}/`).href;
}
