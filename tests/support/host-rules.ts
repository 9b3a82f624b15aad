/**
 * Just enough of Netlify's and Cloudflare Pages' `_redirects` to replay requests against a
 * built site: rewrites (status 200) with `:placeholders`, and on Netlify a query
 * condition (`page=:page`). Cloudflare Pages ignores the query string when matching.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RewriteHost } from '../../src/lib/open-data/oruk-api.ts';

interface Rule {
  from: string;
  query: Record<string, string>;
  to: string;
  status: number;
}

export function parseRedirects(text: string): Rule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const parts = line.split(/\s+/);
      const from = parts[0] ?? '';
      const status = Number(parts.at(-1));
      const to = parts.at(-2) ?? '';
      const query = Object.fromEntries(parts.slice(1, -2).map((pair) => pair.split('=', 2) as [string, string]));
      return { from, query, to, status };
    });
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? '']));
}

/** The file of `distDir` a host serves for a request, after its rules; undefined for a 404. */
export function resolveRequest(host: RewriteHost, rules: Rule[], distDir: string, url: string): string | undefined {
  const { pathname, searchParams } = new URL(url, 'https://host.invalid');
  for (const rule of rules) {
    const params = matchPath(rule.from, pathname);
    if (!params) continue;
    const conditions = Object.entries(rule.query);
    if (host === 'cloudflare' && conditions.length > 0) continue;
    let queryMatches = true;
    for (const [name, value] of conditions) {
      const given = searchParams.get(name);
      if (given === null) queryMatches = false;
      else if (value.startsWith(':')) params[value.slice(1)] = given;
      else if (value !== given) queryMatches = false;
    }
    if (!queryMatches) continue;
    if (rule.status !== 200) return undefined;
    const target = rule.to.replace(/:([a-z_]+)/gi, (_, name: string) => params[name] ?? `:${name}`);
    return fileFor(distDir, target);
  }
  return fileFor(distDir, pathname);
}

function fileFor(distDir: string, path: string): string | undefined {
  const file = join(distDir, decodeURIComponent(path));
  if (existsSync(file) && !file.endsWith('/')) {
    try {
      readFileSync(file);
      return file;
    } catch {
      // a folder: look for its index below
    }
  }
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}
