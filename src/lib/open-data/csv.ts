/**
 * The services spreadsheet, both ways: the CSV download for professionals and
 * the reader for community connectors' spreadsheets. Both use the columns in
 * csv-columns.ts, so a downloaded file can be edited and imported again.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  costTypes,
  organisationKinds,
  outcomes,
  pfaPathways,
  serviceKinds,
  serviceStatuses,
  specificNeeds,
  type TermDefinition,
} from '../../schemas/taxonomy.ts';
import { columnForField, csvColumnNames, csvColumns, normaliseHeader } from './csv-columns.ts';
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
import { cleanEmail, cleanWebsite, htmlToMarkdown, normalisePhone, summaryAndBody } from '../import/clean.ts';
import { emptyMapping, termFields, type Mapping, type TermField } from '../import/mapping.ts';
import { placePostcode } from '../import/places.ts';
import type { ReadOptions } from '../import/oruk-reader.ts';
import { neutraliseFormula, restoreFormula } from './csv-safety.ts';
import { normaliseCharityNumber } from '../../schemas/organisations.ts';
import { languageCodes } from '../../schemas/spoken-languages.ts';
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
    organisation_charity_number: organisation.data.charityNumber ?? '',
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
    interpreter_available: data.interpreterAvailable === undefined ? '' : data.interpreterAvailable ? 'yes' : 'no',
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
    rows.map((row) => csvColumnNames.map((name) => neutraliseFormula(row[name] ?? ''))),
    // Cells with a line break are quoted too: csv-stringify quotes only the record delimiter (CRLF) by default.
    { header: true, columns: csvColumnNames, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  )}`;
}

/** The downloadable template: the header and one example row. */
export function templateCsv(): string {
  return toCsv([Object.fromEntries(csvColumns.map((c) => [c.name, c.example]))]);
}

interface ParsedRow {
  line: number;
  cells: Row;
}

