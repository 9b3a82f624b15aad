/**
 * Proposes a mapping file for a source (see mapping.ts): its columns matched to ours, and every
 * foreign term and organisation found, with counts and suggestions.
 */
import type { LoadedSource } from './sources.ts';
import { csvTable } from '../open-data/csv.ts';
import {
  proposeColumns,
  suggestTerm,
  termFieldNames,
  type MappingProposal,
  type TermField,
  type TermProposal,
} from './mapping.ts';
import { servicesIn, termsOfRecord } from './oruk-reader.ts';
import { splitList } from './values.ts';
import { taxonomyPrefix } from '../open-data/oruk.ts';

/** Our columns whose values are terms, and the field they fill. */
const termColumns: Record<string, TermField> = {
  categories: 'categories',
  needs: 'needs',
  audiences: 'audiences',
  level_of_need: 'levelOfNeed',
  delivery: 'delivery',
  access_routes: 'accessRoutes',
  localities: 'localities',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function counted<T extends string>(values: readonly T[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function proposeMapping(source: LoadedSource): MappingProposal {
  if (source.kind === 'feed') {
    const services = source.pages.flatMap((page) => (servicesIn(page.json) ?? []).filter(isObject));
    const found = services.flatMap((service) =>
      termsOfRecord(service)
        .filter((term) => !term.vocabulary.startsWith(taxonomyPrefix))
        .map((term) => `${term.term}\u0000${term.vocabulary}`),
    );
    const terms: TermProposal[] = counted(found).map(([key, count]) => {
      const [term = '', vocabulary = ''] = key.split('\u0000');
      return { ...suggestTerm(term), count, from: vocabulary ? `taxonomy "${vocabulary}"` : 'the feed' };
    });
    const organisations = counted(
      services
        .map((service) => (isObject(service.organization) ? service.organization.name : undefined))
        .filter((name): name is string => typeof name === 'string' && name.trim() !== ''),
    ).map(([name, count]) => ({ name, count }));
    return {
      fileName: source.sourceName,
      kind: 'feed',
      records: services.length,
      columns: [],
      terms: mergeTerms(terms),
      organisations,
    };
  }
  const table =
    source.kind === 'csv'
      ? (() => {
          const { headers, rows } = csvTable(source.text);
          return { headers, rows: rows.map((row) => headers.map((h) => row[h] ?? '')) };
        })()
      : { headers: source.table.headers, rows: source.table.rows.map((row) => row.cells) };
  const samples = (header: string) => {
    const index = table.headers.indexOf(header);
    return table.rows.slice(0, 200).map((row) => row[index] ?? '');
  };
  const columns = proposeColumns(table.headers, samples);
  const terms: TermProposal[] = [];
  let organisations: { name: string; count: number }[] = [];
  for (const column of columns) {
    const index = table.headers.indexOf(column.column);
    const values = table.rows.map((row) => (row[index] ?? '').trim()).filter(Boolean);
    const field = termColumns[column.target];
    if (field) {
      for (const [term, count] of counted(values.flatMap((value) => splitList(value)))) {
        const own = suggestTerm(term, [field]);
        const suggestion = own.sure === 'none' ? suggestTerm(term, termFieldNames) : own;
        terms.push({ ...suggestion, count, from: `column "${column.column}"` });
      }
    }
    if (column.target === 'organisation') organisations = counted(values).map(([name, count]) => ({ name, count }));
  }
  return {
    fileName: source.sourceName,
    kind: 'spreadsheet',
    records: table.rows.length,
    columns,
    terms: mergeTerms(terms),
    organisations,
  };
}

/** One entry per term, even when it appears in several vocabularies or columns. */
function mergeTerms(terms: readonly TermProposal[]): TermProposal[] {
  const byTerm = new Map<string, TermProposal>();
  for (const term of terms) {
    const earlier = byTerm.get(term.term);
    if (earlier) {
      earlier.count += term.count;
      if (!earlier.from.includes(term.from)) earlier.from += `, ${term.from}`;
    } else byTerm.set(term.term, { ...term });
  }
  return [...byTerm.values()];
}
