/**
 * Every interface language has every string of the English source, with the same
 * placeholders, and a label for every value of every translated option list.
 */
import { describe, expect, it } from 'vitest';
import { allLanguages as languages, defaultLanguage } from '../../src/i18n/languages.ts';

import type { Message, StringKey, TermListName } from '../../src/i18n/types.ts';

// Every strings file, whether or not this area builds its language (area.config.ts `languages`).
const translatedOnes = languages.filter((language) => language.code !== defaultLanguage.code);

const englishKeys = Object.keys(defaultLanguage.strings).sort();
const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => text.match(/\{\w+\}/g) ?? []))]
    .filter((name) => name !== '{count}')
    .sort();
};
/** Strings that are the same in English and some other language: names and words borrowed as they are. */
const sameAsEnglishAllowed = new Set<StringKey>([
  'helpline.nhs111.name',
  'helpline.samaritans.name',
  'helpline.childline.name',
  'service.status',
  'card.cost',
  'service.cost',
  'service.contact',
  // Polish says "Menu" too.
  'header.menu',
  // Romanian's word for cost, and Polish and Romanian's for online, are the English ones.
  'map.filter.cost',
  'map.way.online',
  'map.cost',
  'urgent.websiteOf',
  'searchApp.cost',
  'searchApp.facet.cost',
]);

describe.each(translatedOnes.map((language) => [language.englishName, language] as const))(
  'the %s strings',
  (_name, language) => {
    it('have every English key and no other', () => {
      expect(Object.keys(language.strings).sort()).toEqual(englishKeys);
    });

    it('keep the placeholders of each English string', () => {
      for (const key of englishKeys as StringKey[]) {
        expect(placeholders(language.strings[key]), `${language.code}: ${key}`).toEqual(
          placeholders(defaultLanguage.strings[key]),
        );
      }
    });

    it("give a plural message the forms the language's plural rules use", () => {
      const categories = new Intl.PluralRules(language.code).resolvedOptions().pluralCategories;
      for (const key of englishKeys as StringKey[]) {
        const message = language.strings[key];
        if (typeof message === 'string') continue;
        for (const category of categories) {
          const form = category === 'other' ? message.other : message[category];
          expect(form ?? message.other, `${language.code}: ${key} (${category})`).toBeTruthy();
        }
        expect(message.other, `${language.code}: ${key} needs "other"`).toBeTruthy();
      }
    });

    it('are translated, not copied from English', () => {
      const copied = (englishKeys as StringKey[]).filter(
        (key) =>
          !sameAsEnglishAllowed.has(key) &&
          JSON.stringify(language.strings[key]) === JSON.stringify(defaultLanguage.strings[key]),
      );
      expect(copied).toEqual([]);
    });

    it('label every value of every translated option list', () => {
      for (const list of Object.keys(defaultLanguage.terms) as TermListName[]) {
        const english = defaultLanguage.terms[list] as Record<string, string>;
        const own = language.terms[list] as Record<string, string>;
        // Locality names are the area's own (area/area.config.ts), shown as written there.
        const expected = list === 'serviceAreas' ? ['citywide', 'online'] : Object.keys(english).sort();
        expect(Object.keys(own).sort(), `${language.code}: ${list}`).toEqual(expected);
        for (const value of Object.keys(own)) expect(own[value], `${language.code}: ${list}.${value}`).toBeTruthy();
      }
    });

    it('say whether a fluent speaker has reviewed them, and who and when if so', () => {
      if (language.review.reviewed) {
        expect(language.review.reviewedBy).toBeTruthy();
        expect(language.review.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      } else {
        expect(language.strings['layout.reviewNotice']).not.toBe(defaultLanguage.strings['layout.reviewNotice']);
      }
    });
  },
);

describe('the language list', () => {
  it('has unique codes, each named in its own script', () => {
    const codes = languages.map((language) => language.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const language of languages) expect(language.ownName).toBeTruthy();
  });

  it('holds the languages the partnership asked for, with Urdu and Arabic right to left', () => {
    expect(languages.map((language) => language.code)).toEqual(['en', 'ur', 'ar', 'bn', 'pl', 'ro']);
    expect(languages.filter((language) => language.dir === 'rtl').map((language) => language.code)).toEqual([
      'ur',
      'ar',
    ]);
  });
});
