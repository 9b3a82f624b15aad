/**
 * The Decap CMS configuration, generated from the zod schemas in src/schemas/ and
 * the option lists in src/schemas/taxonomy.ts, plus the labels and hints in
 * ./field-text.ts and the few widget choices below. Pure: no browser, no Decap
 * import, so unit tests read exactly what the admin pages load.
 */
import type { CmsBackend, CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { collectionSchemas, collectionsWithBody, type CollectionName } from '../schemas/index.ts';
import * as taxonomy from '../schemas/taxonomy.ts';
import type { TermDefinition } from '../schemas/taxonomy.ts';
import { textFor } from './field-text.ts';
import { describeObject, type FieldFacts } from './zod-fields.ts';
import { inFormOrder } from '../schemas/form-order.ts';
import { translatedFields, type TranslatedCollection } from '../schemas/translations.ts';
import { contentLocales, sourceLocale, translationsFormat } from './translations-format.ts';

/** Where each collection's files live, relative to the repository root. */
export const contentFolder = 'content';

/** The two admins: connectors keep listings correct; young editors write articles. */
export const connectorCollections = [
  'services',
  'organisations',
  'grants',
  'localities',
  'guides',
  'pages',
  'glossary',
  'feedback',
] as const satisfies readonly CollectionName[];
export const youngEditorCollections = ['articles'] as const satisfies readonly CollectionName[];

/**
 * Collections deliberately left out of the CMS: none now. Local crisis lines (urgent numbers shown on
 * every help page) are safety-critical, so they are area settings (`crisisLines` in area/area.config.ts)
 * that change only through a reviewed pull request, never from the CMS.
 */
export const collectionsOutsideCms = [] as const satisfies readonly CollectionName[];

/** Collections with a "last checked" date: listed most overdue first. */
export const reviewedCollections: readonly CollectionName[] = ['services', 'grants'];

/** The custom widget (src/cms/widgets/ReviewDateControl.tsx) behind "Mark as checked today". */
export const reviewDateWidget = 'review-date';

const collectionLabels: Record<
  Exclude<CollectionName, (typeof collectionsOutsideCms)[number]>,
  { label: string; singular: string; description: string }
> = {
  services: {
    label: 'Services and groups',
    singular: 'Service or group',
    description: 'Services, programmes, community groups and activities. The oldest checked come first.',
  },
  organisations: {
    label: 'Organisations',
    singular: 'Organisation',
    description: 'The organisations that run services and fund grants.',
  },
  grants: {
    label: 'Grants',
    singular: 'Grant',
    description: 'Grants and funds for families, young people and community groups. The oldest checked come first.',
  },
  localities: { label: 'Localities', singular: 'Locality', description: 'The ten Early Help localities.' },
  articles: {
    label: 'Articles',
    singular: 'Article',
    description: 'Articles by young editors. A reviewer checks each one before it goes live.',
  },
  guides: { label: 'Guides', singular: 'Guide', description: 'Explainers for families and professionals.' },
  glossary: {
    label: 'Plain words (glossary)',
    singular: 'Glossary entry',
    description: 'Jargon explained in plain words. The first use of each term on a page links to its entry.',
  },
  pages: {
    label: 'Pages',
    singular: 'Page',
    description: 'About, accessibility statement, privacy notice and the like.',
  },
  feedback: {
    label: 'You said, we did',
    singular: 'Comment and action',
    description: 'Comments about the Local Offer and what was done about them (SEND Regulations 2014).',
  },
};

/** Text fields that get a multi-line box rather than a single line. */
const longText = new Set([
  'summary',
  'source',
  'applicationProcess',
  'eligibilityDescription',
  'howToApply',
  'accessibility',
  'interpretationServices',
  'communityNotes',
  'contentNote',
  'youSaid',
  'weDid',
  'cost.detail',
  'amount.detail',
  'schedule.note',
]);

/** Fields holding the id of another entry: a relation widget searches that collection by name. */
const references: Record<string, { collection: CollectionName; searchFields: string[]; displayField: string }> = {
  organisation: { collection: 'organisations', searchFields: ['name', 'alternateName'], displayField: 'name' },
  funder: { collection: 'organisations', searchFields: ['name', 'alternateName'], displayField: 'name' },
  leadOrganisation: { collection: 'organisations', searchFields: ['name', 'alternateName'], displayField: 'name' },
  relatedServices: { collection: 'services', searchFields: ['name', 'keywords'], displayField: 'name' },
};

/**
 * Number fields that must not be above another field of the entry (the schema's refinement,
 * checked on the field by src/cms/widgets/NotAboveNumberControl.tsx).
 */
const notAbove: Record<string, string> = { minimumAge: 'maximumAge' };

/** The custom widget behind those checks. */
export const notAboveWidget = 'number-not-above';

/** Coordinates need six decimal places (about 10 cm). */
const coordinates = new Set(['locations.latitude', 'locations.longitude']);

/** Dates are written as YYYY-MM-DD, as the existing files are; the picker is a plain date input. */
const dateOnly = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false } as const;

