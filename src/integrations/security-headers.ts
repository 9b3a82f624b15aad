/**
 * Writes dist/_headers (the Netlify and Cloudflare Pages format) after the build.
 *
 * The meta tag Astro puts on every page cannot carry `frame-ancestors`, and many hosts
 * let you set real headers, which are stronger. A page is checked against both policies,
 * so the header policy must allow every hash the pages use: we read the meta tag of every
 * built page and merge their script and style sources into one policy.
 *
 * It also writes dist/_redirects, the Open Referral UK API's routes in Cloudflare Pages
 * syntax, and CORS for the feed; `node scripts/host-files.ts netlify` turns both into
 * Netlify's (netlify.toml runs it). See docs/deploy.md.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergePolicies, metaPolicyOf } from '../lib/csp.ts';
import { headOf } from '../lib/built-page-head.ts';
import { orukHeadersBlock, orukRedirects } from '../lib/open-data/oruk-api.ts';
import { adminPaths } from '../cms/admin-pages.ts';
import { backendFromEnv, cmsEnvironment } from '../cms/backend.ts';
import { adminContentSecurityPolicy } from '../cms/csp.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'local-offer:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // The CMS admins have their own header policy: their looser rules must not leak into the site's.
        const isAdmin = (file: string) => adminPaths.some((path) => `/${file.split(sep).join('/')}`.startsWith(path));
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
          (file) => file.endsWith('.html') && !isAdmin(file),
        );
        // A Set: pages of one type share a policy, and each kept policy (a slice of its page)
        // keeps that page's HTML in memory: a list of them all held hundreds of MB (docs/benchmarks.md).
        const policies = new Set<string>();
        let withPolicy = 0;
        for (const file of pages) {
          const policy = metaPolicyOf(headOf(join(outDir, file)));
          if (!policy) continue;
          policies.add(policy);
          withPolicy += 1;
        }
        writeFileSync(
          join(outDir, '_headers'),
          headersFile(mergePolicies([...policies]), {
            paths: adminPaths,
            policy: adminContentSecurityPolicy(backendFromEnv(cmsEnvironment(process.env))),
          }) + orukHeadersBlock(),
        );
        writeFileSync(join(outDir, '_redirects'), orukRedirects('cloudflare'));
        const ms = Math.round(performance.now() - started);
        logger.info(
          `_headers written: one Content Security Policy merged from ${String(withPolicy)} pages in ${String(ms)} ms.`,
        );
      },
    },
  };
}
