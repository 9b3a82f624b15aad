/** The search index and the page markup it is built from (see README, Search). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, distDir, page, requireBuild } from '../../build/helpers.ts';
import { CHUNK_LIMIT, decodeCbor, fragmentIds, readPagefindFile, wordSize } from '../../../src/lib/search/pagefind-files.ts';
import { compareNames, sortFile, sortKeys, sortKeysIn, type SortFile } from '../../../src/lib/search/sort.ts';
import { HEADLINE_WEIGHT } from '../../../src/lib/search/index-entry.ts';
import { translatedLanguages } from '../../../src/i18n/languages.ts';

beforeAll(requireBuild);

const contentDir = process.env.CONTENT_DIR ?? 'content';

/** Detail pages of each listing type that must be indexed: `<folder>/<id>/index.html`. */
const indexedFolders = ['services', 'organisations', 'grants', 'localities', 'guides'];

const html = (file: string) => page(`/${file}`);
const bodies = (source: string) => source.match(/data-pagefind-body/g)?.length ?? 0;

describe('search index', () => {
  it('is written by the build into pagefind/, with its JavaScript API and filters', () => {
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(distDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(readdirSync(join(distDir, 'pagefind', 'filter')).length).toBeGreaterThan(0);
    expect(statSync(join(distDir, 'pagefind', 'index')).isDirectory()).toBe(true);
  });

  it('marks the main content of every listing detail page, once', () => {
    const details = allPages().filter((file) => {
      const parts = file.split('/');
      return (
        parts.length === 3 &&
        indexedFolders.includes(parts[0] ?? '') &&
        parts[2] === 'index.html' &&
        existsSync(join(contentDir, parts[0] ?? '', `${parts[1] ?? ''}.md`))
      );
    });
    expect(details.length).toBeGreaterThan(0);
    for (const file of details) expect([file, bodies(html(file))]).toEqual([file, 1]);
  });

  it('gives every indexed page a type, a title, a summary and every sort key', () => {
    for (const file of allPages().filter((file) => bodies(html(file)) > 0)) {
      const source = html(file);
      expect([file, /data-pagefind-filter="type:[a-z]+"/.test(source)]).toEqual([file, true]);
      expect([file, source.includes('data-pagefind-meta="title"')]).toEqual([file, true]);
      expect([file, source.includes('data-pagefind-meta="summary"')]).toEqual([file, true]);
      expect([file, sortKeysIn(source) !== undefined]).toEqual([file, true]);
      // Pagefind's own sorts would put both orders in the file every search loads first.
      expect([file, source.includes('data-pagefind-sort')]).toEqual([file, false]);
    }
  });

  it('writes a sort file per order, listing every indexed page once by the id Pagefind gave it', () => {
    const bundle = join(distDir, 'pagefind');
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    // Read from Pagefind's own fragments: fails if Pagefind changes how it names or writes them.
    const ids = fragmentIds(bundle);
    expect(ids.size).toBe(pageCount);
    const urlOf = new Map([...ids].map(([url, id]) => [id, url]));
    for (const key of sortKeys) {
      const file = JSON.parse(readFileSync(join(distDir, sortFile(key)), 'utf8')) as SortFile;
      expect(file.ids.length).toBe(pageCount);
      expect(new Set(file.ids)).toEqual(new Set(ids.values()));
      const keys = file.ids.map((id) => {
        const url = urlOf.get(id) ?? '';
        const found = sortKeysIn(page(url));
        if (!found) throw new Error(`${url} has no sort keys`);
        return found;
      });
      for (let i = 1; i < keys.length; i++) {
        const [before, after] = [keys[i - 1], keys[i]];
        if (!before || !after) continue;
        if (key === 'name') expect(compareNames(before.name, after.name)).toBeLessThanOrEqual(0);
        else expect(before.reviewed >= after.reviewed).toBe(true);
      }
    }
  });

  it('packs the word index so that a search loads one chunk, of its word and few others', () => {
    const bundle = join(distDir, 'pagefind');
    // One word index per page language (<html lang>), each with its own meta file; all share index/.
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const languages = Object.values(entry.languages);
    expect(languages.length).toBeGreaterThan(1);
    let total = 0;
    let variants = 0;
    for (const { hash: language } of languages) {
      const meta = decodeCbor(readPagefindFile(join(bundle, `pagefind.${language}.pf_meta`))) as [
        string,
        unknown,
        [string, string, string][],
      ];
      const chunks = meta[2];
      expect([language, chunks.length > 0]).toEqual([language, true]);
      total += chunks.length;
      for (const [from, to, hash] of chunks) {
        const words = (
          decodeCbor(readPagefindFile(join(bundle, 'index', `${hash}.pf_index`))) as [
            [string, [number, number[]][], ...unknown[]][],
          ]
        )[0];
        expect([words[0]?.[0], words.at(-1)?.[0]]).toEqual([from, to]);
        if (words.length > 1) {
          expect(words.reduce((sum, word) => sum + wordSize(word), 0)).toBeLessThanOrEqual(CHUNK_LIMIT);
        }
        // A word written with marks ("آٹزم", "অটিজম") is found through its variants: they must survive.
        variants += words.filter((word) => Array.isArray(word[2]) && word[2].length > 0).length;
        for (const [word] of words) {
          // Pagefind's first lookup: the chunks of the page's language whose bounds hold the word.
          const holding = chunks.filter(([low, high]) => word >= low && word <= high).map((chunk) => chunk[2]);
          expect([language, word, holding]).toEqual([language, word, [hash]]);
        }
      }
    }
    expect(variants).toBeGreaterThan(0);
    // No chunk left over from before the re-packing.
    expect(readdirSync(join(bundle, 'index')).length).toBe(total);
  });

  it('indexes each fact of a listing as words of its own, without what every listing repeats', () => {
    const bundle = join(distDir, 'pagefind');
    const texts = new Map(
      [...fragmentIds(bundle)].map(([url, id]) => {
        const fragment = readPagefindFile(join(bundle, 'fragment', `${id}.pf_fragment`)).toString('utf8');
        return [url, (JSON.parse(fragment) as { content: string }).content];
      }),
    );
    // Each term and value is grouped in a <div>, so the need "Autism" is not fused with its neighbours
    // (level of need before it, languages spoken after it).
    const autism = texts.get('/services/community-autism-support-service/');
    expect(autism).toContain(' Additional needs. Autism. ');
    expect(autism).toContain(' Not stated yet: ask the service about access needs. ');
    // Area pages and services with a place show a boundary map, with its copyright line.
    const withMap = allPages().filter(
      (file) => bodies(html(file)) > 0 && html(file).includes('boundary-map__attribution'),
    );
    expect(withMap.length).toBeGreaterThan(0);
    const listings = [...texts].filter(([url]) => /^\/(services|grants|organisations|localities)\//.test(url));
    expect(listings.length).toBeGreaterThan(0);
    for (const [url, text] of listings) {
      for (const repeated of ['Helps with', 'Last checked', 'Directions on OpenStreetMap', 'Boundaries:']) {
        expect([url, text.includes(repeated)]).toEqual([url, false]);
      }
    }
  });

  it('keeps the home page, listing pages, the search page and admin out of the index', () => {
    for (const file of ['index.html', 'services/index.html', 'search/index.html', 'admin/index.html']) {
      if (existsSync(join(distDir, file))) expect([file, bodies(html(file))]).toEqual([file, 0]);
    }
  });

  it('adds the words people use to matching pages, hidden from view', () => {
    const source = page('/services/community-autism-support-service/');
    const words = /<p class="search-words"[^>]*hidden[^>]*>([^<]*)<\/p>/.exec(source)?.[1] ?? '';
    expect(words).toContain('ASD');
    expect(words).toContain('autistic');
  });

  it('weights what a page is about (summary, topics, needs, audiences) above its text', () => {
    // The same markup tests/support/search-page-model.ts writes for the large relevance test.
    const source = page('/services/community-autism-support-service/');
    const headline = new RegExp(
      `<p class="search-words"[^>]*data-pagefind-weight="${String(HEADLINE_WEIGHT)}"[^>]*>([^<]*)</p>`,
    ).exec(source)?.[1];
    expect(headline).toContain('Autism and ADHD');
    expect(headline).toContain('Parents and carers');
    expect(source).toMatch(/<article class="service" data-pagefind-body[^>]*>\s*<div class="search-meta"/);
  });

  it('loads the search code only on the search page, in each language', () => {
    const searchPages = new Set([
      'search/index.html',
      ...translatedLanguages.map((language) => `${language.code}/search/index.html`),
    ]);
    for (const file of allPages()) {
      const source = html(file);
      const loadsIsland = /component-url="[^"]*SearchApp/.test(source);
      expect([file, loadsIsland]).toEqual([file, searchPages.has(file)]);
    }
  });
});
