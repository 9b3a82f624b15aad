/**
 * Content translations in the CMS: Decap's own i18n (structure single_file) edits each translated
 * collection side by side in every content language, and the translations format
 * (src/cms/translations-format.ts) keeps the files in their shape (`translations.<code>`). The
 * round trip runs Decap's own i18n code (decap-cms-core lib/i18n: how it reads an entry into
 * locales and how it assembles the file it saves), on a translated fixture file.
 */
import { readFileSync } from 'node:fs';
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CmsField } from 'decap-cms-core';
import { adminConfig } from '../../src/cms/config.ts';
import {
  contentLocales,
  fromFile,
  sourceLocale,
  toFile,
  translationsFormat,
} from '../../src/cms/translations-format.ts';
import { contentLanguages, translatedFields } from '../../src/schemas/translations.ts';
import { asDecapWrites } from '../../src/lib/content/decap-form.ts';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';
import { fileFieldOrder } from '../../src/schemas/form-order.ts';
import { serviceSchema } from '../../src/schemas/services.ts';
import { homeMarkdown } from '../support/rehome.ts';

const connectors = adminConfig('connectors', { backend: { name: 'test-repo' } });
const withoutTranslations = adminConfig('connectors', { backend: { name: 'test-repo' }, contentTranslations: false });
const collectionNamed = (name: string) => connectors.collections.find((collection) => collection.name === name);

describe('the CMS configuration for content translations', () => {
  it("turns on Decap's i18n by default, in one file per entry, English first and every content language after", () => {
    expect(connectors.i18n).toEqual({
      structure: 'single_file',
      locales: ['en', ...contentLanguages],
      default_locale: 'en',
    });
    expect(contentLocales).toEqual(['en', ...contentLanguages]);
  });

  it('edits exactly the translated fields of each translated collection in the other languages', () => {
    for (const [name, fields] of Object.entries(translatedFields)) {
      const collection = collectionNamed(name);
      if (!collection) continue; // a collection outside this admin
      expect(collection.i18n, name).toBe(true);
      expect(collection.format, name).toBe(translationsFormat);
      const translatable = (collection.fields ?? [])
        .filter((field: CmsField & { i18n?: unknown }) => field.i18n === true)
        .map((field) => field.name)
        .sort();
      expect(translatable, name).toEqual([...fields].sort());
    }
    expect(collectionNamed('services')).toBeDefined();
  });

  it('can be switched off: the admin then keeps plain front matter and no i18n', () => {
    expect(withoutTranslations.i18n).toBeUndefined();
    for (const collection of withoutTranslations.collections) {
      expect(collection.format, collection.name).toBe('frontmatter');
      expect(collection.i18n, collection.name).toBeUndefined();
    }
  });

  it('leaves the collections that are not translated as plain front matter', () => {
    const grants = collectionNamed('grants');
    expect(grants?.format).toBe('frontmatter');
    expect(grants?.i18n).toBeUndefined();
    expect((grants?.fields ?? []).some((field: CmsField & { i18n?: unknown }) => field.i18n !== undefined)).toBe(false);
  });
});

// Decap's i18n module imports its whole store for one helper that listing several entries uses;
// as in Decap's own test of this module (lib/__tests__/i18n.spec.js), that import is stubbed.
vi.mock('decap-cms-core/dist/esm/reducers/collections.js', () => ({ selectEntrySlug: () => 'index' }));
type DecapI18n = typeof import('decap-cms-core/dist/esm/lib/i18n.js');
let getI18nEntry: DecapI18n['getI18nEntry'];
let getI18nFiles: DecapI18n['getI18nFiles'];
let serializeI18n: DecapI18n['serializeI18n'];

beforeAll(async () => {
  ({ getI18nEntry, getI18nFiles, serializeI18n } = await import('decap-cms-core/dist/esm/lib/i18n.js'));
});

