/**
 * node scripts/check-site-root.ts <address>
 *
 * The site is built for the root of its address (links, the search index, the CMS and the map
 * files all start at "/"), so it cannot be served from a GitHub Pages project path such as
 * https://owner.github.io/local-offer/. The deploy workflow runs this before the build and stops
 * with the way out (a custom domain, or an <owner>.github.io repository) instead of publishing a
 * site whose every link is broken. See docs/deploy.md, "GitHub Pages".
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Why the site cannot be published at `address`, or undefined when it is a domain root. */
export function siteRootProblem(address: string | undefined): string | undefined {
  if (!address) return 'no address given: set the repository variable SITE_URL (docs/deploy.md, "GitHub Pages")';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `"${address}" is not a web address`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `"${address}" is not a web address`;
  if (url.pathname === '/' || url.pathname === '') return undefined;
  return (
    `the site would be published at ${url.href}, a path under ${url.origin}, but it is built for the root ` +
    'of its address, so its links would be broken. Give the repository a custom domain (Settings, Pages, ' +
    '"Custom domain") and set the repository variable SITE_URL to it, or publish from a repository named ' +
    '<owner>.github.io. See docs/deploy.md, "GitHub Pages".'
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = siteRootProblem(process.argv[2]);
  if (problem) {
    // GitHub Actions shows an ::error:: line as the run's annotation.
    console.error(`::error title=Site address::${problem}`);
    process.exit(1);
  }
  console.log(`Publishing at ${String(process.argv[2])}: the root of its address.`);
}
