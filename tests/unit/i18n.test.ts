import { describe, expect, it } from 'vitest';
import { defaultLanguage, languageByCode, languages } from '../../src/i18n/languages.ts';
import { localityAreas } from '../../src/area.ts';
import { seeAllLinks } from '../../src/lib/directory/section-limits.ts';
import { articleTopicLinks } from '../../src/lib/directory/hubs.ts';
import { translator } from '../../src/i18n/index.ts';
import {
  alternatesOf,
  isTranslatedPath,
  languageOfPath,
  localisedPath,
  pathWithoutLanguage,
} from '../../src/i18n/routes.ts';
import type { LanguageDefinition } from '../../src/i18n/types.ts';

const english = defaultLanguage;
const sample: LanguageDefinition = {
  ...english,
  code: 'xx',
  htmlLang: 'xx',
  ownName: 'Xx',
  dir: 'rtl',
  review: { reviewed: false },
  strings: {
    ...english.strings,
    'nav.findHelp': 'XX help',
    'count.listings': { one: 'one {count}', other: '{count} many' },
  },
};

describe('the lookup', () => {
  it('fills placeholders and chooses plural forms by count', () => {
    const { t } = translator(english);
    expect(t('count.listings', { count: 1 })).toBe('1 listing');
    expect(t('count.listings', { count: 12 })).toBe('12 listings');
    expect(t('service.askTeam', { locality: 'Erdington' })).toBe('Ask the Erdington Early Help team how to reach it.');
  });

  it("uses the language's own strings and plural rules", () => {
    const { t } = translator(sample);
    expect(t('nav.findHelp')).toBe('XX help');
    expect(t('count.listings', { count: 3 })).toBe('3 many');
  });

  it('labels option values, falling back to English and then to the value', () => {
    const { term } = translator(english);
    expect(term('costTypes', 'free')).toBe('Free');
    expect(term('categories', 'no-such-topic')).toBe('no-such-topic');
  });

  it("says which labels fall back to English on a translated page (a locality's name), so they can be marked", () => {
    const urdu = languageByCode('ur');
    if (!urdu) throw new Error('no Urdu strings');
    const { term, termLang } = translator(urdu);
    const locality = localityAreas[0]?.value ?? '';
    expect(term('serviceAreas', locality)).toBe(localityAreas[0]?.label);
    expect(termLang('serviceAreas', locality)).toBe(english.htmlLang);
    expect(termLang('serviceAreas', 'citywide')).toBeUndefined();
    expect(termLang('costTypes', 'free')).toBeUndefined();
    expect(translator(english).termLang('serviceAreas', locality)).toBeUndefined();
    // A list of them, as parts a template marks: the locality English, "whole city" and the joining words Urdu.
    const parts = translator(urdu).labelParts('serviceAreas', [locality, 'citywide']);
    expect(parts.map((part) => part.text).join('')).toBe(
      translator(urdu).list([term('serviceAreas', locality), term('serviceAreas', 'citywide')]),
    );
    expect(parts.filter((part) => part.lang !== undefined)).toEqual([
      { text: localityAreas[0]?.label, lang: english.htmlLang },
    ]);
  });
});

describe('links whose text holds English words', () => {
  const urdu = translator(languageByCode('ur') ?? english);
  const locality = localityAreas[0];

  it("marks a locality's name in a 'see all' link, and not a translated topic", () => {
    const [byLocality] = seeAllLinks(
      [{ href: '/x/', label: locality?.label ?? '', facet: 'locality', value: locality?.value ?? '', count: 40 }],
      urdu,
    );
    expect(byLocality?.message).toEqual({
      k: 'seeAll.listingsFor',
      vars: { count: 40, label: locality?.label },
      english: ['label'],
    });
    const [byTopic] = seeAllLinks([{ href: '/y/', label: 'Autism', facet: 'need', value: 'autism', count: 40 }], urdu);
    expect(byTopic?.message).toBeUndefined();
    const several = seeAllLinks(
      [
        { href: '/x/', label: locality?.label ?? '', facet: 'locality', value: locality?.value ?? '', count: 4 },
        { href: '/y/', label: 'Autism', facet: 'need', value: 'autism', count: 2 },
      ],
      urdu,
    );
    expect(several.map((link) => link.lang)).toEqual([english.htmlLang, undefined]);
  });

  it("marks the young people's topic (in English only) in a hub's 'more articles' link", () => {
    const [link] = articleTopicLinks({ articleTopics: ['mental-health'] }, urdu);
    expect(link?.href).toBe('/young-people/topics/mental-health/');
    expect(link?.message).toEqual({ k: 'hub.moreArticles', vars: { topic: 'mental health' }, english: ['topic'] });
    expect(link?.text).toContain('mental health');
  });
});

describe('routes', () => {
  it('reads the language from the first path segment', () => {
    expect(languageOfPath('/services/x/').code).toBe('en');
    expect(languageOfPath('/').code).toBe('en');
    for (const language of languages) {
      expect(languageOfPath(`/${language.code}/services/x/`).code).toBe(language.code);
    }
  });

  it('strips the language prefix', () => {
    const other = languages.find((language) => language.code !== 'en');
    expect(pathWithoutLanguage('/services/x/')).toBe('/services/x/');
    if (other) {
      expect(pathWithoutLanguage(`/${other.code}/services/x/`)).toBe('/services/x/');
      expect(pathWithoutLanguage(`/${other.code}/`)).toBe('/');
    }
  });

  it('links translated pages in the same language and the rest in English', () => {
    expect(isTranslatedPath('/services/kooth/')).toBe(true);
    expect(isTranslatedPath('/about/')).toBe(false);
    expect(localisedPath('/services/', 'ur')).toBe('/ur/services/');
    expect(localisedPath('/about/', 'ur')).toBe('/about/');
    expect(localisedPath('/services/', 'en')).toBe('/services/');
  });

  it('lists every language as an alternate of a translated page, and none of an English-only page', () => {
    expect(alternatesOf('/urgent-help/').map((alternate) => alternate.href)).toEqual(
      languages.map((language) => (language.code === 'en' ? '/urgent-help/' : `/${language.code}/urgent-help/`)),
    );
    expect(alternatesOf('/about/')).toEqual([]);
  });
});
