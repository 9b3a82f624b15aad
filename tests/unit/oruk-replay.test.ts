/**
 * The replay of the official ORUK validator and of DfE's puller (tests/support/oruk-validator.ts)
 * asks what they ask and reports what they would: checked here on a made-up API of five pages,
 * since the fixture area's services fit one page (tests/build/hosting.test.ts replays that).
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  dfeModelProblems,
  replayDfePuller,
  replayValidator,
  validatorVersion,
  type HostGet,
  type OrukValidators,
} from '../support/oruk-validator.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const record = (n: number) => ({
  id: id(n),
  name: `Service ${String(n)}`,
  status: 'active',
  attributes: [
    {
      id: id(1000 + n),
      link_entity: 'service',
      taxonomy_term: { id: id(2000 + n), code: 'parenting', name: 'Parenting', description: 'Parenting' },
    },
  ],
});

/** An API of five pages of twelve records, at /api. */
function api(root: object = { version: '3.0', profile: 'https://openreferraluk.org/', openapi_url: 'x' }): HostGet {
  return (path) => {
    const url = new URL(path, 'https://host.invalid');
    if (url.pathname === '/api') return { status: 200, body: JSON.stringify(root) };
    if (url.pathname === '/api/services') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const contents = Array.from({ length: 12 }, (_, i) => record((page - 1) * 12 + i + 1));
      return { status: 200, body: JSON.stringify({ total_pages: 5, page_number: page, contents }) };
    }
    const match = /^\/api\/services\/(.+)$/.exec(url.pathname);
    const n = match ? Number(match[1]?.slice(-12)) : Number.NaN;
    return n >= 1 && n <= 60 ? { status: 200, body: JSON.stringify(record(n)) } : { status: 404, body: '' };
  };
}

const ajv = new Ajv();
const anything = ajv.compile({});
const validators: OrukValidators = {
  service: anything,
  page: anything,
  official: undefined,
  officialPage: undefined,
  officialPath: undefined,
  officialDir: '',
};

describe('the validator replay', () => {
  it('asks for the root, pages 1, 2 (five pages halved) and 5, then ten ids of page 1', () => {
    const replay = replayValidator('/api', api(), validators);
    expect(replay.problems).toEqual([]);
    expect(replay.requests.slice(0, 4)).toEqual([
      '/api',
      '/api/services?page=1',
      '/api/services?page=2',
      '/api/services?page=5',
    ]);
    const ids = replay.requests.slice(4);
    expect(ids).toHaveLength(10);
    const firstPage = new Set(Array.from({ length: 12 }, (_, i) => `/api/services/${id(i + 1)}`));
    expect(ids.every((path) => firstPage.has(path))).toBe(true);
    expect(new Set(ids).size).toBe(10);
  });

  it('reports the fall back to HSDS-UK 1.0 without version or openapi_url, and a record that is not there', () => {
    expect(replayValidator('/api', api({ profile: 'x' }), validators).problems).toContain(
      'GET /api: no version or openapi_url, so the validator falls back to HSDS-UK 1.0',
    );
    const missing: HostGet = (path) => (path.startsWith('/api/services/') ? { status: 404, body: '' } : api()(path));
    expect(replayValidator('/api', missing, validators).problems.some((p) => p.endsWith('status 404'))).toBe(true);
  });

  it('reads versions as the validator does', () => {
    expect(validatorVersion('3.0')).toBe(3);
    expect(validatorVersion('HSDS-UK-3.0')).toBe(3);
    expect(validatorVersion('V3')).toBe(3);
    expect(validatorVersion('latest')).toBeUndefined();
  });
});

describe("DfE's puller replay", () => {
  it('asks for /services without a page, then each of its records', () => {
    const replay = replayDfePuller('/api', api());
    expect(replay.problems).toEqual([]);
    expect(replay.requests).toHaveLength(13);
    expect(replay.requests[0]).toBe('/api/services');
  });

  it('refuses what its model refuses: a term without code, an attribute without link_entity, an id not a GUID', () => {
    const bad = {
      ...record(1),
      id: 'kooth',
      attributes: [{ id: id(5), taxonomy_term: { id: id(6), name: 'Parenting', description: 'x' } }],
    };
    expect(dfeModelProblems(bad)).toEqual([
      '/id: not a GUID (Service)',
      '/attributes/0/link_entity: missing (Attribute requires it)',
      '/attributes/0/taxonomy_term/code: missing (TaxonomyTerm requires it)',
    ]);
  });
});
