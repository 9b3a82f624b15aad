/**
 * The interface languages in the built site (src/i18n/): every translated route is built in
 * every language, each page says its language and direction, lists its alternates in the head
 * and the sitemap, and links onwards in its own language.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { allPages, distDir, page, requireBuild } from './helpers.ts';
import { defaultLanguage, languages, translatedLanguages } from '../../src/i18n/languages.ts';
import { translatedRoutes } from '../../src/i18n/routes.ts';
import { languageOfFile, withoutLanguage } from '../page-types.ts';
import { articleTopics } from '../../src/schemas/taxonomy.ts';
import { readContentFolder } from '../../src/lib/content/files.ts';
import { fixtureArea, fixtureContentDir } from '../support/fixture-area.ts';

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

/**
 * English inside translated pages: every word that comes from content (names, summaries,
 * addresses, locality names, the area's name, the young people's topics) must sit inside an
 * element marked lang="en...", so screen readers switch voice and browsers hyphenate it as
 * English. Read from the built HTML of every translated page; the island's own messages (the
 * map's and search's) are checked in a browser (tests/e2e/i18n.spec.ts).
 */
describe('English inside translated pages', () => {
  /** Text that is not English prose: web and email addresses. */
  const notProse = /\S+@\S+|https?:\/\/\S+|\b[\w.-]+\.(?:org|uk|com|net)\b\S*/g;
  const textFree = new Set(['script', 'style', 'template', 'title', 'noscript']);

  interface TextRun {
    text: string;
    /** The `lang` of the nearest element that has one. */
    lang: string;
    /** The element around the text, as "tag.class". */
    parent: string;
  }

  /** The visible text nodes of a page (not in scripts, templates or hidden elements), with their language. */
  function textRuns(html: string): TextRun[] {
    const runs: TextRun[] = [];
    const walk = (nodes: ChildNode[], lang: string) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          const parent = node.parent as Element | null;
          const name = parent
            ? `${parent.name}${parent.attribs.class ? `.${parent.attribs.class.split(' ')[0]}` : ''}`
            : '';
          runs.push({ text: node.data.replace(notProse, ' '), lang, parent: name });
        } else if (node.type === 'tag') {
          if (textFree.has(node.name) || node.attribs.hidden !== undefined) continue;
          walk(node.children, node.attribs.lang ?? lang);
        }
      }
    };
    const document = parseDocument(html);
    walk(document.children, '');
    return runs;
  }

  /** The content's English strings: every string of the fixture's front matter with a space in it, and the area's names. */
  function contentStrings(): string[] {
    const strings = new Set<string>([
      fixtureArea.name,
      fixtureArea.siteName,
      fixtureArea.partnership,
      ...fixtureArea.localities.map((locality) => locality.label),
      ...fixtureArea.crisisLines.map((line) => line.name),
      ...articleTopics.map((topic) => topic.label),
    ]);
    const collect = (value: unknown, key: string) => {
      // A listing's own translations are not English.
      if (key === 'translations') return;
      if (typeof value === 'string' && /\p{L}/u.test(value) && (value.includes(' ') || key === 'name')) {
        strings.add(value.trim());
      } else if (Array.isArray(value)) value.forEach((item) => collect(item, key));
      else if (value && typeof value === 'object' && !(value instanceof Date)) {
        for (const [name, inner] of Object.entries(value)) collect(inner, name);
      }
    };
    for (const file of readContentFolder(fixtureContentDir).files) collect(file.data, '');
    // Postcodes (FX2 2BB) and codes are not English words: a string needs a lower-case letter.
    return [...strings].filter((text) => /\p{Ll}/u.test(text) && text.replace(notProse, '').trim().length >= 4);
  }

  const english = contentStrings();
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** A content string as a whole word (or words), in any case ("mental health" in a sentence). */
  const patterns = english.map((text) => ({
    text,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'iu'),
  }));
  /** English words that no Polish or Romanian sentence has: a run of text with one is English. */
  const englishWords = /\b(?:the|and|your|with|this|from|what|where|which|about|there)\b/i;
  const isEnglish = (lang: string) => lang === 'en' || lang.startsWith('en-');

  /** Where content's English is not marked: "file: <parent> text". */
  function unmarkedContent(file: string): string[] {
    return textRuns(readFileSync(join(distDir, file), 'utf8')).flatMap((run) => {
      if (isEnglish(run.lang)) return [];
      const found = patterns.find(({ pattern }) => pattern.test(run.text));
      return found ? [`${file}: <${run.parent}> ${run.text.trim().replace(/\s+/g, ' ')} [${found.text}]`] : [];
    });
  }

  it('finds the content strings it looks for, and the text runs it reads', () => {
    expect(english).toContain(fixtureArea.localities[0]?.label);
    expect(english.length).toBeGreaterThan(20);
    const runs = textRuns(
      '<p>Kooth <span lang="en-GB">North <b>Fixton</b></span><span hidden>secret</span><script>x</script></p>',
    );
    expect(englishWords.test('Ask the team')).toBe(true);
    expect(englishWords.test('Zapytaj zespół, który to wie. Întreabă echipa despre asta.')).toBe(false);
    expect(runs.map((run) => [run.text, run.lang])).toEqual([
      ['Kooth ', ''],
      ['North ', 'en-GB'],
      ['Fixton', 'en-GB'],
    ]);
  });

  it.each(translatedLanguages.map((language) => [language.englishName, language.code] as const))(
    'marks every piece of English from content on every %s page',
    (_name, code) => {
      const files = translatedFiles.filter((file) => languageOfFile(file) === code);
      expect(files.length).toBeGreaterThan(20);
      expect(files.flatMap(unmarkedContent)).toEqual([]);
    },
  );

  it.each(
    translatedLanguages
      .filter((language) => /[A-Za-z]/.test(language.ownName))
      .map((language) => [language.englishName, language.code] as const),
  )('leaves no unmarked English sentence on any %s page (a language written in Latin letters)', (_name, code) => {
    const found = translatedFiles
      .filter((file) => languageOfFile(file) === code)
      .flatMap((file) =>
        textRuns(readFileSync(join(distDir, file), 'utf8')).flatMap((run) =>
          (run.lang === '' || run.lang === code) && englishWords.test(run.text)
            ? [`${file}: <${run.parent}> ${run.text.trim().replace(/\s+/g, ' ')}`]
            : [],
        ),
      );
    expect(found).toEqual([]);
  });

  it.each(
    translatedLanguages
      .filter((language) => !/[A-Za-z]/.test(language.ownName))
      .map((language) => [language.englishName, language.code] as const),
  )('leaves no unmarked English word on any %s page (a language not written in Latin letters)', (_name, code) => {
    // Proper names kept in brackets after their translation ("سامریٹنز (Samaritans)"), and JavaScript.
    const names = new Set(['Samaritans', 'Childline', 'JavaScript']);
    const found = translatedFiles
      .filter((file) => languageOfFile(file) === code)
      .flatMap((file) =>
        textRuns(readFileSync(join(distDir, file), 'utf8')).flatMap((run) => {
          if (run.lang !== '' && run.lang !== code) return [];
          // Words of three letters or more that are not abbreviations (NHS, ADHD, GP).
          const words = (run.text.match(/[A-Za-z][A-Za-z']{2,}/g) ?? []).filter(
            (word) => !names.has(word) && !/^[A-Z]+$/.test(word),
          );
          return words.length > 0 ? [`${file}: <${run.parent}> ${words.join(' ')}`] : [];
        }),
      );
    expect(found).toEqual([]);
  });
});
