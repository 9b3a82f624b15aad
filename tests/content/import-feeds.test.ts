/**
 * Importing the feeds in tests/fixtures/import (a council's v1 feed, v3 pages, a connector's
 * spreadsheet as CSV and Excel) where the outcome hangs on their places: their postcodes and
 * localities are Birmingham's, and the import reads them against this copy's area settings, so
 * these tests live with Birmingham's own. The import's area-neutral tests (the v1 feed's cleaning,
 * counts and re-import, paging, organisations, mappings, bad input, formulas) are
 * tests/unit/import-feeds.test.ts, import.test.ts and import-values.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import {
  applyPlan,
  countsBySource,
  outcomesCsv,
  planFromRead,
  type ImportPlan,
} from '../../src/lib/import/importer.ts';
import { orukJsonToRecords, type ReadOptions } from '../../src/lib/import/oruk-reader.ts';
import { csvToRecords, tableToRecords } from '../../src/lib/open-data/csv.ts';
import { loadSource } from '../../src/lib/import/sources.ts';
import { readMapping, type Mapping } from '../../src/lib/import/mapping.ts';
import { loadGazetteer } from '../../src/lib/import/places.ts';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';

const fixtures = 'tests/fixtures/import';
const gazetteer = loadGazetteer();
const boundaries = loadBoundaries();
const today = '2026-12-06';

let dir: string;
let contentDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-offer-import-feeds-'));
  contentDir = join(dir, 'content');
  cpSync('tests/fixtures/export-content/organisations', join(contentDir, 'organisations'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mappingFrom = (path: string): Mapping => {
  const read = readMapping(readFileSync(path, 'utf8'), path);
  if (!read.mapping) throw new Error(read.errors.join('\n'));
  return read.mapping;
};

async function importPath(path: string, options: ReadOptions = {}): Promise<ImportPlan> {
  const source = await loadSource(path);
  const readOptions = { gazetteer, today, ...options };
  const read =
    source.kind === 'feed'
      ? orukJsonToRecords(source.pages, readOptions)
      : source.kind === 'csv'
        ? csvToRecords(source.text, source.sourceName, readOptions)
        : tableToRecords(source.table, source.sourceName, readOptions);
  return planFromRead(read, { contentDir, projectRoot: dir, boundaries });
}

const serviceFile = (slug: string) => parseMarkdown(readFileSync(join(contentDir, 'services', `${slug}.md`), 'utf8'));

/** Every record read ends as exactly one outcome, and the counts per file add up. */
function expectAccountedFor(plan: ImportPlan, read: number) {
  expect(plan.problems).toEqual([]);
  expect(plan.outcomes).toHaveLength(read);
  for (const count of countsBySource(plan)) {
    expect(count.published + count.drafts + count.duplicates).toBe(count.read);
  }
}

describe("a council's v1 feed (messy)", () => {
  it('places a record by its Birmingham postcode', async () => {
    applyPlan(await importPath(`${fixtures}/council-v1.json`));
    expect(serviceFile('art-club-sparkhill-community-centre').data).toMatchObject({
      // B11 1AA from OS Code-Point Open, in the Hall Green locality.
      locations: [{ postcode: 'B11 1AA', latitude: 52.45953, longitude: -1.87138 }],
      localities: ['hall-green'],
    });
  });

  it('with the mapping edited once, publishes what is complete, and the rest stays drafts', async () => {
    const mapping = mappingFrom(`${fixtures}/council-v1.mapping.yaml`);
    const plan = await importPath(`${fixtures}/council-v1.json`, { mapping });
    expectAccountedFor(plan, 8);
    const published = plan.outcomes.filter((o) => o.outcome === 'published').map((o) => o.name);
    expect(published).toEqual(['Art Club', 'Family Support Line']);
    applyPlan(plan);
    const line = serviceFile('family-support-line').data;
    expect(line).toMatchObject({
      status: 'current',
      categories: ['parenting'],
      audiences: ['families-parents-carers'],
      imported: { publisher: 'North Example Council', sourceId: '1004' },
    });
    // Whole sentences within 240 characters; the whole description is the body.
    expect(line.summary).toBe(
      "Phone advice for parents and carers who are worried about their child's behaviour, sleep or feeding. Trained family support workers listen, give practical ideas and can refer you on to other help in the city if you need more.",
    );
    expect(serviceFile('family-support-line').body).toContain('you do not need to give your name.');
  });

});

describe('v3 feeds: a folder of pages', () => {
  it('reads every page of a folder, each record once', async () => {
    const plan = await importPath(`${fixtures}/council-v3-pages`);
    expectAccountedFor(plan, 3);
    expect(plan.outcomes.map((o) => o.name)).toEqual(["Dads' Breakfast Club", 'Baby Massage', 'Homework Club']);
    applyPlan(plan);
    expect(serviceFile('baby-massage').body.trim()).toBe('- Five-week course\n- For babies from 6 weeks');
    expect(serviceFile('dads-breakfast-club').data).toMatchObject({
      schedule: { regular: [{ days: ['saturday'], opensAt: '09:00', closesAt: '10:30' }] },
      localities: ['yardley'],
      imported: { from: 'council-v3-pages' },
    });
  });

});

describe("a connector's own spreadsheet, through a mapping", () => {
  const mappingFile = `${fixtures}/connector-sheet.mapping.yaml`;

  it('imports with the mapping: complete rows published, the others drafts with reasons', async () => {
    const plan = await importPath(`${fixtures}/connector-sheet.csv`, { mapping: mappingFrom(mappingFile) });
    expectAccountedFor(plan, 3);
    expect(plan.outcomes.map((o) => [o.name, o.outcome])).toEqual([
      ['Sparkhill Knit and Natter', 'published'],
      ['Hall Green Toddler Time', 'draft'],
      ['Moseley Youth Football', 'draft'],
    ]);
    applyPlan(plan);
    expect(serviceFile('sparkhill-knit-and-natter').data).toMatchObject({
      organisation: 'bvsc',
      categories: ['community-activities'],
      localities: ['hall-green'],
      contact: { phone: '0121 496 0020', website: 'https://www.example.org/knit' },
      imported: { publisher: 'Hall Green Community Connectors', sourceId: 'HG-12' },
    });
    const csv = outcomesCsv(plan);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFsource_file,record,source_id,name,outcome,file,action,reasons');
    expect(csv).toContain('Moseley Youth Football,draft');
  });

  it('reads the same sheet saved from Excel', async () => {
    const rows = readFileSync(`${fixtures}/connector-sheet.csv`, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map(
        (line) =>
          line
            .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
            ?.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')) ?? [],
      );
    const file = join(dir, 'connector-sheet.xlsx');
    await writeXlsxFile(rows.map((row) => row.slice(0, 13).map((value) => ({ value })))).toFile(file);
    const plan = await importPath(file, { mapping: mappingFrom(mappingFile) });
    expectAccountedFor(plan, 3);
    expect(plan.outcomes.map((o) => o.outcome)).toEqual(['published', 'draft', 'draft']);
  });

});
