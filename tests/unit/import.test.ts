import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvToRecords, serviceToCsvRows, templateCsv, toCsv } from '../../src/lib/open-data/csv.ts';
import { applyPlan, formatReport, isUntouchedImport, planFromRead } from '../../src/lib/import/importer.ts';
import { orukToRecords } from '../../src/lib/import/oruk-reader.ts';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';
import { exportFixtureDir, loadContent } from '../support/fixture-content.ts';
import { area } from '../../src/area.ts';
import { csvColumnNames } from '../../src/lib/open-data/csv-columns.ts';
import { homeLocality, homeText } from '../support/rehome.ts';

// Written with Birmingham's localities: made this copy's area's (tests/support/rehome.ts).
const messy = homeText(readFileSync('tests/fixtures/import/messy.csv', 'utf8'));
const messyValid = homeText(readFileSync('tests/fixtures/import/messy-valid.csv', 'utf8'));

let dir: string;
let contentDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'local-offer-import-'));
  contentDir = join(dir, 'content');
  // Imports resolve organisations against the existing content: the fixture's (bvsc among them).
  cpSync(join(exportFixtureDir, 'organisations'), join(contentDir, 'organisations'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const importCsv = (text: string, force = false) => {
  const read = csvToRecords(text, 'test.csv');
  return { read, plan: planFromRead(read, { contentDir, projectRoot: dir, force }) };
};
const serviceFiles = () =>
  existsSync(join(contentDir, 'services')) ? readdirSync(join(contentDir, 'services')).sort() : [];

describe('the messy connectors spreadsheet', () => {
  it('is read despite a BOM, Windows line ends, quoted commas, blank rows and mixed date formats', () => {
    expect(messy.startsWith('\uFEFF')).toBe(true);
    expect(messy).toContain('\r\n');
    const { records, notes } = csvToRecords(messy, 'messy.csv');
    expect(records.map((r) => [r.origin, r.slug])).toEqual([
      ['messy.csv line 2', 'sparkhill-stay-and-play-tuesdays'],
      ['messy.csv line 5', 'acocks-green-dads-group'],
      ['messy.csv line 9', 'mosque-homework-club'],
      ['messy.csv line 10', 'coffee-morning'],
      ['messy.csv line 11', 'bad-date-club'],
    ]);
    const [stayAndPlay, dads, mosque] = records;
    expect(stayAndPlay?.data.name).toBe('Sparkhill Stay and Play, Tuesdays');
    expect(stayAndPlay?.data.assuredDate).toBe('2021-02-01'); // 01/02/2021
    expect(stayAndPlay?.data.startDate).toBe('2020-01-05'); // 5 Jan 2020
    expect(dads?.data.assuredDate).toBe('2021-02-01'); // 2021-02-01
    expect(mosque?.data.assuredDate).toBe('2021-02-01'); // 1 Feb 2021
    expect(dads?.body).toBe('Meets in the library.\nBring the kids, or come on your own.\n\nFree tea and biscuits.');
    expect(stayAndPlay?.data.locations).toEqual([
      {
        name: 'Sparkhill Community Centre',
        address: '"The Old School", 12 Example Road, Sparkhill',
        postcode: 'B11 4AA',
      },
    ]);
    expect(notes).toEqual(['ignored unknown column(s): favourite_colour']);
  });

  it('keeps rows with problems as drafts, with their line, column and reason, and loses none', () => {
    const { read, plan } = importCsv(messy);
    expect(read.problems).toEqual([
      {
        origin: 'test.csv line 10',
        field: 'email',
        message: '"0121 464 0000" is a phone number, not an email address: move it to the phone column',
      },
      expect.objectContaining({
        origin: 'test.csv line 11',
        field: 'cost',
        message: expect.stringMatching(/^"freee" is not allowed/),
      }),
      expect.objectContaining({
        origin: 'test.csv line 11',
        field: 'assured_date',
        message: expect.stringContaining('is not a date'),
      }),
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.outcomes.map((o) => [o.origin, o.outcome])).toEqual([
      ['test.csv line 2', 'published'],
      ['test.csv line 5', 'published'],
      ['test.csv line 9', 'published'],
      ['test.csv line 10', 'draft'],
      ['test.csv line 11', 'draft'],
    ]);
    const coffee = plan.outcomes.find((o) => o.origin === 'test.csv line 10');
    expect(coffee?.reasons).toContain(
      'email: "0121 464 0000" is a phone number, not an email address: move it to the phone column',
    );
    applyPlan(plan);
    const draft = parseMarkdown(readFileSync(join(contentDir, 'services', 'bad-date-club.md'), 'utf8')).data;
    expect(draft.status).toBe('draft');
    expect(draft.cost).toBeUndefined();
    expect((draft.reviewNotes as string[]).join('\n')).toMatch(
      /cost: "freee" is not allowed[\s\S]*assured_date: .*is not a date/,
    );
    const report = formatReport(plan, [], true);
    expect(report).toContain('test.csv: 5 records read: 3 published, 2 drafts, 0 duplicates');
    expect(report).toContain('2 drafts to finish');
  });

  it('imports the valid rows, creating a missing organisation, and a second import changes nothing', () => {
    const first = importCsv(messyValid);
    expect(first.plan.problems).toEqual([]);
    applyPlan(first.plan);
    expect(serviceFiles()).toEqual([
      'acocks-green-dads-group.md',
      'mosque-homework-club.md',
      'sparkhill-stay-and-play-tuesdays.md',
    ]);
    const org = parseMarkdown(
      readFileSync(join(contentDir, 'organisations', 'sparkhill-example-mosque-trust.md'), 'utf8'),
    );
    expect(org.data).toMatchObject({ name: 'Sparkhill Example Mosque Trust', kind: 'faith-group' });
    const before = readFileSync(join(contentDir, 'services', 'mosque-homework-club.md'), 'utf8');
    expect(isUntouchedImport(before)).toBe(true);
    expect(parseMarkdown(before).data).toMatchObject({
      organisation: 'sparkhill-example-mosque-trust',
      schedule: { regular: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday'], opensAt: '16:00' }] },
    });

    const second = importCsv(messyValid);
    expect(second.plan.problems).toEqual([]);
    expect(second.plan.files.map((f) => f.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('does not overwrite an entry edited by hand unless forced, and says so', () => {
    applyPlan(importCsv(messyValid).plan);
    const file = join(contentDir, 'services', 'acocks-green-dads-group.md');
    const edited = readFileSync(file, 'utf8').replace('Free tea and biscuits.', 'Free tea, biscuits and fruit.');
    writeFileSync(file, edited);
    expect(isUntouchedImport(edited)).toBe(false);

    const { plan } = importCsv(messyValid);
    const skipped = plan.files.find((f) => f.path.endsWith('acocks-green-dads-group.md'));
    expect(skipped?.action).toBe('skip');
    expect(formatReport(plan, [], true)).toMatch(
      /1 file skipped:\n {2}content\/services\/acocks-green-dads-group\.md \(test\.csv line 5\): edited since the last import/,
    );
    applyPlan(plan);
    expect(readFileSync(file, 'utf8')).toBe(edited);

    const forced = importCsv(messyValid, true).plan;
    expect(forced.files.find((f) => f.path.endsWith('acocks-green-dads-group.md'))?.action).toBe('update');
    applyPlan(forced);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });

  it('names the spreadsheet column of each schema problem in the draft it keeps', () => {
    const header =
      'name,summary,organisation,categories,audiences,level_of_need,localities,delivery,cost,application_process,access_routes,status,assured_date,assurer_role,source,postcode,minimum_age,maximum_age';
    const row = `Tiny,Too short,nobody,parenting,children,universal,${homeLocality('erdington')},in-person,free,Just come along on Fridays.,self-refer-phone-or-drop-in,current,01/02/2021,Connector,Asset map row 1,NOT A POSTCODE,12,5`;
    const { plan } = importCsv(`${header}\n${row}\n`);
    expect(plan.problems).toEqual([]);
    const [outcome] = plan.outcomes;
    expect(outcome?.outcome).toBe('draft');
    const reasons = outcome?.reasons.join('\n') ?? '';
    for (const column of ['summary:', 'postcode:', 'minimum_age:', 'organisation "nobody" cannot be created yet']) {
      expect(reasons).toContain(column);
    }
  });
});

describe('the CSV download', () => {
  const { services, organisations } = loadContent(exportFixtureDir);
  const rowsFor = (id: string) => {
    const service = services.find((s) => s.id === id);
    if (!service) throw new Error(id);
    const organisation = organisations.get(service.data.organisation);
    if (!organisation) throw new Error(service.data.organisation);
    return serviceToCsvRows(service, organisation, 'https://example.org');
  };

  it('has one row per public location and never a confidential one', () => {
    const rows = rowsFor('test-drop-in');
    expect(rows.map((r) => r.location_name)).toEqual(['Test Community Hall', 'Test Library']);
    const refuge = rowsFor('test-refuge');
    expect(refuge).toHaveLength(1);
    expect(JSON.stringify(refuge)).not.toMatch(/Hidden Lane|B99 9ZZ|Secret Refuge/);
  });

  it('can be imported again (same columns as the template)', () => {
    const csv = toCsv(services.flatMap((s) => rowsFor(s.id)));
    const read = csvToRecords(csv, 'services.csv');
    expect(read.problems).toEqual([]);
    const dropIn = read.records.find((r) => r.slug === 'test-drop-in');
    expect(dropIn?.data.locations).toHaveLength(2);
    expect(dropIn?.data.schedule).toEqual({
      regular: [
        { days: ['monday', 'wednesday'], opensAt: '09:30', closesAt: '11:30' },
        { days: ['saturday'], opensAt: '10:00', closesAt: '12:00' },
      ],
      note: 'Term time only.',
    });
  });

  it('the template (built at /data/import-template.csv) has every column and an example in the area', () => {
    const [header, example, ...others] = templateCsv()
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(header).toBe(csvColumnNames.join(','));
    expect(others).toEqual([]);
    // The example row names the area's own places, so a fork's template is its own.
    expect(example).toContain(`,${String(area.localities[0]?.value)},`);
    expect(example).toContain(`,${area.examplePostcodes[1]},`);
  });
});

describe('importing an Open Referral UK feed from another publisher', () => {
  it('keeps services that lack our taxonomy as drafts, naming the missing fields', () => {
    const feed = {
      total_items: 1,
      contents: [
        {
          id: 'ac148810-d857-441c-9679-408f346de14b',
          name: 'Community Counselling',
          description: 'Counselling services provided by trained professionals.',
          status: 'active',
          organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Org', description: 'An example.' },
        },
      ],
    };
    const read = orukToRecords(JSON.stringify(feed), 'other.json');
    expect(read.records[0]?.slug).toBe('community-counselling');
    const plan = planFromRead(read, { contentDir, projectRoot: dir });
    expect(plan.problems).toEqual([]);
    expect(plan.outcomes).toEqual([
      expect.objectContaining({ origin: 'other.json service 1 (Community Counselling)', outcome: 'draft' }),
    ]);
    expect(plan.outcomes[0]?.reasons).toEqual(
      expect.arrayContaining(['categories: missing', 'application_process: missing']),
    );
  });
});
