/**
 * The CMS configuration against the zod schemas, field by field: names, required
 * flags, option lists and types. The checks ask zod itself (does it accept this
 * value? does it refuse a missing one?) rather than re-reading the generator's
 * own description, so a generator bug cannot hide behind itself.
 */
import { describe, expect, it } from 'vitest';
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { compileStringTemplate } from 'decap-cms-lib-widgets/dist/esm/stringTemplate.js';
import { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import { collectionSchemas, collectionsWithBody, serviceSchema, type CollectionName } from '../../src/schemas/index.ts';
import { termLabel } from '../../src/schemas/taxonomy.ts';
import {
  adminConfig,
  collectionFields,
  collectionsOutsideCms,
  connectorCollections,
  isTranslated,
  notAboveWidget,
  reviewDateWidget,
  termListFor,
  youngEditorCollections,
} from '../../src/cms/config.ts';
import { fieldText } from '../../src/cms/field-text.ts';
import { fileFieldOrder } from '../../src/schemas/form-order.ts';
import { translationsFormat } from '../../src/cms/translations-format.ts';
import { shapeOf, unwrap, type ZodLike } from '../../src/cms/zod-fields.ts';

type Field = CmsField & Record<string, unknown>;

const backend = { name: 'test-repo' as const };
const connectors = adminConfig('connectors', { backend });
const youngEditors = adminConfig('young-editors', {
  backend,
  serviceChoices: [{ id: 'kooth', name: 'Kooth' }],
});

const accepts = (schema: ZodLike, value: unknown) => schema.safeParse(value).success;

/** The allowed values of an enum, read from zod's own definition. */
function enumValues(schema: ZodLike): string[] {
  const inner = unwrap(schema);
  const element = inner._zod.def.type === 'array' && inner._zod.def.element ? unwrap(inner._zod.def.element) : inner;
  return Object.values(element._zod.def.entries ?? {});
}

/** Checks the CMS fields of one object level against its zod shape, recursing into objects and lists. */
function checkLevel(
  collection: string,
  path: string,
  schema: unknown,
  fields: readonly Field[],
  allCollections: string[],
) {
  // Translations are written in the file, not edited as a field (docs/cms.md, "Translations").
  const { translations: _translations, ...shape } = shapeOf(schema);
  // The same fields; their order is the form's (src/schemas/form-order.ts), checked below.
  expect(
    fields
      .map((field) => field.name)
      .filter((name) => !(path === '' && name === 'body'))
      .sort(),
  ).toEqual(Object.keys(shape).sort());

  for (const [name, sub] of Object.entries(shape)) {
    const where = `${collection}.${path}${name}`;
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) throw new Error(`${where} is missing from the CMS`);
    expect(field.label, where).toBeTruthy();
    expect(field.hint, where).toBeTruthy();

    // Required: a field zod requires is required in the CMS. A field the CMS requires but zod
    // does not must be pre-filled with a default that zod accepts (kind, order).
    const zodRequired = !accepts(sub, undefined);
    if (zodRequired) expect(field.required, `${where} required`).not.toBe(false);
    else if (field.required !== false && field.widget !== 'boolean') {
      expect(field.default, `${where} is required in the CMS only, so needs a default`).toBeDefined();
      expect(accepts(sub, field.default), `${where} default`).toBe(true);
    }

    switch (field.widget) {
      case 'select': {
        const options = (field.options as { value: string; label: string }[]) ?? [];
        const values = options.map((option) => option.value);
        if (field.multiple) {
          for (const value of values) expect(accepts(sub, [value]), `${where}: ${value}`).toBe(true);
          // Services offered by id (young editors) are slugs: any slug passes the schema, the build checks it exists.
          expect(accepts(sub, [name === 'relatedServices' ? 'Not A Slug' : 'not-a-real-option']), where).toBe(false);
          expect(accepts(sub, []), `${where}: empty list`).toBe(!((field.min as number | undefined) ?? 0));
        } else {
          for (const value of values) expect(accepts(sub, value), `${where}: ${value}`).toBe(true);
          expect(accepts(sub, 'not-a-real-option'), where).toBe(false);
        }
        if (name !== 'relatedServices') {
          expect([...values].sort(), `${where} options`).toEqual([...enumValues(sub)].sort());
          const terms = termListFor(values);
          // Languages are labelled in English and in their own script: "Urdu (اردو)".
          for (const option of options) expect(option.label.startsWith(termLabel(terms, option.value))).toBe(true);
        }
        break;
      }
      case 'relation':
        expect(field.value_field).toBe('{{slug}}');
        expect(allCollections, `${where} points at a collection of the same admin`).toContain(field.collection);
        expect(accepts(sub, field.multiple ? ['kooth'] : 'kooth'), where).toBe(true);
        expect(accepts(sub, field.multiple ? ['Not A Slug'] : 'Not A Slug'), where).toBe(false);
        break;
      case 'hidden':
        // Kept in the file, not shown: the checker's role (typed beside "Mark as checked today"),
        // the import's hash, and an article's status (its place in the editorial workflow).
        expect(['assurerRole', 'importHash', 'status'], where).toContain(name);
        if (field.default !== undefined) expect(accepts(sub, field.default), `${where} default`).toBe(true);
        break;
      case notAboveWidget:
      case 'number': {
        // "Youngest age" is a number field that also names the field it must not be above.
        if (field.widget === notAboveWidget) expect(Object.keys(shape), `${where} partner`).toContain(field.not_above);
        const inRange = typeof field.min === 'number' ? field.min : typeof field.max === 'number' ? field.max : 20;
        expect(accepts(sub, inRange), where).toBe(true);
        expect(accepts(sub, 'abc'), where).toBe(false);
        if (typeof field.min === 'number') {
          expect(accepts(sub, field.min - 1), `${where} below min`).toBe(false);
        }
        if (typeof field.max === 'number') {
          expect(accepts(sub, field.max), `${where} at max`).toBe(true);
          expect(accepts(sub, field.max + 1), `${where} above max`).toBe(false);
        }
        if (field.value_type === 'int') expect(accepts(sub, 1.5), `${where} whole number`).toBe(false);
        break;
      }
      case 'boolean':
        expect(accepts(sub, true), where).toBe(true);
        expect(accepts(sub, 'yes'), where).toBe(false);
        break;
      case 'datetime':
      case reviewDateWidget:
        expect(field.format).toBe('YYYY-MM-DD');
        expect(field.time_format).toBe(false);
        expect(accepts(sub, '2026-01-31'), where).toBe(true);
        expect(accepts(sub, 'not a date'), where).toBe(false);
        break;
      case 'string':
      case 'text':
        expect(unwrap(sub)._zod.def.type, where).toBe('string');
        expect(accepts(sub, 42), where).toBe(false);
        if (Array.isArray(field.pattern)) {
          expect(() => new RegExp(String(field.pattern?.[0])), where).not.toThrow();
        }
        break;
      case 'object':
        checkLevel(collection, `${path}${name}.`, sub, field.fields as Field[], allCollections);
        break;
      case 'list': {
        const inner = unwrap(sub);
        expect(inner._zod.def.type, where).toBe('array');
        if (field.fields) {
          checkLevel(collection, `${path}${name}.`, inner._zod.def.element, field.fields as Field[], allCollections);
        } else {
          expect((field.field as Field | undefined)?.widget, where).toBe('string');
          expect(accepts(sub, ['Urdu', 'Polish']), where).toBe(true);
        }
        break;
      }
      default:
        throw new Error(`${where}: unexpected widget ${String(field.widget)}`);
    }
  }
}