/**
 * New entries start with these values where the schema has no default of its own. Not
 * "Last checked": a new listing is checked only when someone presses "Mark as checked today".
 */
const newEntryDefaults: Record<string, unknown> = {
  publishedDate: '{{now}}',
  updated: '{{now}}',
  received: '{{now}}',
  responded: '{{now}}',
};

/**
 * Fields kept in the file but not shown in the form. The checker's role is typed once, beside
 * "Mark as checked today", which sets it. An article's status is its place in the editorial
 * workflow (Draft, In review, Ready on a branch; Published once merged): every article the
 * workflow writes says `published`, so publishing it is what makes it live.
 */
const hiddenFields: Record<string, { default?: unknown }> = {
  assurerRole: {},
  importHash: {},
  'articles.status': { default: 'published' },
};

const termLists = (Object.values(taxonomy) as unknown[]).filter(
  (value): value is readonly TermDefinition[] =>
    Array.isArray(value) && value.every((term) => typeof term === 'object' && term !== null && 'value' in term),
);

/** The taxonomy list whose values are exactly the enum's values, for its labels. */
export function termListFor(options: readonly string[]): readonly TermDefinition[] {
  const wanted = [...options].sort().join('\n');
  const list = termLists.find(
    (terms) =>
      terms
        .map((term) => term.value)
        .sort()
        .join('\n') === wanted,
  );
  if (!list)
    throw new Error(`no taxonomy list in src/schemas/taxonomy.ts has exactly the values ${options.join(', ')}`);
  return list;
}

function selectOptions(options: readonly string[]): { label: string; value: string }[] {
  const terms = termListFor(options);
  return options.map((value) => {
    const term = terms.find((candidate) => candidate.value === value);
    // Languages are listed in English and in their own script: "Urdu (اردو)".
    const nativeName =
      term && 'nativeName' in term && term.nativeName !== term.label ? ` (${String(term.nativeName)})` : '';
    return { value, label: `${term?.label ?? value}${nativeName}` };
  });
}

function lengthRule(facts: FieldFacts): [string, string] | undefined {
  if (facts.pattern) {
    return [facts.pattern.source, 'is not in the right format: see the hint below the field'];
  }
  if (facts.format === 'email') return ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'must be an email address'];
  if (facts.format === 'url') return ['^https?://\\S+$', 'must be a full web address starting with https://'];
  const min = facts.minLength ?? 0;
  const max = facts.maxLength;
  // Zod trims first; Decap checks the raw text. A length of 1 is what "required" already checks.
  if (min <= 1 && max === undefined) return undefined;
  const message =
    max === undefined
      ? `must be at least ${String(min)} characters`
      : min <= 1
        ? `must be ${String(max)} characters or fewer`
        : `must be between ${String(min)} and ${String(max)} characters`;
  return [`^\\s*\\S[\\s\\S]{${String(Math.max(min - 1, 0))},${max === undefined ? '' : String(max - 1)}}$`, message];
}