function readRows(
  text: string,
  rename: (header: string) => string = normaliseHeader,
): { rows: ParsedRow[]; headers: string[] } {
  const headers: string[] = [];
  // Windows line ends become \n first: csv-parse counts a CRLF inside a quoted cell as two lines.
  const parsed = parse(text.replace(/\r\n?/g, '\n'), {
    bom: true,
    columns: (header: string[]) => {
      headers.push(...header.map(rename));
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
      const cells = Object.fromEntries(Object.entries(record).map(([key, value]) => [key, restoreFormula(value)]));
      return { line: info.lines - inner, cells };
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

interface RowContext extends ReadOptions {
  sourceName: string;
  /** A spreadsheet read through a mapping: another directory's columns and terms. */
  foreign: boolean;
}

function rowToRecord(row: ParsedRow, context: RowContext): { record: ImportRecord; problems: ImportProblem[] } {
  const { sourceName } = context;
  const mapping: Mapping = context.mapping ?? emptyMapping;
  const origin = `${sourceName} line ${String(row.line)}`;
  const problems: ImportProblem[] = [];
  const cell = (name: string) => (row.cells[name] ?? '').trim();
  // Terms a foreign value maps to in another of our fields (a "Category" of "SEND" is a need).
  const extra = new Map<TermField, string[]>();
  const terms = (column: string, list: readonly TermDefinition[], field?: TermField) => {
    const input = cell(column);
    if (input === '') return undefined;
    const own: string[] = [];
    const parts = context.foreign ? splitList(input) : [input];
    for (const part of parts) {
      const mapped = mapping.terms[part];
      if (mapped) {
        for (const [target, values] of Object.entries(mapped) as [TermField, string[]][]) {
          if (target === field) own.push(...values);
          else extra.set(target, [...(extra.get(target) ?? []), ...values]);
        }
        continue;
      }
      const parsed = parseTerms(part, list);
      if (parsed.ok) own.push(...parsed.value);
      else
        problems.push({
          origin,
          field: column,
          message: context.foreign ? `"${part}" is not one of our terms: map it in the mapping file` : parsed.reason,
        });
    }
    return [...new Set(own)];
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
  const cleaned = (column: string, result: { value: string | undefined; notes: string[] }) => {
    for (const note of result.notes) problems.push({ origin, field: column, message: note.replace(/^[a-z_ ]+: /, '') });
    return result.value;
  };

  const email = cell('email');
  let emailValue: string | undefined;
  if (email !== '' && looksLikePhone(email)) {
    problems.push({
      origin,
      field: 'email',
      message: `"${email}" is a phone number, not an email address: move it to the phone column`,
    });
  } else emailValue = cleaned('email', cleanEmail(email));
  let regular: unknown;
  if (cell('opening_times') !== '') {
    const parsed = parseOpeningTimes(cell('opening_times'));
    if (parsed.ok) regular = parsed.value;
    else if (context.foreign) {
      // Another directory's way of writing times is kept as the note, for the connector to check.
      problems.push({ origin, field: 'opening_times', message: `${parsed.reason}; kept as the opening note` });
    } else problems.push({ origin, field: 'opening_times', message: parsed.reason });
  }

  const name = cell('name');
  const sourceId = context.foreign ? cell('id') || undefined : undefined;
  const slug = cell('id') !== '' && !context.foreign ? cell('id') : slugify(name);
  const organisationCell = cell('organisation');
  const organisationSlug = slugify(organisationCell);
  const locations = locationOf(row.cells, problems, origin);
  const placedLocalities: string[] = [];
  let postcodeLookup = false;
  if (context.gazetteer) {
    for (const location of locations ?? []) {
      if (typeof location.postcode !== 'string') continue;
      const placed = placePostcode(location.postcode, context.gazetteer);
      for (const note of placed.notes)
        problems.push({ origin, field: 'postcode', message: note.replace(/^postcode: /, '') });
      if (placed.postcode) location.postcode = placed.postcode;
      if (placed.point && location.latitude === undefined && location.longitude === undefined) {
        location.latitude = placed.point.lat;
        location.longitude = placed.point.lng;
        postcodeLookup = true;
      }
      if (placed.locality && !placedLocalities.includes(placed.locality)) placedLocalities.push(placed.locality);
    }
  }
  const listField = (field: TermField, column: string) => {
    const given = [...(terms(column, termFields[field], field) ?? []), ...(extra.get(field) ?? [])];
    if (given.length > 0) return [...new Set(given)];
    if (field === 'localities' && placedLocalities.length > 0) return placedLocalities;
    return mapping.defaults[field];
  };
  const needs = terms('needs', specificNeeds, 'needs');
  const categoryValues = listField('categories', 'categories');
  const audienceValues = listField('audiences', 'audiences');
  const localities = listField('localities', 'localities');
  const levelOfNeed = listField('levelOfNeed', 'level_of_need');
  const delivery = listField('delivery', 'delivery');
  const accessRouteValues = listField('accessRoutes', 'access_routes');
  const description = context.foreign ? htmlToMarkdown(cell('description')) : cell('description');
  let summary = cell('summary');
  if (summary === '' && context.foreign && description !== '') {
    const split = summaryAndBody(description);
    summary = split.summary;
    for (const note of split.notes)
      problems.push({ origin, field: 'summary', message: note.replace(/^summary: /, '') });
  }
  const publisher = context.publisher ?? mapping.source.publisher;
  const source =
    cell('source') || (context.foreign ? `${publisher ? `${publisher}, ` : ''}spreadsheet ${sourceName}` : '');
  const assuredDefault = mapping.defaults.assuredDate ? isoDate(mapping.defaults.assuredDate) : undefined;
  const data = pruned({
    name,
    kind: single(serviceKinds, cell('kind'), 'kind', problems, origin),
    summary,
    organisation: organisationSlug,
    categories: categoryValues,
    needs: [...new Set([...(needs ?? []), ...(extra.get('needs') ?? [])])],
    audiences: audienceValues,
    minimumAge: numberOrText(cell('minimum_age')),
    maximumAge: numberOrText(cell('maximum_age')),
    levelOfNeed,
    localities,
    neighbourhood: cell('neighbourhood'),
    delivery,
    locations,
    contact: {
      phone: cleaned('phone', normalisePhone(cell('phone'))),
      email: emailValue,
      website: cleaned('website', cleanWebsite(cell('website'))),
    },
    cost: {
      type:
        single(costTypes, cell('cost'), 'cost', problems, origin) ??
        (context.foreign ? mapping.defaults.cost : undefined),
      detail: cell('cost_detail'),
    },
    applicationProcess: cell('application_process') || (context.foreign ? mapping.defaults.applicationProcess : ''),
    accessRoutes: accessRouteValues,
    eligibilityDescription: cell('eligibility'),
    schedule: {
      regular,
      note: cell('opening_note') || (context.foreign && regular === undefined ? cell('opening_times') : ''),
    },
    languages: languageCodes(splitList(cell('languages'))),
    interpreterAvailable: yesNo('interpreter_available'),
    interpretationServices: cell('interpretation_services'),
    accessibility: cell('accessibility'),
    anonymous: yesNo('anonymous'),
    status:
      single(serviceStatuses, cell('status'), 'status', problems, origin) ?? (context.foreign ? 'current' : undefined),
    assuredDate: date('assured_date') ?? (context.foreign ? assuredDefault : undefined),
    assurerRole: cell('assurer_role') || (context.foreign ? (mapping.defaults.assurerRole ?? '') : ''),
    reviewIntervalMonths: numberOrText(cell('review_interval_months')),
    source,
    outcomes: terms('outcomes', outcomes),
    pfaPathways: terms('pfa_pathways', pfaPathways),
    keywords: splitList(cell('keywords')),
    startDate: date('start_date'),
    endDate: date('end_date'),
    imported:
      context.foreign || publisher
        ? {
            publisher,
            from: sourceName,
            sourceId,
            date: context.today ?? new Date().toISOString().slice(0, 10),
            licence: mapping.source.licence,
            attribution: mapping.source.attribution,
            postcodeLookup: postcodeLookup || undefined,
          }
        : undefined,
  });
  if (data.locations === undefined) delete data.locations;
  const organisationName = cell('organisation_name') || organisationCell;
  // Kept as written when it is not a charity number, so the organisation's check names it.
  const charityCell =
    normaliseCharityNumber(cell('organisation_charity_number')) ?? (cell('organisation_charity_number') || undefined);
  const record: ImportRecord = {
    origin,
    slug,
    sourceFile: sourceName,
    sourceId,
    data,
    body: description || summary,
    organisation:
      organisationSlug === ''
        ? undefined
        : {
            slug: organisationSlug,
            data: pruned({
              name: organisationName,
              kind:
                single(organisationKinds, cell('organisation_kind'), 'organisation_kind', problems, origin) ??
                mapping.organisationKinds[organisationName],
              summary: cell('organisation_summary'),
              website: cleanWebsite(cell('organisation_website')).value,
              charityNumber: charityCell,
              localities,
              source: source || `Imported from ${sourceName}`,
            }),
            body: cell('organisation_summary'),
            charityNumber: charityCell,
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

/** A spreadsheet the import cannot read at all: the message names the file and what to do. */
export class SpreadsheetError extends Error {}

/**
 * Maps the file's own column names to ours: through the mapping's `columns`, else by name. A
 * mapping naming a column the file does not have is an error (a typo there would lose a column).
 */
function columnRenamer(headers: readonly string[], mapping: Mapping | undefined, sourceName: string) {
  const mapped = mapping?.columns ?? {};
  const missing = Object.keys(mapped).filter((column) => !headers.some((h) => h.trim() === column.trim()));
  if (missing.length > 0) {
    throw new SpreadsheetError(
      `${sourceName}: the mapping names column(s) the file does not have: ${missing.map((m) => `"${m}"`).join(', ')}; its columns are ${headers.map((h) => `"${h.trim()}"`).join(', ')}: correct the mapping file`,
    );
  }
  return (header: string) => {
    const target = mapped[header.trim()];
    if (target !== undefined) return target === '' ? `(ignored) ${header.trim()}` : target;
    return normaliseHeader(header);
  };
}

/** The header row and every data row of a CSV, as written (for proposing a mapping). */
export function csvTable(text: string): { headers: string[]; rows: Row[] } {
  const parsed = readRows(text, (header) => header.trim());
  return { headers: parsed.headers, rows: parsed.rows.map((row) => row.cells) };
}

/** Reads a connectors' spreadsheet (CSV) into import records, one per service. */
export function csvToRecords(text: string, sourceName: string, options: ReadOptions = {}): ReadResult {
  return rowsToRecords(
    () => readRows(text, columnRenamer(firstRow(text), options.mapping, sourceName)),
    sourceName,
    options,
  );
}

function firstRow(text: string): string[] {
  const [header] = parse(text.replace(/\r\n?/g, '\n'), {
    bom: true,
    to_line: 1,
    relax_column_count: true,
  }) as string[][];
  return header ?? [];
}

/** Rows of an Excel sheet or a CSV, already split into cells, into import records. */
export function tableToRecords(
  table: { headers: string[]; rows: { line: number; cells: string[] }[] },
  sourceName: string,
  options: ReadOptions = {},
): ReadResult {
  const rename = columnRenamer(table.headers, options.mapping, sourceName);
  const headers = table.headers.map(rename);
  return rowsToRecords(
    () => ({
      headers,
      rows: table.rows
        .map((row) => ({
          line: row.line,
          cells: Object.fromEntries(
            headers.map((header, index) => [header, restoreFormula((row.cells[index] ?? '').trim())]),
          ),
        }))
        .filter((row) => Object.values(row.cells).some((value) => value !== '')),
    }),
    sourceName,
    options,
  );
}

function rowsToRecords(read: () => ReturnType<typeof readRows>, sourceName: string, options: ReadOptions): ReadResult {
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  const foreign = options.mapping !== undefined && Object.keys(options.mapping.columns).length > 0;
  const context: RowContext = { ...options, sourceName, foreign };
  let parsed: ReturnType<typeof readRows>;
  try {
    parsed = read();
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw new SpreadsheetError(`${sourceName}: not a readable CSV file: ${(error as Error).message}`);
  }
  const unknownColumns = parsed.headers.filter((h) => h !== '' && !csvColumnNames.includes(h));
  if (unknownColumns.length > 0) notes.push(`ignored unknown column(s): ${unknownColumns.join(', ')}`);
  if (!parsed.headers.includes('name')) {
    throw new SpreadsheetError(
      `${sourceName}: no column is our "name" column, so this spreadsheet has its own columns: run npm run import -- ${sourceName} --propose-mapping, edit the mapping it writes, then import with --mapping`,
    );
  }
  const missing = csvColumns.filter((c) => c.required && !parsed.headers.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    notes.push(`no column for: ${missing.join(', ')}: records lacking them are kept as drafts`);
  }

  const records: ImportRecord[] = [];
  const bySlug = new Map<string, { record: ImportRecord; row: ParsedRow }>();
  for (const row of parsed.rows) {
    const { record, problems: rowProblems } = rowToRecord(row, context);
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