describe("a translated file through Decap's i18n", () => {
  const path = 'content/services/fixture-urdu-parent-group.md';
  // The file as the CMS writes it (content is kept in that form: npm run content:normalise).
  const text = asDecapWrites(
    'services',
    // Moved into this copy's area, so the saved file is still a valid listing in a fork.
    homeMarkdown(readFileSync('tests/fixtures/languages-content/services/fixture-urdu-parent-group.md', 'utf8')),
  );
  const order = [...fileFieldOrder('services').filter((name) => name !== 'translations'), 'body'];
  const collection = fromJS({
    name: 'services',
    i18n: { structure: 'single_file', locales: [...contentLocales], default_locale: 'en' },
  });

  async function openInDecap() {
    return getI18nEntry(collection, 'md', path, 'fixture-urdu-parent-group', async () => ({
      data: fromFile(text),
      path,
      raw: text,
      slug: 'fixture-urdu-parent-group',
    }));
  }

  function saveFromDecap(entry: { data: unknown; i18n?: unknown }): string {
    const draft = fromJS({ data: entry.data, i18n: entry.i18n ?? {} });
    const files = getI18nFiles(
      collection,
      'md',
      draft,
      (saved) => toFile((saved.get('data') as ImmutableMap<string, unknown>).toJS() as Record<string, unknown>, order),
      path,
      'fixture-urdu-parent-group',
    );
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file?.path).toBe(path);
    return file?.raw ?? '';
  }

  it('opens with the English fields as the entry and the Urdu summary in the Urdu pane', async () => {
    const entry = await openInDecap();
    const english = entry.data as Record<string, unknown>;
    expect(english.name).toBe('Fixture Urdu Parent Group');
    expect(english.translations).toBeUndefined();
    expect(String(english.body)).toContain('A made-up group.');
    expect((entry.i18n as Record<string, { data: unknown }>).ur?.data).toEqual({
      summary: 'ایک فرضی والدین گروپ، صرف ٹیسٹ کے لیے۔',
    });
  });

  it('saves the file unchanged when nothing is edited', async () => {
    expect(saveFromDecap(await openInDecap())).toBe(text);
  });

  it('writes a translation typed in the Polish pane under translations.pl, and nothing else changes', async () => {
    const entry = await openInDecap();
    const i18n = {
      ...(entry.i18n as Record<string, unknown>),
      pl: { data: { summary: 'Wymyślona grupa dla rodziców, tylko do testów.', applicationProcess: '  ' } },
    };
    const saved = saveFromDecap({ ...entry, i18n });
    const { data, body } = parseMarkdown(saved);
    // An empty field is left out: the site shows the English for it.
    expect(data.translations).toEqual({
      ur: { summary: 'ایک فرضی والدین گروپ، صرف ٹیسٹ کے لیے۔' },
      pl: { summary: 'Wymyślona grupa dla rodziców, tylko do testów.' },
    });
    expect(serviceSchema.safeParse(data).success).toBe(true);
    const before = parseMarkdown(text);
    const { translations: _after, ...englishAfter } = data;
    const { translations: _before, ...englishBefore } = before.data;
    expect(englishAfter).toEqual(englishBefore);
    expect(body).toBe(before.body);
    // Only the lines of the new translation are added.
    const added = saved.split('\n').filter((line) => !text.split('\n').includes(line));
    expect(added).toEqual(['  pl:', '    summary: Wymyślona grupa dla rodziców, tylko do testów.']);
  });

  it('opens a file with no translation with every language, so that Decap can save it', async () => {
    // Decap serialises every locale's data before saving (serializeI18n, with each widget's
    // serializer: they read the data as a Map). A locale missing from the loaded entry made that
    // throw, and the save of any untranslated listing never happened (decaporg/decap-cms#4480).
    const english = fromFile(text)[sourceLocale] as Record<string, unknown>;
    const plain = toFile({ [sourceLocale]: english }, order);
    expect(parseMarkdown(plain).data.translations).toBeUndefined();
    const entry = await getI18nEntry(collection, 'md', path, 'fixture-urdu-parent-group', async () => ({
      data: fromFile(plain),
      path,
      raw: plain,
      slug: 'fixture-urdu-parent-group',
    }));
    expect(Object.keys(entry.i18n ?? {}).sort()).toEqual([...contentLanguages].sort());
    const asMap = (data: unknown) => (data as ImmutableMap<string, unknown>).merge({});
    const serialised = serializeI18n(collection, fromJS(entry), asMap);
    expect(saveFromDecap(serialised.toJS() as { data: unknown; i18n?: unknown })).toBe(plain);
  });

  it('writes a translated body into the front matter, where the site renders it from', async () => {
    const entry = await openInDecap();
    const i18n = { ...(entry.i18n as Record<string, unknown>), ur: { data: { body: 'ایک فرضی گروپ۔\n' } } };
    const { data } = parseMarkdown(saveFromDecap({ ...entry, i18n }));
    expect(data.translations).toEqual({ ur: { body: 'ایک فرضی گروپ۔\n' } });
  });
});
