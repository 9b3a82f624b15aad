import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { csvColumnNames } from '../../../src/lib/open-data/csv-columns.ts';
import { isNoindexHtml } from '../../../src/integrations/sitemap.ts';
import { errorsOf, orukValidators } from '../../support/oruk-validator.ts';
import { allPages, distDir, page, requireBuild } from '../../build/helpers.ts';

beforeAll(requireBuild);

const oruk = join(distDir, 'data', 'oruk', 'services');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the Open Referral UK feed in dist/', () => {
  const validators = orukValidators();

  it('has a valid page 1 listing every service, and one valid file per service', () => {
    const pageOne = readJson(join(oruk, 'page-1.json')) as { total_items: number; contents: { id: string }[] };
    expect(validators.page(pageOne), errorsOf(validators.page)).toBe(true);
    const contentDir = process.env.CONTENT_DIR ?? 'content';
    const services = readdirSync(join(contentDir, 'services')).filter((file) => file.endsWith('.md'));
    expect(pageOne.total_items).toBe(services.length);
    const records = readdirSync(oruk).filter((file) => !file.startsWith('page-'));
    expect(records).toHaveLength(services.length);
    for (const { id } of pageOne.contents) {
      const record = readJson(join(oruk, `${id}.json`));
      expect(validators.service(record), `${id}: ${errorsOf(validators.service)}`).toBe(true);
      if (validators.official) expect(validators.official(record), errorsOf(validators.official)).toBe(true);
    }
    // Each record file is the record as its page holds it, on every page of the feed.
    const pageFiles = readdirSync(oruk).filter((file) => file.startsWith('page-'));
    expect(pageFiles).toHaveLength(Math.ceil(services.length / 50));
    for (const file of pageFiles) {
      const page = readJson(join(oruk, file)) as { contents: { id: string }[] };
      expect(validators.page(page), `${file}: ${errorsOf(validators.page)}`).toBe(true);
      // The official Page wrapper (openapi.json's Page, service_list.json items) where the files are present.
      if (validators.officialPage) {
        expect(validators.officialPage(page), `${file}: ${errorsOf(validators.officialPage)}`).toBe(true);
      }
      for (const item of page.contents) {
        expect(readJson(join(oruk, `${item.id}.json`)), `${file}: ${item.id}`).toEqual(item);
      }
    }
    if (!validators.official) {
      console.info(`Official ORUK schema files not found in ${validators.officialDir}: own schema only.`);
    }
    expect(readJson(join(distDir, 'data', 'oruk', 'index.json'))).toMatchObject({ version: '3.0' });
  });
});

describe('downloads for professionals', () => {
  it('serves every service as CSV with the template columns', () => {
    const csv = readFileSync(join(distDir, 'data', 'services.csv'), 'utf8');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(csvColumnNames);
    expect(rows.map((r) => r.id)).toContain('kooth');
  });

  it('serves a GeoJSON FeatureCollection', () => {
    expect(readJson(join(distDir, 'data', 'services.geojson'))).toMatchObject({ type: 'FeatureCollection' });
  });

  it('links the downloads and the template from /data/', () => {
    const html = page('/data/');
    for (const href of [
      '/data/services.csv',
      '/data/services.geojson',
      '/data/oruk/services/page-1.json',
      '/data/import-template.csv',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(existsSync(join(distDir, 'data', 'import-template.csv'))).toBe(true);
  });
});

describe('structured data and sitemap', () => {
  it('puts schema.org JSON-LD on service pages', () => {
    const html = page('/services/kooth/');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(json).toBeDefined();
    expect(JSON.parse(json ?? '{}')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Kooth',
    });
  });

  it("puts an Article with the pen name as author on young people's articles", () => {
    const dir = join(distDir, 'young-people', 'articles');
    const [first] = existsSync(dir) ? readdirSync(dir) : [];
    if (!first) return; // no published article in this content
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
      page(`/young-people/articles/${first}/`),
    )?.[1];
    const ld = JSON.parse(json ?? '{}') as { '@type'?: string; author?: { name?: string } };
    expect(ld['@type']).toBe('Article');
    expect(ld.author?.name).toMatch(/^[A-Za-z][A-Za-z_-]{1,29}$/);
  });

  it('lists every indexable page in the sitemap and no noindex page', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
    for (const file of allPages()) {
      const path = `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
      if (path === '/404.html') continue;
      const noindex = isNoindexHtml(readFileSync(join(distDir, file), 'utf8'));
      expect(listed.has(path), `${path} ${noindex ? 'is noindex but listed' : 'is missing'}`).toBe(!noindex);
    }
    expect([...listed].some((path) => path.startsWith('/admin'))).toBe(false);
  });
});
