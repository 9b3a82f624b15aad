/**
 * Importing real directories: councils' Open Referral feeds (v1, v2 and v3 shapes, single records,
 * folders of pages, an address with paging), connectors' own spreadsheets (CSV and Excel) through
 * a mapping file, and the promise that no record is lost: each ends published, as a draft with its
 * reasons, or as a named duplicate, and the counts add up per source.
 *
 * Its feeds (tests/fixtures/import) name Birmingham's postcodes, places and localities, and the
 * import reads them against this copy's area settings: so it lives with Birmingham's own tests.
 * The import's area-neutral tests (paging, counts, organisations, mappings, bad input, formulas)
 * are tests/unit/import-feeds.test.ts, import.test.ts and import-values.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { readContentFolder } from '../../src/lib/content/files.ts';
import { validateContent } from '../../src/lib/content/validation.ts';

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
  it('accounts for every record: drafts with reasons, none thrown away', async () => {
    const plan = await importPath(`${fixtures}/council-v1.json`);
    expectAccountedFor(plan, 8);
    expect(countsBySource(plan)).toEqual([
      { sourceFile: 'council-v1.json', read: 8, published: 0, drafts: 8, duplicates: 0 },
    ]);
    applyPlan(plan);
    // The folder is still valid content: the build would accept it.
    const after = readContentFolder(contentDir, dir);
    expect(validateContent(after.files, { boundaries }).problems).toEqual([]);
  });

  it('gives services with the same name their own slugs, by place', async () => {
    const plan = await importPath(`${fixtures}/council-v1.json`);
    const artClubs = plan.outcomes.filter((o) => o.name === 'Art Club').map((o) => o.path);
    expect(artClubs).toEqual([
      'content/services/art-club-sparkhill-community-centre.md',
      'content/services/art-club-erdington-library.md',
      'content/services/art-club-northfield-youth-centre.md',
    ]);
  });

  it('cleans HTML, phones, web addresses and places, and lists what it could not clean', async () => {
    applyPlan(await importPath(`${fixtures}/council-v1.json`));
    const sparkhill = serviceFile('art-club-sparkhill-community-centre');
    expect(sparkhill.body).toContain('A friendly **art club** for children aged 5 to 11.');
    expect(sparkhill.body).toContain('[Find out more](http://example.org/art)');
    expect(sparkhill.body).not.toMatch(/script|onclick|alert|<p>/);
    expect(sparkhill.data).toMatchObject({
      contact: { phone: '0121 496 0001', website: 'https://www.example.org/art-club-sparkhill' },
      // B11 1AA from OS Code-Point Open, in the Hall Green locality.
      locations: [{ postcode: 'B11 1AA', latitude: 52.45953, longitude: -1.87138 }],
      localities: ['hall-green'],
      minimumAge: 5,
      maximumAge: 11,
      status: 'draft',
      imported: { from: 'council-v1.json', sourceId: '1001' },
    });
    const notesOf = (slug: string) => (serviceFile(slug).data.reviewNotes as string[]).join('\n');
    expect(notesOf('art-club-erdington-library')).toContain('extension 12 of 0121 496 0002');
    expect(notesOf('art-club-northfield-youth-centre')).toContain('several numbers (0121 496 0003, 07700 900003)');
    expect(notesOf('youth-club')).toContain('email: "not an email" is not an email address');
    expect(notesOf('holiday-activities-far-away')).toContain('"90210" is not a UK postcode');
    expect(notesOf('stay-and-play')).toContain('"phone reception" is not a UK phone number');
    expect(notesOf('art-club-sparkhill-community-centre')).toContain(
      '"Arts and Crafts" (Activities) is not mapped to our terms',
    );
  });

  it('keeps a record with no name, as a draft to look at', async () => {
    const plan = await importPath(`${fixtures}/council-v1.json`);
    const unnamed = plan.outcomes.find((o) => o.origin === 'council-v1.json service 8');
    expect(unnamed?.outcome).toBe('draft');
    expect(unnamed?.reasons[0]).toContain('is not an Open Referral service record');
  });

  it('matches organisations by name, ignoring case and punctuation', async () => {
    const mapping = mappingFrom(`${fixtures}/council-v1.mapping.yaml`);
    const plan = await importPath(`${fixtures}/council-v1.json`, { mapping });
    const organisations = plan.files.filter((file) => file.collection === 'organisations').map((file) => file.path);
    // "Example City Council" and "example city council." are one organisation.
    expect(organisations.filter((path) => path.includes('example-city-council'))).toHaveLength(1);
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

  it('re-importing the same feed changes nothing; a changed record updates; a record gone is reported', async () => {
    const mapping = mappingFrom(`${fixtures}/council-v1.mapping.yaml`);
    applyPlan(await importPath(`${fixtures}/council-v1.json`, { mapping }));
    const again = await importPath(`${fixtures}/council-v1.json`, { mapping });
    expect(new Set(again.files.map((file) => file.action))).toEqual(new Set(['unchanged']));

    const feed = JSON.parse(readFileSync(`${fixtures}/council-v1.json`, 'utf8')) as {
      content: Record<string, unknown>[];
    };
    feed.content = feed.content.filter((service) => service.id !== '1007');
    const youth = feed.content.find((service) => service.id === '1003');
    if (youth) youth.description = 'An art club for young people aged 11 to 16, run by local artists. Now on Fridays.';
    const changedFeed = join(dir, 'council-v1.json');
    writeFileSync(changedFeed, JSON.stringify(feed));
    // A later day: the import date of unchanged records must stay as it was.
    const later = await loadSource(changedFeed);
    if (later.kind !== 'feed') throw new Error('not a feed');
    const plan = planFromRead(orukJsonToRecords(later.pages, { gazetteer, today: '2027-01-10', mapping }), {
      contentDir,
      projectRoot: dir,
      boundaries,
    });
    const actions = Object.fromEntries(plan.outcomes.map((o) => [o.sourceId, o.action]));
    expect(actions['1003']).toBe('update');
    expect(actions['1001']).toBe('unchanged');
    expect(plan.gone).toEqual(['content/services/youth-club.md']);
    applyPlan(plan);
    expect(existsSync(join(contentDir, 'services', 'youth-club.md'))).toBe(true);
  });

  it('names a duplicate of an existing listing instead of importing it again', async () => {
    const existing = join(contentDir, 'services', 'family-support-line-existing.md');
    const mapping = mappingFrom(`${fixtures}/council-v1.mapping.yaml`);
    applyPlan(await importPath(`${fixtures}/council-v1.json`, { mapping }));
    // The same service, already listed by hand under another file name.
    const original = readFileSync(join(contentDir, 'services', 'family-support-line.md'), 'utf8');
    rmSync(join(contentDir, 'services', 'family-support-line.md'));
    writeFileSync(existing, original.replace(/^importHash: .*\n/m, '').replace(/imported:\n(?: {2}.*\n)+/, ''));
    const plan = await importPath(`${fixtures}/council-v1.json`, { mapping });
    expectAccountedFor(plan, 8);
    expect(plan.outcomes.find((o) => o.sourceId === '1004')).toMatchObject({
      outcome: 'duplicate',
      path: 'content/services/family-support-line-existing.md',
    });
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
