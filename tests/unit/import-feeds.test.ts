/**
 * The import of feeds and spreadsheets, in any area: paging, record counts, organisations by
 * charity number, mapping proposals and errors, bad input and spreadsheet formulas, and the
 * fixtures of tests/fixtures/import (a council's v1 feed, v3 pages, a connector's spreadsheet as
 * CSV and Excel) imported through their mappings. Those fixtures name Birmingham's postcodes: the
 * tests whose outcome hangs on their places import a copy moved into this copy's area
 * (homeImportText in tests/support/rehome.ts: in Birmingham it changes nothing) and expect the
 * localities the area's own postcode lookup and boundaries give. The one test of a Birmingham
 * postcode's exact place is tests/content/import-feeds.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import writeXlsxFile from 'write-excel-file/node';
import { applyPlan, countsBySource, outcomesCsv, type ImportPlan } from '../../src/lib/import/importer.ts';
import { charityNumberOf, orukJsonToRecords } from '../../src/lib/import/oruk-reader.ts';
import { toCsv } from '../../src/lib/open-data/csv.ts';
import { fetchFeed, InputError, loadSource } from '../../src/lib/import/sources.ts';
import { mappingYaml, readMapping, type Mapping } from '../../src/lib/import/mapping.ts';
import { proposeMapping } from '../../src/lib/import/propose.ts';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';
import { readContentFolder } from '../../src/lib/content/files.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { neutraliseFormula, restoreFormula } from '../../src/lib/open-data/csv-safety.ts';
import { area } from '../../src/area.ts';
import { serviceToOruk, type OrukContext } from '../../src/lib/open-data/oruk.ts';
import { exportFixtureDir, loadContent } from '../support/fixture-content.ts';
import { homeImportText, homePlace } from '../support/rehome.ts';
import { importFixtures, importToday, useImportSandbox } from '../support/import-sandbox.ts';

const fixtures = importFixtures;
const today = importToday;
const sandbox = useImportSandbox();
const { gazetteer, boundaries, importPath, serviceFile } = sandbox;

const mappingFrom = (path: string): Mapping => {
  const read = readMapping(readFileSync(path, 'utf8'), path);
  if (!read.mapping) throw new Error(read.errors.join('\n'));
  return read.mapping;
};

/**
 * A fixture file or folder of tests/fixtures/import, moved into this copy's area (its postcodes
 * and points: homeImportText), under the same name: the name is the source the import records.
 */
function homedFixture(name: string): string {
  const source = join(fixtures, name);
  const folder = statSync(source).isDirectory();
  mkdirSync(join(sandbox.dir, 'homed', folder ? name : ''), { recursive: true });
  for (const file of folder ? readdirSync(source).map((page) => join(name, page)) : [name]) {
    writeFileSync(join(sandbox.dir, 'homed', file), homeImportText(readFileSync(join(fixtures, file), 'utf8')));
  }
  return join(sandbox.dir, 'homed', name);
}

/** Every record read ends as exactly one outcome, and the counts per file add up. */
function expectAccountedFor(plan: ImportPlan, read: number) {
  expect(plan.problems).toEqual([]);
  expect(plan.outcomes).toHaveLength(read);
  for (const count of countsBySource(plan)) {
    expect(count.published + count.drafts + count.duplicates).toBe(count.read);
  }
}

