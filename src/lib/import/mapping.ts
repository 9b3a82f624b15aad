/**
 * The mapping file: how another directory's columns and taxonomy terms become ours.
 *
 * `npm run import -- <file> --propose-mapping` writes one (proposeMapping, mappingYaml), with
 * every column matched to ours where its name or values say so and every foreign term with its
 * count and a suggestion, each marked with how sure the guess is. The connector edits it once,
 * then imports with `--mapping <file>` (readMapping validates it with zod, naming the line).
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { optionalText, requiredText, termOf } from '../../schemas/common.ts';
import {
  accessRoutes,
  audiences,
  categories,
  costTypes,
  deliveryModes,
  levelsOfNeed,
  organisationKinds,
  serviceAreas,
  specificNeeds,
  type TermDefinition,
} from '../../schemas/taxonomy.ts';
import { csvColumnNames, normaliseHeader } from '../open-data/csv-columns.ts';
import { slugify } from './values.ts';

/** Our list fields a foreign term can fill, with their option lists. */
export const termFields = {
  categories,
  needs: specificNeeds,
  audiences,
  levelOfNeed: levelsOfNeed,
  delivery: deliveryModes,
  accessRoutes,
  localities: serviceAreas,
} as const satisfies Record<string, readonly TermDefinition[]>;
export type TermField = keyof typeof termFields;
export const termFieldNames = Object.keys(termFields) as TermField[];

const termList = <const T extends readonly TermDefinition[]>(terms: T) =>
  z.preprocess((value) => (value === null ? [] : value), z.array(termOf(terms)));

/** What one foreign term becomes: values in any of our list fields (all empty: the term is ignored). */
const termTargets = z
  .object({
    categories: termList(categories),
    needs: termList(specificNeeds),
    audiences: termList(audiences),
    levelOfNeed: termList(levelsOfNeed),
    delivery: termList(deliveryModes),
    accessRoutes: termList(accessRoutes),
    localities: termList(serviceAreas),
  })
  .partial()
  .strict();
export type TermTargets = z.infer<typeof termTargets>;

const columnTarget = z.preprocess(
  (value) => (value === null ? '' : value),
  z.union([z.enum(csvColumnNames as [string, ...string[]]), z.literal('')], {
    error: `must be one of our columns (${csvColumnNames.join(', ')}) or "" to leave it out`,
  }),
);

export const mappingSchema = z
  .object({
    source: z
      .object({
        /** Who publishes the directory or keeps the spreadsheet: shown on each page ("From ..."). */
        publisher: optionalText,
        /** The source's licence ("CC BY 4.0", "OGL v3.0") and the credit it asks for: the data page shows them. */
        licence: optionalText,
        attribution: optionalText,
      })
      .strict()
      .default({}),
    /** Spreadsheets: source column name -> our column name ("" leaves it out). */
    // A section whose every line is commented out reads as null: the same as empty.
    columns: z.preprocess((value) => value ?? {}, z.record(z.string(), columnTarget)),
    /** Every foreign category or taxonomy term -> our terms. */
    terms: z
      .record(
        z.string(),
        z.preprocess((value) => value ?? {}, termTargets),
      )
      .default({}),
    /** Given to every record that lacks them: the connector's decision, never a guess of ours. */
    defaults: termTargets
      .extend({
        applicationProcess: requiredText(10),
        assurerRole: requiredText(3),
        cost: termOf(costTypes),
        /** When the connector last checked the source (the import day is not a check). */
        assuredDate: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
      })
      .partial()
      .strict()
      .default({}),
    /** The kind of each organisation the import would create, by its name in the source. */
    organisationKinds: z.preprocess((value) => value ?? {}, z.record(z.string(), termOf(organisationKinds))),
  })
  .strict();
export type Mapping = z.infer<typeof mappingSchema>;

export const emptyMapping: Mapping = mappingSchema.parse({});

