/**
 * The interface languages in the built site (src/i18n/): every translated route is built in
 * every language, each page says its language and direction, lists its alternates in the head
 * and the sitemap, and links onwards in its own language.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, distDir, page, requireBuild } from './helpers.ts';
import { defaultLanguage, languages, translatedLanguages } from '../../src/i18n/languages.ts';
import { translatedRoutes } from '../../src/i18n/routes.ts';
import { languageOfFile, withoutLanguage } from '../page-types.ts';

beforeAll(requireBuild);

const htmlAttributes = (html: string) => /<html([^>]*)>/.exec(html)?.[1] ?? '';
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const alternatesIn = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => ({
    hreflang: match[1] ?? '',
    href: match[2] ?? '',
  }));

const pages = allPages().map((file) => file.split('\\').join('/'));
const translatedFiles = pages.filter((file) => languageOfFile(file) !== defaultLanguage.code);

describe('pages per language', () => {
  it('builds every translated route in every language', () => {
    for (const route of translatedRoutes) {
      const english = route.endsWith('*') ? route.slice(0, -1) : route;
      for (const language of translatedLanguages) {
        const file = `${language.code}${english}index.html`.replace(/^\/+/, '');
        expect(existsSync(join(distDir, file)), file).toBe(true);
      }
    }
  });

  it('builds a translated copy of every English page of a translated type, and nothing else', () => {
    const englishOfTranslated = new Set(translatedFiles.map(withoutLanguage));
    for (const file of englishOfTranslated) expect(pages, `${file} has no English page`).toContain(file);
    const services = pages.filter((file) => /^services\/[^/]+\/index\.html$/.test(file));
    expect(services.length).toBeGreaterThan(0);
    for (const language of translatedLanguages) {
      for (const file of services) expect(pages).toContain(`${language.code}/${file}`);
    }
  });

  it('gives every page the lang and dir of its language', () => {
    for (const file of [...translatedFiles, 'index.html', 'services/index.html']) {
      const language = languages.find((candidate) => candidate.code === languageOfFile(file));
      const attributes = htmlAttributes(page(`/${file}`));
      expect(attribute(attributes, 'lang'), file).toBe(language?.htmlLang);
      expect(attribute(attributes, 'dir'), file).toBe(language?.dir);
    }
  });

  it('links the same page in every language from the head (hreflang), with English as x-default', () => {
    for (const file of ['index.html', 'ur/urgent-help/index.html', 'pl/services/index.html']) {
      const alternates = alternatesIn(page(`/${file}`));
      expect(alternates.map((alternate) => alternate.hreflang).sort(), file).toEqual(
        [...languages.map((language) => language.htmlLang), 'x-default'].sort(),
      );
      const path = `/${withoutLanguage(file)}`.replace(/index\.html$/, '');
      const urdu = alternates.find((alternate) => alternate.hreflang === 'ur');
      expect(new URL(urdu?.href ?? 'x:').pathname).toBe(`/ur${path}`);
      const fallback = alternates.find((alternate) => alternate.hreflang === 'x-default');
      expect(new URL(fallback?.href ?? 'x:').pathname).toBe(path);
    }
  });

  it('gives an English-only page no alternates', () => {
    expect(alternatesIn(page('/about/'))).toEqual([]);
  });

  it('lists the alternates of each translated page in the sitemap', () => {
    const sitemaps = readdirSync(distDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
    const xml = sitemaps.map((file) => readFileSync(join(distDir, file), 'utf8')).join('');
    const entry = /<url><loc>[^<]*\/ur\/urgent-help\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? '';
    for (const language of languages) {
      expect(entry).toContain(`hreflang="${language.htmlLang}"`);
    }
  });

  it('links from a translated page to translated pages in the same language, and to the rest in English', () => {
    const html = page('/ur/services/');
    // Links other than the language switcher's (which carry hreflang).
    const hrefs = [...html.matchAll(/<a ([^>]*)>/g)]
      .map((match) => match[1] ?? '')
      .filter((attributes) => !attributes.includes('hreflang='))
      .map((attributes) => /href="(\/[^"]*)"/.exec(attributes)?.[1] ?? '');
    expect(hrefs).toContain('/ur/');
    expect(hrefs).toContain('/ur/urgent-help/');
    expect(hrefs.filter((href) => href.startsWith('/services/'))).toEqual([]);
    expect(hrefs).toContain('/about/');
  });

  it('says on every page of an unreviewed language that it is not reviewed, in that language, with a way to report a mistake', () => {
    for (const language of translatedLanguages) {
      const html = page(`/${language.code}/`);
      if (language.review.reviewed) {
        expect(html).not.toContain('data-translation-notice');
        continue;
      }
      expect(html).toContain('data-translation-notice');
      expect(html).toContain(String(language.strings['layout.reviewNotice']));
      expect(html).toMatch(/data-translation-notice[\s\S]*?href="mailto:/);
    }
    expect(page('/')).not.toContain('data-translation-notice');
  });

  it('sets no cookie: the language is in the URL', () => {
    for (const file of ['ur/index.html', 'ar/services/index.html']) {
      expect(page(`/${file}`)).not.toMatch(/document\.cookie|Set-Cookie/i);
    }
  });
});

describe('the map in each language', () => {
  const json = (path: string): unknown => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
  const english = json('data/map-services.json') as { labels: string[] };

  it("writes each language's labels in the services file's order, translated", () => {
    for (const language of translatedLanguages) {
      const labels = json(`data/map-labels/${language.code}.json`) as string[];
      expect(labels, language.code).toHaveLength(english.labels.length);
      const costs = english.labels.flatMap((label, i) =>
        label === defaultLanguage.terms.costTypes.free ? [labels[i]] : [],
      );
      for (const cost of costs) expect(cost, language.code).toBe(language.terms.costTypes.free);
    }
  });

  it('renders the page, its lists and its island in the language, with the labels the data file has', () => {
    const html = page('/ur/map/');
    expect(html).toContain('<h1>خدمات کا نقشہ</h1>');
    expect(html).toContain('/data/map-labels/ur.json');
    expect(html).toContain('نقشہ چھوڑ دیں');
    for (const english of ['Map of services', 'Filter map and list', 'Cost: ', 'Ages: ', 'Skip the map'])
      expect(html, english).not.toContain(english);
    // Service pages are linked in Urdu; the English names are marked.
    expect(html).toMatch(/<a href="\/ur\/services\/[^"]+" lang="en-GB">/);
  });
});
