/**
 * The services spreadsheet, both ways: the CSV download for professionals and
 * the reader for community connectors' spreadsheets. Both use the columns in
 * csv-columns.ts, so a downloaded file can be edited and imported again.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  accessRoutes,
  audiences,
  categories,
  costTypes,
  deliveryModes,
  levelsOfNeed,
  organisationKinds,
  outcomes,
  pfaPathways,
  serviceAreas,
  serviceKinds,
  serviceStatuses,
  specificNeeds,
  type TermDefinition,
} from '../../schemas/taxonomy.ts';
import { columnForField, csvColumnNames, csvColumns } from './csv-columns.ts';
import { pruned, type ImportProblem, type ImportRecord, type ReadResult } from '../import/records.ts';
import {
  formatOpeningTimes,
  looksLikePhone,
  parseOpeningTimes,
  parseTerms,
  parseUkDate,
  parseYesNo,
  slugify,
  splitList,
} from '../import/values.ts';
import { isoDate } from '../directory/labels.ts';
import type { OrganisationEntry, ServiceEntry } from './oruk.ts';

type Row = Record<string, string>;

const locationColumns = ['location_name', 'address', 'postcode', 'latitude', 'longitude', 'confidential'];

/** Rows of the CSV download for one service: one per public location (at least one row). Confidential locations are left out. */
export function serviceToCsvRows(entry: ServiceEntry, organisation: OrganisationEntry, siteUrl: string): Row[] {
  const { data } = entry;
  const list = (values: readonly string[]) => values.join('; ');
  const base: Row = {
    id: entry.id,
    name: data.name,
    kind: data.kind,
    summary: data.summary,
    description: entry.body.trim(),
    organisation: organisation.id,
    organisation_name: organisation.data.name,
    categories: list(data.categories),
    needs: list(data.needs),
    audiences: list(data.audiences),
    minimum_age: data.minimumAge === undefined ? '' : String(data.minimumAge),
    maximum_age: data.maximumAge === undefined ? '' : String(data.maximumAge),
    level_of_need: list(data.levelOfNeed),
    localities: list(data.localities),
    neighbourhood: data.neighbourhood ?? '',
    delivery: list(data.delivery),
    phone: data.contact.phone ?? '',
    email: data.contact.email ?? '',
    website: data.contact.website ?? '',
    cost: data.cost.type,
    cost_detail: data.cost.detail ?? '',
    application_process: data.applicationProcess,
    access_routes: list(data.accessRoutes),
    eligibility: data.eligibilityDescription ?? '',
    opening_times: data.schedule ? formatOpeningTimes(data.schedule.regular) : '',
    opening_note: data.schedule?.note ?? '',
    languages: list(data.languages),
    interpretation_services: data.interpretationServices ?? '',
    accessibility: data.accessibility ?? '',
    anonymous: data.anonymous ? 'yes' : 'no',
    status: data.status,
    assured_date: isoDate(data.assuredDate),
    assurer_role: data.assurerRole,
    source: data.source,
    outcomes: list(data.outcomes),
    pfa_pathways: list(data.pfaPathways),
    keywords: list(data.keywords),
    start_date: data.startDate ? isoDate(data.startDate) : '',
    end_date: data.endDate ? isoDate(data.endDate) : '',
    review_interval_months: data.reviewIntervalMonths === undefined ? '' : String(data.reviewIntervalMonths),
    page_url: new URL(`/services/${entry.id}/`, siteUrl).href,
  };
  const locations = data.locations.filter((location) => !location.confidential);
  if (locations.length === 0) return [base];
  return locations.map((location, index) => ({
    // Later rows repeat only the id and the location: one service, several places.
    ...(index === 0 ? base : { id: entry.id, name: data.name }),
    location_name: location.name ?? '',
    address: location.address ?? '',
    postcode: location.postcode ?? '',
    latitude: location.latitude === undefined ? '' : String(location.latitude),
    longitude: location.longitude === undefined ? '' : String(location.longitude),
    confidential: 'no',
  }));
}

/** CSV text with a header row of every column, CRLF line ends and a BOM, so that Excel opens it as UTF-8. */
export function toCsv(rows: readonly Row[]): string {
  return `\uFEFF${stringify(
    rows.map((row) => csvColumnNames.map((name) => row[name] ?? '')),
    // Cells with a line break are quoted too: csv-stringify quotes only the record delimiter (CRLF) by default.
    { header: true, columns: csvColumnNames, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  )}`;
}

/** The downloadable template: the header and one example row. */
export function templateCsv(): string {
  return toCsv([Object.fromEntries(csvColumns.map((c) => [c.name, c.example]))]);
}

