/**
 * Writes dist/_headers (the Netlify and Cloudflare Pages format) after the build.
 *
 * The meta tag Astro puts on every page cannot carry `frame-ancestors`, and many hosts
 * let you set real headers, which are stronger. A page is checked against both policies,
 * so the header policy must allow every hash the pages use: we read the meta tag of every
 * built page and merge their script and style sources into one policy.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminPaths, headersFile, mergePolicies, metaPolicyOf } from '../lib/csp.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'local-offer:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The CMS admins have their own header policy: their looser rules must not leak into the site's.
        const isAdmin = (file: string) => adminPaths.some((path) => `/${file.split(sep).join('/')}`.startsWith(path));
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
          (file) => file.endsWith('.html') && !isAdmin(file),
        );
        const policies: string[] = [];
        for (const file of pages) {
          const policy = metaPolicyOf(readFileSync(join(outDir, file), 'utf8'));
          if (policy) policies.push(policy);
        }
        writeFileSync(join(outDir, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`_headers written: one Content Security Policy merged from ${String(policies.length)} pages.`);
      },
    },
  };
}
