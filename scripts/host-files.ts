/**
 * node scripts/host-files.ts netlify [dist]
 *
 * The build writes dist/_headers and dist/_redirects for Cloudflare Pages. Netlify reads
 * the same two files with small differences: this rewrites them for Netlify (no
 * `! Header` lines; the ORUK API routed by `?page=`). netlify.toml runs it after the build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { netlifyHeaders, orukRedirects } from '../src/lib/open-data/oruk-api.ts';

const [host, outDir = 'dist'] = process.argv.slice(2);
if (host !== 'netlify') {
  console.error('Usage: node scripts/host-files.ts netlify [dist]  (Cloudflare Pages uses the build as it is)');
  process.exit(2);
}
const headersPath = join(outDir, '_headers');
writeFileSync(headersPath, netlifyHeaders(readFileSync(headersPath, 'utf8')));
writeFileSync(join(outDir, '_redirects'), orukRedirects('netlify'));
console.log(`[host-files] ${outDir}/_headers and ${outDir}/_redirects written for Netlify.`);