const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

interface ParsedRow {
  line: number;
  cells: Row;
}

function readRows(text: string): { rows: ParsedRow[]; headers: string[] } {
  const headers: string[] = [];
  // Windows line ends become \n first: csv-parse counts a CRLF inside a quoted cell as two lines.
  const parsed = parse(text.replace(/\r\n?/g, '\n'), {
    bom: true,
    columns: (header: string[]) => {
      headers.push(...header.map(normaliseHeader));
      return headers;
    },
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    relax_column_count: true,
    trim: true,
    info: true,
  }) as { record: Row; info: { lines: number } }[];
  return {
    headers,
    rows: parsed.map(({ record, info }) => {
      // info.lines is the record's last line; step back over line breaks inside quoted cells.
      const inner = Object.values(record).reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
      return { line: info.lines - inner, cells: record };
    }),
  };
}

const single = (
  terms: readonly TermDefinition[],
  input: string,
  column: string,
  problems: ImportProblem[],
  origin: string,
) => {
  if (input === '') return undefined;
  const parsed = parseTerms(input, terms);
  if (!parsed.ok) {
    problems.push({ origin, field: column, message: parsed.reason });
    return undefined;
  }
  return parsed.value[0];
};

/** The front matter number as typed, so that zod reports "abc" as not a number rather than it vanishing. */
const numberOrText = (input: string): number | string | undefined =>
  input === '' ? undefined : /^-?\d+(\.\d+)?$/.test(input) ? Number(input) : input;

function rowToRecord(row: ParsedRow, sourceName: string): { record: ImportRecord; problems: ImportProblem[] } {
  const origin = `line ${String(row.line)}`;
  const problems: ImportProblem[] = [];
  const cell = (name: string) => (row.cells[name] ?? '').trim();
  const terms = (column: string, list: readonly TermDefinition[]) => {
    const input = cell(column);
    if (input === '') return undefined;
    const parsed = parseTerms(input, list);
    if (parsed.ok) return parsed.value;
    problems.push({ origin, field: column, message: parsed.reason });
    return undefined;
  };
  const date = (column: string) => {
    const input = cell(column);
    if (input === '') return undefined;
    const parsed = parseUkDate(input);
    if (parsed.ok) return parsed.value;
    problems.push({ origin, field: column, message: parsed.reason });
    return undefined;
  };
  const yesNo = (column: string) => {
    const parsed = parseYesNo(cell(column));
    if (parsed.ok) return parsed.value;
    problems.push({ origin, field: column, message: parsed.reason });
    return undefined;
  };

  const email = cell('email');
  if (email !== '' && looksLikePhone(email)) {
    problems.push({
      origin,
      field: 'email',
      message: `"${email}" is a phone number, not an email address: move it to the phone column`,
    });
  }
  let regular: unknown;
  if (cell('opening_times') !== '') {
    const parsed = parseOpeningTimes(cell('opening_times'));
    if (parsed.ok) regular = parsed.value;
    else problems.push({ origin, field: 'opening_times', message: parsed.reason });
  }

  const name = cell('name');
  const slug = cell('id') !== '' ? cell('id') : slugify(name);
  const organisationCell = cell('organisation');
  const organisationSlug = slugify(organisationCell);
  const localities = terms('localities', serviceAreas);
  const source = cell('source');
  const data = pruned({
    name,
    kind: single(serviceKinds, cell('kind'), 'kind', problems, origin),
    summary: cell('summary'),
    organisation: organisationSlug,
    categories: terms('categories', categories),
    needs: terms('needs', specificNeeds),
    audiences: terms('audiences', audiences),
    minimumAge: numberOrText(cell('minimum_age')),
    maximumAge: numberOrText(cell('maximum_age')),
    levelOfNeed: terms('level_of_need', levelsOfNeed),
    localities,
    neighbourhood: cell('neighbourhood'),
    delivery: terms('delivery', deliveryModes),
    locations: locationOf(row.cells, problems, origin),
    contact: { phone: cell('phone'), email: looksLikePhone(email) ? '' : email, website: cell('website') },
    cost: { type: single(costTypes, cell('cost'), 'cost', problems, origin), detail: cell('cost_detail') },
    applicationProcess: cell('application_process'),
    accessRoutes: terms('access_routes', accessRoutes),
    eligibilityDescription: cell('eligibility'),
    schedule: { regular, note: cell('opening_note') },
    languages: splitList(cell('languages')),
    interpretationServices: cell('interpretation_services'),
    accessibility: cell('accessibility'),
    anonymous: yesNo('anonymous'),
    status: single(serviceStatuses, cell('status'), 'status', problems, origin),
    assuredDate: date('assured_date'),
    assurerRole: cell('assurer_role'),
    reviewIntervalMonths: numberOrText(cell('review_interval_months')),
    source,
    outcomes: terms('outcomes', outcomes),
    pfaPathways: terms('pfa_pathways', pfaPathways),
    keywords: splitList(cell('keywords')),
    startDate: date('start_date'),
    endDate: date('end_date'),
  });
  if (data.locations === undefined) delete data.locations;
  const summary = cell('summary');
  const record: ImportRecord = {
    origin,
    slug,
    data,
    body: cell('description') || summary,
    organisation:
      organisationSlug === ''
        ? undefined
        : {
            slug: organisationSlug,
            data: pruned({
              name: cell('organisation_name') || organisationCell,
              kind: single(organisationKinds, cell('organisation_kind'), 'organisation_kind', problems, origin),
              summary: cell('organisation_summary'),
              website: cell('organisation_website'),
              localities,
              source: source || `Imported from ${sourceName}`,
            }),
            body: cell('organisation_summary'),
          },
    blame: (field, collection) => {
      if (collection === 'organisations') {
        return field === '(body)' ? 'organisation_summary' : `organisation_${field.split('.')[0] ?? field}`;
      }
      if (field === '(body)') return 'description';
      if (field === '(file name)') return 'id';
      return columnForField(field) ?? field;
    },
  };
  return { record, problems };
}

