/** What the CSV and Open Referral readers hand to the importer. */

export interface ImportedOrganisation {
  slug: string;
  /** Front matter of the organisation, written only when no organisation has this id yet. */
  data: Record<string, unknown>;
  body: string;
  /** Given by some feeds: matched against existing organisations as well as the name. */
  charityNumber?: string | undefined;
}

export interface ImportRecord {
  /** Where the record came from, for the report: "line 4", "service 2". */
  origin: string;
  slug: string;
  /** The file (or feed address) the record was read from, for the per-file counts. */
  sourceFile: string;
  /** The source's own id of the record, when it has one. */
  sourceId?: string | undefined;
  /** Front matter of the service, as it will be written. */
  data: Record<string, unknown>;
  body: string;
  organisation: ImportedOrganisation | undefined;
  /** The spreadsheet column or feed field to name in the report for a front matter field. */
  blame: (field: string, collection: 'services' | 'organisations') => string;
}

export interface ImportProblem {
  origin: string;
  field: string;
  message: string;
}

export interface ReadResult {
  records: ImportRecord[];
  problems: ImportProblem[];
  /** Things worth saying that reject nothing, e.g. an unknown column that was ignored. */
  notes: string[];
}

/** Drops undefined values, empty strings and empty lists, so written files hold only what was given. */
export function pruned(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const inner = pruned(v as Record<string, unknown>);
      if (Object.keys(inner).length > 0) out[key] = inner;
      continue;
    }
    out[key] = v;
  }
  return out;
}
