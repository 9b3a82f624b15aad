/**
 * The built site on each static host: the Open Referral UK API answers where the
 * standard puts it (the official validator's requests replayed: root, first, middle and
 * last page, ten records), its records carry what DfE's Family Hubs puller requires, the
 * feed allows other sites' browsers, and Netlify's headers are the build's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { netlifyHeaders, orukApiBase, orukRedirects, type RewriteHost } from '../../src/lib/open-data/oruk-api.ts';
import { parseRedirects, resolveRequest } from '../support/host-rules.ts';
import { distDir, requireBuild } from './helpers.ts';

beforeAll(requireBuild);

interface Term {
  id: string;
  name: string;
  code?: string;
}
interface Attribute {
  id: string;
  link_entity?: string;
  taxonomy_term?: Term;
}
interface Record_ {
  id: string;
  name: string;
  attributes?: Attribute[];
  organization?: { id: string; name: string; attributes?: Attribute[] };
}
interface Page {
  total_pages: number;
  page_number: number;
  contents: Record_[];
}

const rulesOf: Record<RewriteHost, () => string> = {
  // What scripts/host-files.ts writes for Netlify after the build.
  netlify: () => orukRedirects('netlify'),
  // Cloudflare Pages takes the build's own file.
  cloudflare: () => readFileSync(join(distDir, '_redirects'), 'utf8'),
};

describe.each(['netlify', 'cloudflare'] as const)('the Open Referral UK API on %s', (host) => {
  const get = (path: string): unknown => {
    const file = resolveRequest(host, parseRedirects(rulesOf[host]()), distDir, path);
    if (!file) throw new Error(`${host}: GET ${path} is a 404`);
    return JSON.parse(readFileSync(file, 'utf8'));
  };

  it('answers the validator at its base: version, profile, openapi_url', () => {
    const root = get(orukApiBase) as Record<string, unknown>;
    expect(root.version).toBe('3.0');
    expect(typeof root.profile).toBe('string');
    expect(String(root.openapi_url)).toMatch(/^https:\/\/.+openapi\.json$/);
  });

  it('serves the first, middle and last page, and ten records by id', () => {
    const first = get(`${orukApiBase}/services?page=1`) as Page;
    expect(first.page_number).toBe(1);
    expect(first.contents.length).toBeGreaterThan(0);
    const last = first.total_pages;
    const middle = Math.max(1, Math.ceil(last / 2));
    for (const pageNumber of [middle, last]) {
      const page = get(`${orukApiBase}/services?page=${String(pageNumber)}`) as Page;
      // Cloudflare Pages cannot route by query: it answers every page with the whole list.
      expect(page.page_number).toBe(host === 'netlify' ? pageNumber : 1);
      expect(page.contents.length).toBeGreaterThan(0);
    }
    const ids = first.contents.slice(0, 10).map((service) => service.id);
    for (const id of ids) {
      const record = get(`${orukApiBase}/services/${id}`) as Record_;
      expect(record.id).toBe(id);
    }
  });

  it("gives every term a code and every attribute a link_entity (DfE's model)", () => {
    const page = get(`${orukApiBase}/services`) as Page;
    const records = page.contents.map((service) => get(`${orukApiBase}/services/${service.id}`) as Record_);
    const attributes = records.flatMap((record) => [
      ...(record.attributes ?? []),
      ...(record.organization?.attributes ?? []),
    ]);
    expect(attributes.length).toBeGreaterThan(0);
    const missing = attributes.filter(
      (attribute) => !attribute.link_entity || !attribute.taxonomy_term?.code || !attribute.taxonomy_term.name,
    );
    expect(missing).toEqual([]);
  });
});

describe('headers on each host', () => {
  const built = () => readFileSync(join(distDir, '_headers'), 'utf8');
  const headerLines = (text: string) =>
    text
      .split('\n')
      .filter((line) => /^\s+[A-Za-z-]+: /.test(line))
      .map((line) => line.trim());

  it('lets any site read the feed from a browser', () => {
    const text = built();
    for (const path of ['/data/oruk/*', `${orukApiBase}/*`]) {
      const block = text.slice(text.indexOf(`\n${path}\n`));
      expect(block.split('\n')[2]?.trim()).toBe('Access-Control-Allow-Origin: *');
    }
  });

  it("gives Netlify every header the build writes, the admin's own policy included", () => {
    const netlify = netlifyHeaders(built());
    expect(headerLines(netlify)).toEqual(headerLines(built()));
    expect(netlify).not.toMatch(/^\s+!/m);
    expect(headerLines(netlify).filter((line) => line.startsWith('Content-Security-Policy:')).length).toBeGreaterThan(
      1,
    );
  });
});