/** Patterns zod applies after changing the text (postcodes are upper-cased first). */
const patternOverrides: Record<string, [string, string]> = {
  'locations.postcode': [
    '^\\s*[A-Za-z]{1,2}\\d[A-Za-z\\d]?(?: ?\\d[A-Za-z]{2})?\\s*$',
    'must be a UK postcode, e.g. B1 1BB',
  ],
  author: ['^[A-Za-z][A-Za-z_-]{1,29}$', 'must be one word of letters, with no spaces or numbers'],
};

export interface BuildOptions {
  /** Replace relation widgets to services with a select of these (id, name) pairs. */
  serviceChoices?: readonly { id: string; name: string }[];
  /**
   * False where saves cannot wait for review (decap-server in plain mode, outside a git clone):
   * articles are saved straight to content/ and their status is chosen in the form, Draft first.
   */
  articleReview?: boolean;
  /**
   * Content translations through Decap's i18n (src/cms/translations-format.ts). On unless set
   * to false (docs/cms.md, "Translations").
   */
  contentTranslations?: boolean;
}

/** True unless content translations are switched off in the options. */
const translationsOn = (options: BuildOptions): boolean => options.contentTranslations !== false;

function toDecapField(
  collection: CollectionName,
  path: string,
  name: string,
  facts: FieldFacts,
  options: BuildOptions,
): CmsField {
  const text = textFor(collection, path);
  if (!text) {
    throw new Error(`${collection}.${path} has no label and hint in src/cms/field-text.ts: add them`);
  }
  const base = { name, label: text.label, hint: text.hint };
  // Scalars with a zod default are required in the CMS with that default pre-filled, so the
  // file always holds a value (Decap writes "" for a cleared select or number, which the schema refuses).
  const hasScalarDefault = facts.defaultValue !== undefined && ['string', 'number', 'enum'].includes(facts.kind);
  const required = facts.required || hasScalarDefault;
  const shownWithoutReview = collection === 'articles' && path === 'status' && options.articleReview === false;
  const defaultValue =
    (shownWithoutReview ? 'draft' : undefined) ??
    newEntryDefaults[`${collection}.${path}`] ??
    newEntryDefaults[path] ??
    (hasScalarDefault ? facts.defaultValue : undefined);
  const common = { ...base, required, ...(defaultValue === undefined ? {} : { default: defaultValue }) };
  const reference = references[path];
  const hidden = shownWithoutReview ? undefined : (hiddenFields[`${collection}.${path}`] ?? hiddenFields[path]);
  if (hidden) return { ...base, widget: 'hidden', required, ...hidden } as CmsField;

  switch (facts.kind) {
    case 'string': {
      if (reference) {
        return {
          ...common,
          widget: 'relation',
          collection: reference.collection,
          value_field: '{{slug}}',
          search_fields: reference.searchFields,
          display_fields: [reference.displayField],
        } as CmsField;
      }
      const pattern = patternOverrides[path] ?? lengthRule(facts);
      return {
        ...common,
        widget: longText.has(path) ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
      } as CmsField;
    }
    case 'number': {
      const step = facts.integer ? 1 : coordinates.has(path) ? 0.000001 : 0.01;
      const min = facts.min === undefined ? undefined : facts.minExclusive ? facts.min + step : facts.min;
      const partner = notAbove[path];
      return {
        ...common,
        widget: 'number',
        ...(partner
          ? {
              widget: notAboveWidget,
              not_above: partner,
              not_above_label: textFor(collection, partner)?.label ?? partner,
            }
          : {}),
        value_type: facts.integer ? 'int' : 'float',
        ...(min === undefined ? {} : { min }),
        ...(facts.max === undefined ? {} : { max: facts.max }),
        step,
      } as CmsField;
    }
    case 'boolean':
      // A yes/no with no default in the schema is "not known" until an editor ticks it: no default written.
      return {
        ...base,
        widget: 'boolean',
        required: false,
        ...(facts.defaultValue === undefined ? {} : { default: facts.defaultValue === true }),
      } as CmsField;
    case 'date':
      if (path === 'assuredDate') return { ...common, ...dateOnly, widget: reviewDateWidget } as CmsField;
      return { ...common, ...dateOnly } as CmsField;
    case 'enum':
      return { ...common, widget: 'select', options: selectOptions(facts.options ?? []) } as CmsField;
    case 'enum-list':
      return {
        ...common,
        widget: 'select',
        multiple: true,
        options: selectOptions(facts.options ?? []),
        ...(facts.minItems ? { min: facts.minItems } : {}),
        ...(required ? {} : { default: [] }),
      } as CmsField;
    case 'string-list': {
      if (reference) {
        if (reference.collection === 'services' && options.serviceChoices) {
          return {
            ...common,
            widget: 'select',
            multiple: true,
            options: options.serviceChoices.map((service) => ({ value: service.id, label: service.name })),
            default: [],
          } as CmsField;
        }
        return {
          ...common,
          widget: 'relation',
          collection: reference.collection,
          value_field: '{{slug}}',
          search_fields: reference.searchFields,
          display_fields: [reference.displayField],
          multiple: true,
          default: [],
        } as CmsField;
      }
      const item = facts.item ? lengthRule(facts.item) : undefined;
      return {
        ...common,
        widget: 'list',
        default: [],
        field: { name: 'item', label: text.label, widget: 'string', ...(item ? { pattern: item } : {}) },
      } as CmsField;
    }
    case 'object':
      return {
        ...common,
        widget: 'object',
        // Optional groups (contact, opening times) stay folded so the check is reached quickly.
        collapsed: !required,
        fields: fieldsOf(collection, facts.fields ?? {}, `${path}.`, options),
      } as CmsField;
    case 'object-list':
      return {
        ...common,
        widget: 'list',
        collapsed: true,
        // Without a default Decap starts new entries with one empty item.
        ...(required ? {} : { default: [] }),
        ...(facts.minItems ? { min: facts.minItems } : {}),
        fields: fieldsOf(collection, facts.fields ?? {}, `${path}.`, options),
      } as CmsField;
  }
}