describe('the CMS configuration is generated from the zod schemas', () => {
  for (const [admin, config] of [
    ['connectors', connectors],
    ['young editors', youngEditors],
  ] as const) {
    const names = config.collections.map((collection) => collection.name);
    for (const collection of config.collections) {
      it(`${admin}: ${collection.name} has every schema field with the same name, required flag, options and type`, () => {
        const schema = collectionSchemas[collection.name as CollectionName];
        checkLevel(collection.name, '', schema, collection.fields as Field[], names);
        const body = (collection.fields as Field[]).find((field) => field.name === 'body');
        expect(Boolean(body)).toBe(collectionsWithBody.includes(collection.name as CollectionName));
        if (body) expect(body.widget).toBe('markdown');
        expect(collection.folder).toBe(`content/${collection.name}`);
        // Content translations through Decap's i18n are on by default (tests/unit/cms-translations.test.ts):
        // the translated collections are read and written by the translations format.
        expect(collection.format).toBe(isTranslated(collection.name) ? translationsFormat : 'frontmatter');
      });
    }
  }

  it('gives connectors every listing collection and young editors only articles, through review', () => {
    expect(connectors.collections.map((collection) => collection.name)).toEqual([...connectorCollections]);
    expect(youngEditors.collections.map((collection) => collection.name)).toEqual(['articles']);
    expect([...youngEditorCollections]).toEqual(['articles']);
    expect(connectors.publish_mode).toBe('simple');
    expect(youngEditors.publish_mode).toBe('editorial_workflow');
    expect(connectors.load_config_file).toBe(false);
  });

  it('covers every collection of the content model in one admin or the other, or says why not', () => {
    const covered = [...connectorCollections, ...youngEditorCollections, ...collectionsOutsideCms].sort();
    expect(covered).toEqual(Object.keys(collectionSchemas).sort());
  });

  it('lists services and grants most overdue first, and offers "Mark as checked today"', () => {
    for (const name of ['services', 'grants']) {
      const collection = connectors.collections.find((candidate) => candidate.name === name);
      expect(collection?.sortable_fields?.[0]).toEqual({
        field: 'assuredDate',
        label: 'Last checked',
        default_sort: 'asc',
      });
      const assured = (collection?.fields as Field[]).find((field) => field.name === 'assuredDate');
      expect(assured?.widget).toBe(reviewDateWidget);
    }
  });

  it('says when each listing was last checked in the list, and "not checked yet" for a draft without a date', () => {
    // The list line as Decap makes it (summaryFormatter: its string template, no inferred date field).
    const line = (template: string | undefined, data: Record<string, unknown>) =>
      compileStringTemplate(template ?? '', null, 'entry', fromJS(data) as ImmutableMap<string, unknown>);
    for (const name of ['services', 'grants']) {
      const { summary } = connectors.collections.find((candidate) => candidate.name === name) ?? {};
      expect(line(summary, { name: 'Fixton Parent Cafe', assuredDate: '2026-09-15' }), name).toBe(
        'Fixton Parent Cafe (last checked 2026-09-15)',
      );
      expect(line(summary, { name: 'North Draft Club', status: 'draft' }), name).toBe(
        'North Draft Club (not checked yet)',
      );
      expect(line(summary, { name: 'Emptied Date', assuredDate: '' }), name).toBe('Emptied Date (not checked yet)');
    }
    // What the list said before: Decap's date filter on a missing date.
    expect(line("{{name}} ({{assuredDate | date('D MMM YYYY')}})", { name: 'Draft' })).toBe('Draft (Invalid Date)');
  });

  it('tells young editors the pen name rule in the author hint', () => {
    const author = (youngEditors.collections[0]?.fields as Field[]).find((field) => field.name === 'author');
    expect(author?.hint).toContain('never your full name or your age');
    expect(author?.label).toBe('Your pen name');
  });

  it('fails when a schema gains a field the CMS has no label and hint for', () => {
    const withNewField = z.object({ ...shapeOf(serviceSchema), parkingNotes: z.string() } as z.ZodRawShape);
    expect(() => collectionFields('services', {}, withNewField)).toThrow(/services\.parkingNotes has no label/);
  });

  it('fails when a schema gains a kind of field the generator does not understand', () => {
    const withNewField = z.object({ ...shapeOf(serviceSchema), openedAt: z.bigint() } as z.ZodRawShape);
    expect(() => collectionFields('services', {}, withNewField)).toThrow(/not supported by the CMS generator/);
  });

  it('keeps no labels for fields that no longer exist', () => {
    const used = new Set<string>();
    const visit = (collection: string, prefix: string, fields: readonly Field[]) => {
      for (const field of fields) {
        const path = `${prefix}${field.name}`;
        used.add(path);
        used.add(`${collection}.${path}`);
        if (Array.isArray(field.fields)) visit(collection, `${path}.`, field.fields as Field[]);
      }
    };
    for (const collection of [...connectors.collections, ...youngEditors.collections]) {
      visit(collection.name, '', collection.fields as Field[]);
    }
    expect(Object.keys(fieldText).filter((key) => !used.has(key))).toEqual([]);
  });

  it("puts a service's essentials first, then where and when, contact, the check, and the optional extras last", () => {
    const services = connectors.collections.find((collection) => collection.name === 'services');
    const fields = services?.fields as Field[];
    const names = fields.map((field) => field.name);
    expect(names.slice(0, 3)).toEqual(['name', 'summary', 'organisation']);
    const at = (name: string) => names.indexOf(name);
    for (const essential of ['categories', 'audiences', 'applicationProcess', 'accessRoutes', 'cost']) {
      expect(at(essential), essential).toBeLessThan(at('localities'));
    }
    expect(at('localities')).toBeLessThan(at('contact'));
    expect(at('contact')).toBeLessThan(at('status'));
    expect([at('status'), at('assuredDate'), at('source')]).toEqual([at('status'), at('status') + 1, at('status') + 3]);
    // Every optional extra comes after the check, so it is reached without scrolling past them.
    for (const optional of ['needs', 'eligibilityDescription', 'languages', 'keywords', 'outcomes', 'endDate']) {
      expect(at(optional), optional).toBeGreaterThan(at('source'));
    }
    // Optional groups are folded; what it costs stays open.
    const byName = (name: string) => fields.find((field) => field.name === name);
    expect(byName('contact')?.collapsed).toBe(true);
    expect(byName('schedule')?.collapsed).toBe(true);
    expect(byName('cost')?.collapsed).toBe(false);
    // Translations are written in the file (last) but not edited in the form (docs/cms.md, "Translations").
    expect([...fileFieldOrder('services').filter((name) => name !== 'translations'), 'body']).toEqual(names);
  });

  it("asks for the checker's role once, and leaves a new listing unchecked until someone checks it", () => {
    for (const name of ['services', 'grants']) {
      const fields = connectors.collections.find((collection) => collection.name === name)?.fields as Field[];
      const role = fields.find((field) => field.name === 'assurerRole');
      expect(role?.widget).toBe('hidden');
      const assured = fields.find((field) => field.name === 'assuredDate');
      expect(assured?.default, name).toBeUndefined();
      expect(assured?.required, name).not.toBe(false);
    }
  });

  it("checks youngest against oldest age on the field, in the form's words", () => {
    const fields = connectors.collections.find((collection) => collection.name === 'services')?.fields as Field[];
    const youngest = fields.find((field) => field.name === 'minimumAge');
    expect(youngest?.widget).toBe(notAboveWidget);
    expect(youngest?.not_above).toBe('maximumAge');
    expect(youngest?.not_above_label).toBe('Oldest age');
  });

  it("gives articles one publishing state: the workflow's, or the form's where there is no review step", () => {
    const status = (config: typeof youngEditors) =>
      (config.collections[0]?.fields as Field[]).find((field) => field.name === 'status');
    expect(status(youngEditors)).toMatchObject({ widget: 'hidden', default: 'published' });
    const plain = adminConfig('young-editors', { backend, articleReview: false });
    expect(plain.publish_mode).toBe('simple');
    expect(status(plain)).toMatchObject({ widget: 'select', default: 'draft' });
  });
});