function locationOf(cells: Row, problems: ImportProblem[], origin: string): Record<string, unknown>[] | undefined {
  const get = (name: string) => (cells[name] ?? '').trim();
  if (locationColumns.every((name) => get(name) === '')) return undefined;
  const confidential = parseYesNo(get('confidential'));
  if (!confidential.ok) problems.push({ origin, field: 'confidential', message: confidential.reason });
  return [
    pruned({
      name: get('location_name'),
      address: get('address'),
      postcode: get('postcode').toUpperCase(),
      latitude: numberOrText(get('latitude')),
      longitude: numberOrText(get('longitude')),
      confidential: confidential.ok && confidential.value === true ? true : undefined,
    }),
  ];
}

/** Reads a connectors' spreadsheet (CSV) into import records, one per service. */
export function csvToRecords(text: string, sourceName: string): ReadResult {
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  let parsed: ReturnType<typeof readRows>;
  try {
    parsed = readRows(text);
  } catch (error) {
    return { records: [], problems: [{ origin: 'file', field: '(csv)', message: (error as Error).message }], notes };
  }
  const unknownColumns = parsed.headers.filter((h) => h !== '' && !csvColumnNames.includes(h));
  if (unknownColumns.length > 0) notes.push(`ignored unknown column(s): ${unknownColumns.join(', ')}`);
  const missing = csvColumns.filter((c) => c.required && !parsed.headers.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    problems.push({
      origin: 'line 1',
      field: '(header)',
      message: `missing required column(s): ${missing.join(', ')}`,
    });
    return { records: [], problems, notes };
  }

  const records: ImportRecord[] = [];
  const bySlug = new Map<string, { record: ImportRecord; row: ParsedRow }>();
  for (const row of parsed.rows) {
    const { record, problems: rowProblems } = rowToRecord(row, sourceName);
    const earlier = bySlug.get(record.slug);
    if (earlier && record.slug !== '') {
      // A further row of the same service: it adds a location.
      const differing = csvColumnNames.filter(
        (name) =>
          !locationColumns.includes(name) &&
          !['id', 'name', 'page_url'].includes(name) &&
          (row.cells[name] ?? '').trim() !== '' &&
          (row.cells[name] ?? '').trim() !== (earlier.row.cells[name] ?? '').trim(),
      );
      if (differing.length > 0) {
        problems.push({
          origin: record.origin,
          field: differing.join(', '),
          message: `has the same id "${record.slug}" as ${earlier.record.origin} but different details: give each service its own id, or leave these cells empty to add a location`,
        });
        continue;
      }
      problems.push(...rowProblems.filter((p) => locationColumns.includes(p.field)));
      const extra = locationOf(row.cells, problems, record.origin);
      if (extra) {
        const locations = (earlier.record.data.locations as Record<string, unknown>[] | undefined) ?? [];
        earlier.record.data.locations = [...locations, ...extra];
      }
      continue;
    }
    problems.push(...rowProblems);
    bySlug.set(record.slug, { record, row });
    records.push(record);
  }
  return { records, problems, notes };
}
