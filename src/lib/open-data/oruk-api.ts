/**
 * Where the Open Referral UK API answers on each static host, and the rules that route
 * its requests to the feed's files. The standard puts the API at a base URL:
 * `GET {base}` (version, profile, openapi_url), `GET {base}/services?page=N` and
 * `GET {base}/services/{id}`. The site's own /services/ pages take /services, so the
 * base is /api/oruk. See docs/open-referral.md for what to give the validator and DfE.
 */

/** The API's base path on hosts that can rewrite (Netlify, Cloudflare Pages). */
export const orukApiBase = '/api/oruk';

/** The files behind it, as the build writes them. */
export const orukFiles = {
  root: '/data/oruk/index.json',
  page: (page: string) => `/data/oruk/services/page-${page}.json`,
  record: (id: string) => `/data/oruk/services/${id}.json`,
  /** Every service on one page, for hosts that cannot route by `?page=`. */
  unpaged: '/data/oruk/services.json',
};

export type RewriteHost = 'netlify' | 'cloudflare';

/**
 * The `_redirects` lines (status 200: a rewrite, the address stays) for one host.
 * Netlify matches `?page=` (its query syntax: `page=:page`); Cloudflare Pages ignores the
 * query string, so there /services answers with the unpaged list.
 */
export function orukRedirects(host: RewriteHost): string {
  const lines = [
    '# The Open Referral UK API (src/lib/open-data/oruk-api.ts): rewrites to the feed files.',
    `${orukApiBase} ${orukFiles.root} 200`,
    `${orukApiBase}/ ${orukFiles.root} 200`,
  ];
  if (host === 'netlify') lines.push(`${orukApiBase}/services page=:page ${orukFiles.page(':page')} 200`);
  lines.push(
    `${orukApiBase}/services ${host === 'netlify' ? orukFiles.page('1') : orukFiles.unpaged} 200`,
    `${orukApiBase}/services/:id ${orukFiles.record(':id')} 200`,
  );
  return `${lines.join('\n')}\n`;
}

/** Browser clients on other sites may read the feed (it is public data). */
export const orukCorsHeaders: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };

/** The `_headers` block that adds CORS to the feed and the API paths. */
export function orukHeadersBlock(): string {
  const lines = ['', '# The Open Referral UK feed is public data: any site may read it from a browser.'];
  for (const path of ['/data/oruk/*', `${orukApiBase}/*`, orukApiBase]) {
    lines.push(path, ...Object.entries(orukCorsHeaders).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Netlify's reading of the `_headers` the build writes (Cloudflare Pages syntax): Netlify
 * has no `! Header` line to detach a header, and of two matching rules the later one's
 * value replaces the earlier one's, so the detach lines are dropped and the admin rules,
 * which come after the site's, still replace its policy there.
 */
export function netlifyHeaders(headers: string): string {
  return headers
    .split('\n')
    .filter((line) => !/^\s+!\s/.test(line))
    .join('\n');
}
