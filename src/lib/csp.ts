/**
 * The Content Security Policy and the other security headers, built from the site config.
 *
 * Astro (`security.csp` in astro.config.mjs) writes a `<meta http-equiv="content-security-policy">`
 * on every page with the hashes of its own scripts and styles, plus the directives below.
 * `src/integrations/security-headers.ts` then writes `dist/_headers` with the same policy
 * (the hashes of every page merged) and the directives a meta tag cannot carry.
 */

import type { AstroUserConfig } from 'astro';

/** Astro's type for one directive line (not exported by name). */
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspConfig['directives']>[number];

export interface CspOptions {
  /** Origin of the map tile server: the only third-party origin the site loads anything from. */
  mapTilesOrigin: string;
}

/**
 * Directives besides script-src and style-src (Astro writes those, with hashes).
 * `frame-ancestors` is not here: browsers ignore it in a meta tag and log a console
 * error, so it is only sent as a header.
 */
export function cspDirectives(options: CspOptions): CspDirective[] {
  return [
    "default-src 'self'",
    // data: for small inline icons (Leaflet's, for example); never remote images except map tiles.
    `img-src 'self' data: ${options.mapTilesOrigin}`,
    // Pagefind fetches its index and WebAssembly from /pagefind/ on this site.
    "connect-src 'self'",
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/**
 * script-src sources besides hashes: our own bundled files, and WebAssembly compilation
 * for Pagefind's search (which is not `eval` of JavaScript).
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** style-src sources besides hashes: our own stylesheets. */
export const styleSources = ["'self'"];

/** Headers sent with every page besides the CSP. */
export const otherSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  // Geolocation only for this site's own "near me" on the map; everything else off.
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicyOf(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  if (!tag) return undefined;
  const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  return (content?.[1] ?? content?.[2])
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Splits a policy into directive name and its sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** One policy that allows what each of the given policies allows, source by source. */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Header-only directives: a page must not be framed by any site (clickjacking). */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

export interface AdminHeaders {
  /** Path prefixes of the admin pages, e.g. "/admin/". */
  paths: readonly string[];
  /** Their Content Security Policy (src/cms/csp.ts builds it for the configured git backend). */
  policy: string;
}

/**
 * The _headers file: the merged policy plus header-only directives for every page, and a
 * separate policy for the content editor under /admin/ (Decap CMS), whose interface
 * injects inline styles and talks to the Git host's API. `! Content-Security-Policy`
 * (Cloudflare Pages syntax) drops the site policy there first; see README, "Safety and privacy".
 */
export function headersFile(pagePolicy: string, admin: AdminHeaders, extra: Record<string, string> = {}): string {
  const lines = ['# Security headers for every page. Written by src/integrations/security-headers.ts at build.', '/*'];
  lines.push(`  Content-Security-Policy: ${[pagePolicy, ...headerOnlyDirectives].join('; ')}`);
  for (const [name, value] of Object.entries({ ...otherSecurityHeaders, ...extra })) {
    lines.push(`  ${name}: ${value}`);
  }
  lines.push(
    '',
    '# The content editors (Decap CMS) build their interface with inline styles and talk to the',
    '# Git host; they hold no visitor data. Replace the page policy above with one they can run under.',
  );
  for (const path of admin.paths) {
    lines.push(
      `${path}*`,
      '  ! Content-Security-Policy',
      `  Content-Security-Policy: ${admin.policy}; ${headerOnlyDirectives.join('; ')}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