/** Reads and validates a mapping file; each problem names its line. */
export function readMapping(text: string, fileName: string): { mapping?: Mapping; errors: string[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) {
    return {
      errors: document.errors.map(
        (error) =>
          `${fileName}:${String(error.linePos?.[0].line ?? 1)}: not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
      ),
    };
  }
  const result = mappingSchema.safeParse(document.toJS() ?? {});
  if (result.success) return { mapping: result.data, errors: [] };
  return {
    errors: result.error.issues.map((issue) => {
      // The deepest node of the path that exists in the file gives the line.
      let line = 1;
      for (let depth = issue.path.length; depth >= 0; depth -= 1) {
        const node = document.getIn(issue.path.slice(0, depth) as (string | number)[], true) as
          { range?: [number, number, number] } | undefined;
        const range = node?.range;
        if (range) {
          line = lineCounter.linePos(range[0]).line;
          break;
        }
      }
      const where = issue.path.map(String).join('.') || '(file)';
      return `${fileName}:${String(line)}: ${where}: ${issue.message}`;
    }),
  };
}

/** Our terms for a foreign term: from the mapping, else an exact match of one of our values or labels. */
export function targetsFor(term: string, mapping: Mapping, field?: TermField): TermTargets | undefined {
  const mapped = mapping.terms[term];
  if (mapped) return mapped;
  const exact = exactTerm(term, field ? [field] : termFieldNames);
  return exact ? { [exact.field]: [exact.value] } : undefined;
}

function exactTerm(term: string, fields: readonly TermField[]): { field: TermField; value: string } | undefined {
  const key = slugify(term);
  for (const field of fields) {
    const found = termFields[field].find((t) => t.value === key || slugify(t.label) === key);
    if (found) return { field, value: found.value };
  }
  return undefined;
}

// ----- Proposing a mapping -----

export type Sureness = 'high' | 'medium' | 'low';

/** Other directories' names for our columns (after lower-casing and replacing non-letters with "_"). */
const columnSynonyms: Record<string, readonly string[]> = {
  id: ['ref', 'reference', 'record_id', 'service_id', 'uid'],
  name: ['service_name', 'service', 'title', 'group_name', 'asset_name', 'activity', 'activity_name', 'name_of_group'],
  summary: ['short_description', 'summary_description', 'strapline'],
  description: ['details', 'about', 'more_information', 'long_description', 'notes', 'what_we_do'],
  organisation_charity_number: [
    'charity_number',
    'charity_no',
    'registered_charity_number',
    'charity_registration_number',
    'reg_charity_no',
  ],
  organisation: ['organisation_name', 'organization', 'organization_name', 'provider', 'run_by', 'charity', 'owner'],
  categories: ['category', 'type', 'theme', 'topic', 'service_type', 'activity_type', 'tags'],
  needs: ['need', 'support_needs', 'conditions'],
  audiences: ['audience', 'who_for', 'who_is_it_for', 'target_group', 'client_group'],
  level_of_need: ['level', 'need_level', 'tier'],
  localities: ['locality', 'area', 'district', 'constituency'],
  neighbourhood: ['ward', 'neighbourhood_name', 'neighborhood'],
  location_name: ['venue', 'venue_name', 'building', 'premises'],
  address: ['address_1', 'address_line_1', 'street', 'street_address', 'full_address'],
  postcode: ['post_code', 'postal_code', 'zip', 'zip_code'],
  latitude: ['lat'],
  longitude: ['lng', 'lon', 'long'],
  phone: ['telephone', 'tel', 'phone_number', 'contact_number', 'telephone_number', 'mobile'],
  email: ['e_mail', 'email_address', 'contact_email'],
  website: ['url', 'web', 'website_address', 'web_address', 'link', 'webpage'],
  cost_detail: ['cost', 'price', 'fees', 'charges', 'fee'],
  opening_times: ['opening_hours', 'hours', 'times', 'when', 'sessions', 'day_and_time'],
  eligibility: ['who_can_use_it', 'eligibility_criteria'],
  application_process: ['how_to_access', 'how_to_join', 'referral', 'how_to_refer', 'access'],
  minimum_age: ['min_age', 'age_from', 'from_age'],
  maximum_age: ['max_age', 'age_to', 'to_age'],
  languages: ['language', 'languages_spoken'],
  accessibility: ['access_needs', 'disabled_access', 'wheelchair_access'],
  assured_date: ['last_checked', 'last_updated', 'updated', 'date_checked', 'date_updated', 'verified'],
};

/** What most sample values of a column look like. */
function sniff(samples: readonly string[]): string | undefined {
  const values = samples.filter((value) => value.trim() !== '');
  if (values.length === 0) return undefined;
  const share = (test: (value: string) => boolean) => values.filter(test).length / values.length;
  if (share((v) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v.trim())) > 0.6) return 'email';
  if (share((v) => /^(https?:\/\/|www\.)\S+$/i.test(v.trim())) > 0.6) return 'website';
  if (share((v) => /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i.test(v.trim())) > 0.6) return 'postcode';
  if (share((v) => /^[+(]?\d[\d\s()-]{8,}\d(\s*(ext|x)\.?\s*\d+)?$/i.test(v.trim())) > 0.6) return 'phone';
  return undefined;
}

export interface ColumnProposal {
  column: string;
  target: string;
  sure: Sureness | 'none';
  why: string;
}

/** Matches each source column to one of ours, from its name and then its sample values. */
export function proposeColumns(headers: readonly string[], samples: (header: string) => string[]): ColumnProposal[] {
  const taken = new Set<string>();
  return headers.map((column) => {
    const key = normaliseHeader(column);
    let proposal: ColumnProposal;
    if (csvColumnNames.includes(key)) {
      proposal = { column, target: key, sure: 'high', why: 'same name' };
    } else {
      const synonym = Object.entries(columnSynonyms).find(([, names]) => names.includes(key))?.[0];
      const sniffed = sniff(samples(column));
      if (synonym && (!sniffed || sniffed === synonym)) {
        proposal = { column, target: synonym, sure: sniffed ? 'high' : 'medium', why: `the name means ${synonym}` };
      } else if (sniffed) {
        proposal = { column, target: sniffed, sure: 'medium', why: `its values look like ${sniffed}s` };
      } else {
        proposal = { column, target: '', sure: 'none', why: 'not matched: name one of our columns, or leave it out' };
      }
    }
    if (proposal.target !== '' && taken.has(proposal.target)) {
      proposal = { column, target: '', sure: 'none', why: `${proposal.target} is already filled by another column` };
    }
    if (proposal.target !== '') taken.add(proposal.target);
    return proposal;
  });
}

const words = (text: string) =>
  new Set(
    slugify(text)
      .split('-')
      .filter((word) => word.length > 2 && !['and', 'the', 'for', 'with'].includes(word))
      .map((word) => word.replace(/(ies|s)$/, (ending) => (ending === 'ies' ? 'y' : ''))),
  );

export interface TermProposal {
  term: string;
  count: number;
  /** Where the term came from: a taxonomy (vocabulary) name or a column. */
  from: string;
  targets: TermTargets;
  sure: Sureness | 'none';
}

/** A suggestion for one foreign term: an exact match, else the category, need or audience sharing most words. */
export function suggestTerm(
  term: string,
  fields: readonly TermField[] = termFieldNames,
): Omit<TermProposal, 'count' | 'from'> {
  const exact = exactTerm(term, fields);
  if (exact) return { term, targets: { [exact.field]: [exact.value] }, sure: 'high' };
  const mine = words(term);
  let best: { field: TermField; value: string; score: number } | undefined;
  for (const field of fields) {
    for (const candidate of termFields[field]) {
      const theirs = words(`${candidate.value} ${candidate.label}`);
      const score = [...mine].filter((word) => theirs.has(word)).length;
      if (score > 0 && (!best || score > best.score)) best = { field, value: candidate.value, score };
    }
  }
  if (!best) return { term, targets: {}, sure: 'none' };
  return { term, targets: { [best.field]: [best.value] }, sure: best.score >= 2 ? 'medium' : 'low' };
}

/** An organisation's kind guessed from words in its name, for the connector to confirm. */
export function suggestOrganisationKind(name: string): { kind: string; sure: Sureness } {
  const text = name.toLowerCase();
  if (/\bcouncil\b/.test(text)) return { kind: 'council', sure: 'medium' };
  if (/\bnhs\b|\bhealth\b|\bhospital\b|\bsurgery\b/.test(text)) return { kind: 'nhs', sure: 'low' };
  if (/\bschool\b|\bacademy\b|\bcollege\b|\bnursery\b/.test(text))
    return { kind: 'school-education-partnership', sure: 'low' };
  if (/\bchurch\b|\bmosque\b|\bgurdwara\b|\btemple\b|\bmandir\b|\bsynagogue\b|\bparish\b/.test(text)) {
    return { kind: 'faith-group', sure: 'low' };
  }
  return { kind: 'voluntary-community', sure: 'low' };
}

export interface MappingProposal {
  fileName: string;
  kind: 'spreadsheet' | 'feed';
  records: number;
  columns: ColumnProposal[];
  terms: TermProposal[];
  organisations: { name: string; count: number }[];
}

const quote = (text: string) => JSON.stringify(text);
const list = (values: readonly string[] | undefined) => `[${(values ?? []).join(', ')}]`;

/** The proposal as a commented YAML file for the connector to edit. */
export function mappingYaml(proposal: MappingProposal, today: string): string {
  const lines = [
    `# Mapping for ${proposal.fileName} (${proposal.kind}, ${String(proposal.records)} records), proposed on ${today}.`,
    '# Check every line marked "sure: low" or "not matched", then import with:',
    `#   npm run import -- ${proposal.fileName} --mapping <this file>`,
    '# Records that still lack something required are imported as drafts, with what is missing listed.',
    'source:',
    '  publisher: "" # who publishes this directory or keeps this spreadsheet, e.g. "North Example Council"',
    '  licence: "" # the licence it is published under, e.g. "CC BY 4.0" (credited on the data page)',
    '  attribution: "" # the credit the publisher asks for, word for word',
  ];
  if (proposal.kind === 'spreadsheet') {
    lines.push('# Each column of the file -> one of our columns (see docs/open-referral.md), or "" to leave it out.');
    lines.push('columns:');
    for (const column of proposal.columns) {
      lines.push(
        `  ${quote(column.column)}: ${quote(column.target)} # ${column.sure === 'none' ? '' : `sure: ${column.sure}, `}${column.why}`,
      );
    }
  }
  lines.push(`# Every category or taxonomy term found -> our ${termFieldNames.join(', ')}; empty lists ignore a term.`);
  lines.push(proposal.terms.length === 0 ? 'terms: {}' : 'terms:');
  for (const term of proposal.terms) {
    const note = term.sure === 'none' ? 'no suggestion' : `suggested, sure: ${term.sure}`;
    lines.push(
      `  ${quote(term.term)}: # ${String(term.count)} record${term.count === 1 ? '' : 's'}, from ${term.from}; ${note}`,
    );
    const fields = Object.keys(term.targets) as TermField[];
    if (term.sure === 'low' || fields.length === 0) {
      // A weak guess is shown, not applied: the connector copies it up if it is right.
      const hint = fields.map((field) => `${field}: ${list(term.targets[field])}`).join('; ');
      lines.push(`    categories: []${hint ? ` # perhaps ${hint}` : ''}`);
      continue;
    }
    for (const field of fields) lines.push(`    ${field}: ${list(term.targets[field])}`);
  }
  lines.push('# Given to every record that lacks them. Leave a list empty to keep such records as drafts.');
  lines.push('defaults:');
  for (const field of ['levelOfNeed', 'accessRoutes', 'audiences', 'delivery'] as const) {
    lines.push(`  ${field}: [] # ${termFields[field].map((t) => t.value).join(', ')}`);
  }
  lines.push('# The kind of each organisation the import would create (council, nhs, voluntary-community...).');
  lines.push(proposal.organisations.length === 0 ? 'organisationKinds: {}' : 'organisationKinds:');
  for (const organisation of proposal.organisations) {
    const guess = suggestOrganisationKind(organisation.name);
    const services = `${String(organisation.count)} service${organisation.count === 1 ? '' : 's'}`;
    // A weak guess stays a comment: remove the "#" once checked (until then its services stay drafts).
    lines.push(
      guess.sure === 'low'
        ? `  # ${quote(organisation.name)}: ${guess.kind} # ${services}; guessed from the name, sure: low`
        : `  ${quote(organisation.name)}: ${guess.kind} # ${services}; guessed from the name, sure: ${guess.sure}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