describe("a council's v1 feed (messy): what does not hang on its places", () => {
  it('accounts for every record: drafts with reasons, none thrown away', async () => {
    const plan = await importPath(`${fixtures}/council-v1.json`);
    expectAccountedFor(plan, 8);
    expect(countsBySource(plan)).toEqual([
      { sourceFile: 'council-v1.json', read: 8, published: 0, drafts: 8, duplicates: 0 },
    ]);
    applyPlan(plan);
    // The folder is still valid content: the build would accept it.
    const after = readContentFolder(sandbox.contentDir, sandbox.dir);
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

  it('cleans HTML, phones and web addresses, and lists what it could not clean', async () => {
    applyPlan(await importPath(`${fixtures}/council-v1.json`));
    const sparkhill = serviceFile('art-club-sparkhill-community-centre');
    expect(sparkhill.body).toContain('A friendly **art club** for children aged 5 to 11.');
    expect(sparkhill.body).toContain('[Find out more](http://example.org/art)');
    expect(sparkhill.body).not.toMatch(/script|onclick|alert|<p>/);
    expect(sparkhill.data).toMatchObject({
      contact: { phone: '0121 496 0001', website: 'https://www.example.org/art-club-sparkhill' },
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
    const changedFeed = join(sandbox.dir, 'council-v1.json');
    writeFileSync(changedFeed, JSON.stringify(feed));
    // A later day: the import date of unchanged records must stay as it was.
    const later = await loadSource(changedFeed);
    if (later.kind !== 'feed') throw new Error('not a feed');
    const plan = sandbox.plan(orukJsonToRecords(later.pages, { gazetteer, today: '2027-01-10', mapping }));
    const actions = Object.fromEntries(plan.outcomes.map((o) => [o.sourceId, o.action]));
    expect(actions['1003']).toBe('update');
    expect(actions['1001']).toBe('unchanged');
    expect(plan.gone).toEqual(['content/services/youth-club.md']);
    applyPlan(plan);
    expect(existsSync(join(sandbox.contentDir, 'services', 'youth-club.md'))).toBe(true);
  });

  it('names a duplicate of an existing listing instead of importing it again', async () => {
    const existing = join(sandbox.contentDir, 'services', 'family-support-line-existing.md');
    const mapping = mappingFrom(`${fixtures}/council-v1.mapping.yaml`);
    applyPlan(await importPath(`${fixtures}/council-v1.json`, { mapping }));
    // The same service, already listed by hand under another file name.
    const original = readFileSync(join(sandbox.contentDir, 'services', 'family-support-line.md'), 'utf8');
    rmSync(join(sandbox.contentDir, 'services', 'family-support-line.md'));
    writeFileSync(existing, original.replace(/^importHash: .*\n/m, '').replace(/imported:\n(?: {2}.*\n)+/, ''));
    const plan = await importPath(`${fixtures}/council-v1.json`, { mapping });
    expectAccountedFor(plan, 8);
    expect(plan.outcomes.find((o) => o.sourceId === '1004')).toMatchObject({
      outcome: 'duplicate',
      path: 'content/services/family-support-line-existing.md',
    });
  });
});

describe('v3 feeds: a single record, an address with paging, a large feed', () => {
  it('keeps the HSDS 3.0 example record as a draft listing its problems', async () => {
    const plan = await importPath(`${fixtures}/hsds-v3-example.json`);
    expectAccountedFor(plan, 1);
    const [outcome] = plan.outcomes;
    expect(outcome?.outcome).toBe('draft');
    const reasons = outcome?.reasons.join('\n') ?? '';
    expect(reasons).toContain('"123-456-7890" is not a UK phone number');
    expect(reasons).toContain('"12345" is not a UK postcode');
    expect(reasons).toContain(`100 must lie in ${area.bounds.name} (latitude`);
    expect(reasons).toContain('categories: missing');
    applyPlan(plan);
    expect(serviceFile('community-counselling').data).toMatchObject({
      contact: { email: 'counselling@example.org', website: 'https://example.org/counselling' },
    });
  });

  it('follows the paging of a feed address, politely, from a local server', async () => {
    const pages = ['page-1.json', 'page-2.json'].map((name) =>
      readFileSync(`${fixtures}/council-v3-pages/${name}`, 'utf8'),
    );
    const requested: string[] = [];
    const server: Server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requested.push(url.search);
      const page = Number(url.searchParams.get('page') ?? '1');
      response.writeHead(page <= pages.length ? 200 : 404, { 'content-type': 'application/json' });
      response.end(pages[page - 1] ?? '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const source = await fetchFeed(`http://127.0.0.1:${String(port)}/services`, { delayMs: 10, timeoutMs: 5000 });
      expect(requested).toEqual(['?page=1', '?page=2']);
      if (source.kind !== 'feed') throw new Error('not a feed');
      const plan = sandbox.plan(orukJsonToRecords(source.pages, { gazetteer, today }));
      expectAccountedFor(plan, 3);
      await expect(fetchFeed(`http://127.0.0.1:${String(port)}/missing?page=9`, { timeoutMs: 5000 })).rejects.toThrow(
        /could not be read \(the server answered 404/,
      );
    } finally {
      server.close();
    }
  });

  it('imports a generated 1,000-record feed with every record accounted for', async () => {
    const contents = Array.from({ length: 1000 }, (_, index) => ({
      id: `gen-${String(index)}`,
      name: `Generated Group ${String(index % 400)}`,
      description: `A generated test group number ${String(index)}. It exists only in this test.`,
      status: 'active',
      organization: { id: 'org', name: 'BVSC' },
      phones: [{ number: index % 7 === 0 ? 'call us' : '0121 496 0100' }],
      service_at_locations: [
        { location: { name: `Hall ${String(index)}`, addresses: [{ postal_code: area.examplePostcodes[1] }] } },
      ],
      attributes: [{ taxonomy_term: { term: 'Parenting', taxonomy: 'Categories' } }],
    }));
    const file = join(sandbox.dir, 'generated.json');
    writeFileSync(file, JSON.stringify({ total_items: 1000, total_pages: 1, page_number: 1, contents }));
    const plan = await importPath(file);
    expectAccountedFor(plan, 1000);
    expect(new Set(plan.files.filter((f) => f.collection === 'services').map((f) => f.path)).size).toBe(1000);
  });
});

describe("the fixtures' places, moved into this area", () => {
  it("with the mapping edited once, publishes the council's complete records, and the rest stay drafts", async () => {
    const mapping = mappingFrom(`${fixtures}/council-v1.mapping.yaml`);
    const plan = await importPath(homedFixture('council-v1.json'), { mapping });
    expectAccountedFor(plan, 8);
    const published = plan.outcomes.filter((o) => o.outcome === 'published').map((o) => [o.name, o.sourceId]);
    expect(published).toEqual([
      ['Art Club', '1001'],
      ['Family Support Line', '1004'],
    ]);
    applyPlan(plan);
    // Placed by its postcode, through the area's own lookup and boundaries.
    const sparkhill = homePlace('B11 1AA');
    expect(sparkhill.locality).toBeDefined();
    expect(serviceFile('art-club-sparkhill-community-centre').data).toMatchObject({
      status: 'current',
      locations: [{ postcode: sparkhill.postcode, latitude: sparkhill.lat, longitude: sparkhill.lng }],
      localities: [sparkhill.locality],
    });
    const line = serviceFile('family-support-line').data;
    expect(line).toMatchObject({
      status: 'current',
      categories: ['parenting'],
      audiences: ['families-parents-carers'],
      // No address: the mapping's default.
      localities: ['citywide'],
      imported: { publisher: 'North Example Council', sourceId: '1004' },
    });
    // Whole sentences within 240 characters; the whole description is the body.
    expect(line.summary).toBe(
      "Phone advice for parents and carers who are worried about their child's behaviour, sleep or feeding. Trained family support workers listen, give practical ideas and can refer you on to other help in the city if you need more.",
    );
    expect(serviceFile('family-support-line').body).toContain('you do not need to give your name.');
  });

  it('reads every page of a folder of v3 pages, each record once, placed in its locality', async () => {
    const plan = await importPath(homedFixture('council-v3-pages'));
    expectAccountedFor(plan, 3);
    expect(plan.outcomes.map((o) => o.name)).toEqual(["Dads' Breakfast Club", 'Baby Massage', 'Homework Club']);
    applyPlan(plan);
    expect(serviceFile('baby-massage').body.trim()).toBe('- Five-week course\n- For babies from 6 weeks');
    const hub = homePlace('B27 6AA');
    expect(hub.locality).toBeDefined();
    expect(serviceFile('dads-breakfast-club').data).toMatchObject({
      schedule: { regular: [{ days: ['saturday'], opensAt: '09:00', closesAt: '10:30' }] },
      locations: [{ postcode: hub.postcode }],
      localities: [hub.locality],
      imported: { from: 'council-v3-pages' },
    });
  });

  const sheetMapping = `${fixtures}/connector-sheet.mapping.yaml`;

  it("imports a connector's spreadsheet with its mapping: complete rows published, the others drafts with reasons", async () => {
    const plan = await importPath(homedFixture('connector-sheet.csv'), { mapping: mappingFrom(sheetMapping) });
    expectAccountedFor(plan, 3);
    expect(plan.outcomes.map((o) => [o.name, o.outcome])).toEqual([
      ['Sparkhill Knit and Natter', 'published'],
      ['Hall Green Toddler Time', 'draft'],
      ['Moseley Youth Football', 'draft'],
    ]);
    applyPlan(plan);
    const library = homePlace('B11 1AD');
    expect(library.locality).toBeDefined();
    expect(serviceFile('sparkhill-knit-and-natter').data).toMatchObject({
      organisation: 'bvsc',
      categories: ['community-activities'],
      locations: [{ postcode: library.postcode }],
      localities: [library.locality],
      contact: { phone: '0121 496 0020', website: 'https://www.example.org/knit' },
      imported: { publisher: 'Hall Green Community Connectors', sourceId: 'HG-12' },
    });
    const csv = outcomesCsv(plan);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFsource_file,record,source_id,name,outcome,file,action,reasons');
    expect(csv).toContain('Moseley Youth Football,draft');
  });

  it('reads the same spreadsheet saved from Excel', async () => {
    const rows = readFileSync(homedFixture('connector-sheet.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map(
        (line) =>
          line
            .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
            ?.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')) ?? [],
      );
    const file = join(sandbox.dir, 'connector-sheet.xlsx');
    await writeXlsxFile(rows.map((row) => row.slice(0, 13).map((value) => ({ value })))).toFile(file);
    const plan = await importPath(file, { mapping: mappingFrom(sheetMapping) });
    expectAccountedFor(plan, 3);
    expect(plan.outcomes.map((o) => o.outcome)).toEqual(['published', 'draft', 'draft']);
    applyPlan(plan);
    expect(serviceFile('sparkhill-knit-and-natter').data.localities).toEqual([homePlace('B11 1AD').locality]);
  });
});

describe('organisations: by charity number where given, else by name, else created', () => {
  const mapping = (): Mapping => {
    const read = readMapping(
      [
        'defaults:',
        '  categories: [parenting]',
        '  audiences: [families-parents-carers]',
        '  levelOfNeed: [universal]',
        '  accessRoutes: [self-refer-phone-or-drop-in]',
        '  delivery: [online]',
        '  localities: [online]',
        '  cost: free',
        'organisationKinds:',
        '  "New Example Charity": voluntary-community',
      ].join('\n'),
      'charity.mapping.yaml',
    );
    if (!read.mapping) throw new Error(read.errors.join('\n'));
    return read.mapping;
  };
  const service = (id: string, name: string, organization: Record<string, unknown>) => ({
    id,
    name,
    description: `${name}: a test service that exists only in this test.`,
    status: 'active',
    assured_date: '2026-11-01',
    organization: { description: 'A test organisation that exists only in this test.', ...organization },
  });

  it('reads the charity number from organization_identifiers or a charity_number field, never a company number', () => {
    expect(
      charityNumberOf({ organization_identifiers: [{ identifier_scheme: 'GB-CHC', identifier: '1 123 456' }] }),
    ).toBe('1123456');
    expect(
      charityNumberOf({ organization_identifiers: [{ identifier_type: 'Scottish charity', identifier: 'sc012345' }] }),
    ).toBe('SC012345');
    expect(charityNumberOf({ charity_number: 'Registered charity no. 1123456' })).toBe('1123456');
    expect(
      charityNumberOf({ organization_identifiers: [{ identifier_scheme: 'GB-COH', identifier: '01234567' }] }),
    ).toBe(undefined);
    // Not a charity number: kept as written, so the organisation's check names it.
    expect(charityNumberOf({ charity_number: 'pending' })).toBe('pending');
    // Each register's numbers as org-id.guide writes them: Northern Ireland's without "NIC".
    expect(charityNumberOf({ organization_identifiers: [{ identifier_scheme: 'GB-NIC', identifier: '100002' }] })).toBe(
      'NIC100002',
    );
    expect(charityNumberOf({ organization_identifiers: [{ identifier_scheme: 'gb-sc', identifier: '012345' }] })).toBe(
      'SC012345',
    );
    // A company number is passed over for the charity number beside it.
    expect(
      charityNumberOf({
        organization_identifiers: [
          { identifier_scheme: 'GB-COH', identifier_type: 'Charitable company', identifier: '01234567' },
          { identifier_scheme: 'GB-CHC', identifier: '1123456' },
        ],
      }),
    ).toBe('1123456');
  });

  it('matches by charity number first, then by name ignoring case and punctuation, else creates one', async () => {
    const trust = join(sandbox.contentDir, 'organisations', 'safe-homes-trust.md');
    writeFileSync(trust, readFileSync(trust, 'utf8').replace(/^charityNumber: .*$/m, "charityNumber: '1123456'"));
    const file = join(sandbox.dir, 'charities.json');
    writeFileSync(
      file,
      JSON.stringify({
        contents: [
          service('c1', 'Charity Matched Group', {
            id: 'o1',
            name: 'A Name The Directory Does Not Know',
            organization_identifiers: [{ identifier_scheme: 'GB-CHC', identifier: '1 123 456' }],
          }),
          service('c2', 'Name Matched Group', { id: 'o2', name: 'b.v.s.c.' }),
          service('c3', 'New Charity Group', { id: 'o3', name: 'New Example Charity', charity_number: 'sc012345' }),
          service('c4', 'Same Charity Other Spelling', {
            id: 'o4',
            name: 'New Example Charity (North branch)',
            organization_identifiers: [{ identifier_scheme: 'GB-SC', identifier: 'SC012345' }],
          }),
        ],
      }),
    );
    const plan = await importPath(file, { mapping: mapping() });
    expectAccountedFor(plan, 4);
    const organisationOf = (name: string) => plan.files.find((f) => f.data?.name === name)?.data?.organisation;
    expect(organisationOf('Charity Matched Group')).toBe('safe-homes-trust');
    expect(organisationOf('Name Matched Group')).toBe('bvsc');
    expect(organisationOf('New Charity Group')).toBe('new-example-charity');
    expect(organisationOf('Same Charity Other Spelling')).toBe('new-example-charity');
    const created = plan.files.filter((f) => f.collection === 'organisations');
    expect(created.map((f) => f.path)).toEqual(['content/organisations/new-example-charity.md']);
    expect(parseMarkdown(created[0]?.content ?? '').data.charityNumber).toBe('SC012345');
    applyPlan(plan);
    expect(
      validateContent(readContentFolder(sandbox.contentDir, sandbox.dir).files, { today: new Date(today) }).problems,
    ).toEqual([]);
  });

  it('a charity number that is not one keeps the organisation from being created, and says why', async () => {
    const file = join(sandbox.dir, 'bad-charity.json');
    writeFileSync(
      file,
      JSON.stringify({
        contents: [
          service('d1', 'Doubtful Charity Group', { id: 'o9', name: 'New Example Charity', charity_number: 'pending' }),
        ],
      }),
    );
    const plan = await importPath(file, { mapping: mapping() });
    expectAccountedFor(plan, 1);
    expect(plan.outcomes[0]?.outcome).toBe('draft');
    expect(plan.outcomes[0]?.reasons.join('; ')).toMatch(
      /charityNumber: "pending" must be a registered charity number/,
    );
  });
});

describe("our own feed: an organisation's charity number goes out and comes back", () => {
  const context: OrukContext = { siteUrl: 'https://localoffer.example.org', city: area.name };
  const { services, organisations } = loadContent(exportFixtureDir);
  const dropIn = services.find((entry) => entry.id === 'test-drop-in');
  const trust = organisations.get('safe-homes-trust');
  if (!dropIn || !trust) throw new Error('the export fixture has no test-drop-in run by safe-homes-trust');
  /** The drop-in's ORUK record, its organisation with `charityNumber`, as a feed file in the sandbox. */
  const exportedFeed = (charityNumber: string): string => {
    const file = join(sandbox.dir, 'our-feed.json');
    const organisation = { ...trust, data: { ...trust.data, charityNumber } };
    writeFileSync(file, JSON.stringify([serviceToOruk(context, dropIn, organisation)]));
    return file;
  };
  const organisationsDir = () => join(sandbox.contentDir, 'organisations');

  it('creates the organisation with the charity number its identifier gave', async () => {
    rmSync(organisationsDir(), { recursive: true });
    const plan = await importPath(exportedFeed('NIC000001'));
    expectAccountedFor(plan, 1);
    applyPlan(plan);
    const created = parseMarkdown(readFileSync(join(organisationsDir(), 'safe-homes-trust.md'), 'utf8'));
    expect(created.data.charityNumber).toBe('NIC000001');
  });

  it('finds the organisation by it under another name and file', async () => {
    // The directory knows the trust by another name, in another file: only the number can match it.
    rmSync(join(organisationsDir(), 'safe-homes-trust.md'));
    writeFileSync(
      join(organisationsDir(), 'local-homes-trust.md'),
      readFileSync(join(exportFixtureDir, 'organisations', 'safe-homes-trust.md'), 'utf8')
        .replace(/^name: .*$/m, 'name: The Local Name Of The Trust')
        .replace(/^charityNumber: .*$/m, "charityNumber: 'SC000001'"),
    );
    const plan = await importPath(exportedFeed('SC000001'));
    expectAccountedFor(plan, 1);
    expect(plan.files.filter((file) => file.collection === 'organisations')).toEqual([]);
    expect(plan.files.find((file) => file.collection === 'services')?.data?.organisation).toBe('local-homes-trust');
  });
});

describe("a connector's own spreadsheet: the mapping", () => {
  it('proposes a mapping from the column names and values, with every term found', async () => {
    const proposal = proposeMapping(await loadSource(`${fixtures}/connector-sheet.csv`));
    expect(proposal.columns.map((c) => [c.column, c.target])).toEqual(
      expect.arrayContaining([
        ['Group Name', 'name'],
        ['Tel', 'phone'],
        ['Post Code', 'postcode'],
        ['Web', 'website'],
        ['Who for', 'audiences'],
      ]),
    );
    expect(proposal.terms.find((t) => t.term === 'Early years')).toMatchObject({
      count: 1,
      targets: { categories: ['early-years'] },
      sure: 'high',
    });
    const yaml = mappingYaml(proposal, today);
    // The proposal is itself a valid mapping file.
    expect(readMapping(yaml, 'proposal.yaml').errors).toEqual([]);
    expect(yaml).toContain('"Tel": "phone" # sure: high');
  });

  it('says which line of the mapping file is wrong', () => {
    const { errors } = readMapping(
      'source:\n  publisher: Someone\nterms:\n  "Crafts":\n    categories: [knitting]\n',
      'm.yaml',
    );
    expect(errors).toEqual([expect.stringMatching(/^m\.yaml:5: terms\.Crafts\.categories\.0: /)]);
  });
});

describe('bad input: one line naming the file and what to do, exit code 2, nothing written', () => {
  const run = promisify(execFile);
  const importCli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        'npx',
        ['node', 'scripts/import.ts', ...args, '--content-dir', sandbox.contentDir],
        {
          encoding: 'utf8',
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it.each([
    ['empty.csv', '', /empty\.csv: is empty/],
    ['broken.json', '{"contents": [', /broken\.json: is not valid JSON/],
    ['notes.txt', 'Just some notes about groups\nand more notes\n', /notes\.txt: is neither an Open Referral feed/],
    ['other.json', '{"hello": "world"}', /other\.json: is JSON but not an Open Referral feed/],
  ])('%s', async (name, text, message) => {
    const file = join(sandbox.dir, name);
    writeFileSync(file, text);
    const result = await importCli(file);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(sandbox.contentDir, 'services'))).toBe(false);
  });

  it('an Excel file with several sheets', async () => {
    const file = join(sandbox.dir, 'two-sheets.xlsx');
    await writeXlsxFile([
      { data: [[{ value: 'name' }], [{ value: 'A group' }]], sheet: 'Groups' },
      { data: [[{ value: 'notes' }]], sheet: 'Notes' },
    ]).toFile(file);
    await expect(loadSource(file)).rejects.toThrow(InputError);
    const result = await importCli(file);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/two-sheets\.xlsx: has 2 sheets \("Groups", "Notes"\): save the sheet/);
  });

  it('a mapping naming columns the file does not have', async () => {
    const mapping = join(sandbox.dir, 'wrong.yaml');
    writeFileSync(mapping, 'columns:\n  "Group Nmae": name\n');
    const result = await importCli(`${fixtures}/connector-sheet.csv`, '--mapping', mapping);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /connector-sheet\.csv: the mapping names column\(s\) the file does not have: "Group Nmae"/,
    );
    expect(existsSync(join(sandbox.contentDir, 'services'))).toBe(false);
  });

  it('a spreadsheet with its own columns and no mapping', async () => {
    const result = await importCli(`${fixtures}/connector-sheet.csv`);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/--propose-mapping/);
  });
});

describe('spreadsheet formulas', () => {
  it('are neutralised in every CSV written, and read back as typed', () => {
    expect(neutraliseFormula('=HYPERLINK("https://evil.example/","Click for help")')).toBe(
      `'=HYPERLINK("https://evil.example/","Click for help")`,
    );
    for (const start of ['+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}cmd`)).toBe(`'${start}cmd`);
    // Numbers (a longitude) are not formulas and stay usable.
    expect(neutraliseFormula('-1.89')).toBe('-1.89');
    expect(restoreFormula(neutraliseFormula('=1+1'))).toBe('=1+1');
    const csv = toCsv([{ name: 'Evil', summary: '=HYPERLINK("https://evil.example/","Click for help")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/"",""Click for help"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
  });
});

describe('the generated content folder', () => {
  it('holds only files the import wrote', async () => {
    applyPlan(await importPath(`${fixtures}/council-v3-pages`));
    expect(readdirSync(join(sandbox.contentDir, 'services')).every((name) => name.endsWith('.md'))).toBe(true);
  });
});
