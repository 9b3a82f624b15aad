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
import { orukValidators, replayDfePuller, replayValidator, type HostGet } from '../support/oruk-validator.ts';
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
  /** A request to the built site served with the host's rules: its file, or a 404. */
  const serve: HostGet = (path) => {
    const file = resolveRequest(host, parseRedirects(rulesOf[host]()), distDir, path);
    return file ? { status: 200, body: readFileSync(file, 'utf8') } : { status: 404, body: '' };
  };
  const get = (path: string): unknown => {
    const response = serve(path);
    if (response.status !== 200) throw new Error(`${host}: GET ${path} is a ${String(response.status)}`);
    return JSON.parse(response.body);
  };

  it('answers the validator at its base: version, profile, openapi_url', () => {
    const root = get(orukApiBase) as Record<string, unknown>;
    expect(root.version).toBe('3.0');
    expect(typeof root.profile).toBe('string');
    expect(String(root.openapi_url)).toMatch(/^https:\/\/.+openapi\.json$/);
  });

  it("passes the official validator's requests: root, first (middle, last) page, up to ten records", () => {
    const replay = replayValidator(orukApiBase, serve, orukValidators());
    expect(replay.problems).toEqual([]);
    // The fixture area's services fit one page: the validator asks for page 1 and every record.
    expect(replay.requests.slice(0, 2)).toEqual([orukApiBase, `${orukApiBase}/services?page=1`]);
    const records = replay.requests.filter((path) => /\/services\/[^/?]+$/.test(path));
    expect(records.length).toBe(Math.min(10, (get(`${orukApiBase}/services?page=1`) as Page).contents.length));
  });

  it('serves every page by number where the host can route by query (Netlify), the whole list where not', () => {
    const first = get(`${orukApiBase}/services?page=1`) as Page;
    const last = first.total_pages;
    for (const pageNumber of [Math.max(1, Math.floor(last / 2)), last]) {
      const page = get(`${orukApiBase}/services?page=${String(pageNumber)}`) as Page;
      // Cloudflare Pages cannot route by query: it answers every page with the whole list.
      expect(page.page_number).toBe(host === 'netlify' ? pageNumber : 1);
      expect(page.contents.length).toBeGreaterThan(0);
    }
  });

  it("gives DfE's Family Hubs puller every record in the shape its model requires", () => {
    const replay = replayDfePuller(orukApiBase, serve);
    expect(replay.problems).toEqual([]);
    expect(replay.requests.length).toBeGreaterThan(1);
    const page = get(`${orukApiBase}/services`) as Page;
    const records = page.contents.map((service) => get(`${orukApiBase}/services/${service.id}`) as Record_);
    const attributes = records.flatMap((record) => [
      ...(record.attributes ?? []),
      ...(record.organization?.attributes ?? []),
    ]);
    // Not a test that cannot fail: the fixture's records do carry terms.
    expect(attributes.length).toBeGreaterThan(0);
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