function fieldsOf(
  collection: CollectionName,
  fields: Record<string, FieldFacts>,
  prefix: string,
  options: BuildOptions,
): CmsField[] {
  const names = prefix === '' ? inFormOrder(collection, Object.keys(fields)) : Object.keys(fields);
  return names.map((name) => toDecapField(collection, `${prefix}${name}`, name, fields[name] as FieldFacts, options));
}

/** The CMS fields of one collection, generated from its zod schema (plus the markdown body). */
export function collectionFields(
  collection: CollectionName,
  options: BuildOptions = {},
  schema: unknown = collectionSchemas[collection],
): CmsField[] {
  // `translations` is not a field of the form: Decap's i18n edits it as each language's own
  // copy of the translated fields (src/cms/translations-format.ts).
  const { translations: _translations, ...schemaFields } = describeObject(schema);
  const fields = fieldsOf(collection, schemaFields, '', options);
  if (collectionsWithBody.includes(collection)) {
    const text = textFor(collection, 'body');
    fields.push({
      name: 'body',
      label: text?.label ?? 'Body',
      hint: text?.hint ?? '',
      widget: 'markdown',
      required: true,
    });
  }
  const translated: readonly string[] =
    translationsOn(options) && isTranslated(collection) ? translatedFields[collection] : [];
  return fields.map((field) => (translated.includes(field.name) ? ({ ...field, i18n: true } as CmsField) : field));
}

/** True for a collection whose entries are translated (src/schemas/translations.ts). */
export function isTranslated(collection: string): collection is TranslatedCollection {
  return Object.hasOwn(translatedFields, collection);
}

function identifierOf(collection: CollectionName): string {
  const fields = Object.keys(describeObject(collectionSchemas[collection]));
  if (fields.includes('name')) return 'name';
  if (fields.includes('title')) return 'title';
  return fields.includes('term') ? 'term' : 'youSaid';
}

/**
 * The list line of a checked collection: the name and when it was last checked ("Kooth (last
 * checked 2026-11-01)"), or "(not checked yet)" for an entry without a date, such as an imported
 * draft. Decap's template allows one filter per variable and its `date` filter writes "Invalid
 * Date" for a missing date, so the words come from `ternary` and the date is shown as the file
 * stores it.
 */
export function reviewedSummary(identifier: string): string {
  return `{{${identifier}}}{{assuredDate | ternary(' (last checked ', ' (not checked yet')}}{{assuredDate}})`;
}

/** One Decap collection: a folder of markdown files with front matter. */
export function decapCollection(
  collection: Exclude<CollectionName, (typeof collectionsOutsideCms)[number]>,
  options: BuildOptions = {},
): CmsCollection {
  const labels = collectionLabels[collection];
  const identifier = identifierOf(collection);
  const reviewed = reviewedCollections.includes(collection);
  const fieldNames = Object.keys(describeObject(collectionSchemas[collection]));
  const filters: CmsCollection['view_filters'] = [];
  if (fieldNames.includes('status')) {
    const statusField = describeObject(collectionSchemas[collection]).status;
    for (const option of selectOptions(statusField?.options ?? [])) {
      filters.push({ label: option.label, field: 'status', pattern: `^${option.value}$` });
    }
  }
  return {
    name: collection,
    label: labels.label,
    label_singular: labels.singular,
    description: labels.description,
    folder: `${contentFolder}/${collection}`,
    extension: 'md',
    // A translated collection is edited in every content language side by side (Decap's i18n),
    // its files kept in their own shape by the translations format.
    ...(translationsOn(options) && isTranslated(collection)
      ? { format: translationsFormat, i18n: true }
      : { format: 'frontmatter' }),
    create: true,
    delete: true,
    identifier_field: identifier,
    // File names are entry ids: lower-case words and hyphens (see slug rules in the CMS config).
    slug: collection === 'feedback' ? '{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}' : '{{slug}}',
    preview_path:
      collection === 'feedback'
        ? undefined
        : collection === 'glossary'
          ? 'glossary/#{{slug}}'
          : `${collection}/{{slug}}/`,
    summary: reviewed ? reviewedSummary(identifier) : `{{${identifier}}}`,
    sortable_fields: reviewed
      ? [{ field: 'assuredDate', label: 'Last checked', default_sort: 'asc' }, identifier]
      : [identifier],
    ...(reviewed
      ? {
          view_groups: [
            { label: 'Year last checked', field: 'assuredDate', pattern: '\\d{4}' },
            // With the "Draft: needs review" filter: the drafts to finish, locality by locality. Decap
            // groups by the field's text, which for a list is 'List [ "north-fixton", ... ]': the
            // pattern takes the first locality, so each draft sits under one readable heading.
            { label: 'Locality', field: 'localities', pattern: '(?<=\\[ ")[a-z0-9-]+' },
          ],
        }
      : {}),
    ...(filters.length > 0 ? { view_filters: filters } : {}),
    fields: collectionFields(collection, options),
  } as CmsCollection;
}

export type AdminRole = 'connectors' | 'young-editors';

export interface AdminConfigOptions extends BuildOptions {
  backend: CmsBackend;
  /** The decap-server URL used when the admin runs on localhost (npm run cms, the browser tests). */
  localBackendUrl?: string;
  siteUrl?: string;
}

/** The whole configuration for one admin, passed to CMS.init with load_config_file: false. */
export function adminConfig(role: AdminRole, options: AdminConfigOptions): CmsConfig {
  const collections = role === 'connectors' ? connectorCollections : youngEditorCollections;
  return {
    load_config_file: false,
    backend: options.backend,
    // Decap only uses this on localhost or 127.0.0.1, and only when decap-server answers.
    local_backend: options.localBackendUrl ? { url: options.localBackendUrl } : true,
    // Articles wait for review on a branch (draft, in review, ready) before they reach the site.
    publish_mode: role === 'young-editors' && options.articleReview !== false ? 'editorial_workflow' : 'simple',
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    locale: 'en',
    // Decap's i18n for content translations: one file per entry (single_file), read and written
    // in the files' own shape by src/cms/translations-format.ts; collections opt in with `i18n: true`.
    ...(translationsOn(options)
      ? { i18n: { structure: 'single_file', locales: [...contentLocales], default_locale: sourceLocale } }
      : {}),
    media_folder: 'public/media',
    public_folder: '/media',
    // File names become URLs and ids: ASCII, lower case (Decap lower-cases slugs), hyphens only.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: collections.map((collection) => decapCollection(collection, options)),
  };
}
