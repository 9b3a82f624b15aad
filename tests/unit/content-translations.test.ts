import { describe, expect, it } from 'vitest';
import { contentLanguageOfPath, localText } from '../../src/lib/content/translations.ts';
import { serviceSchema } from '../../src/schemas/services.ts';
import { parseLanguageSynonyms, withLanguageSynonyms } from '../../src/lib/search/synonyms-file.ts';

describe('translations in a file', () => {
  it('is accepted by the schema, and refuses a language or field it does not know', () => {
    const base = serviceSchema.safeParse({});
    expect(base.success).toBe(false);
    const translations = serviceSchema.shape.translations;
    expect(translations.safeParse({ ur: { summary: 'ایک گروپ' } }).success).toBe(true);
    expect(translations.safeParse({ xx: { summary: 'x' } }).success).toBe(false);
    expect(translations.safeParse({ ur: { name: 'x' } }).success).toBe(false);
  });
});

describe('a page in another language', () => {
  const data = { translations: { ur: { summary: 'ایک ہفتہ وار گروپ۔' } } };

  it('reads its language from the URL', () => {
    expect(contentLanguageOfPath('/ur/services/kooth/')).toBe('ur');
    expect(contentLanguageOfPath('/services/kooth/')).toBeUndefined();
    expect(contentLanguageOfPath('/base/pl/guides/x/', '/base/')).toBe('pl');
    expect(contentLanguageOfPath('/urgent-help/')).toBeUndefined();
  });

  it('shows the translation where there is one, and the English marked lang="en" where not', () => {
    expect(localText(data, 'summary', 'A weekly group.', 'ur')).toEqual({
      text: 'ایک ہفتہ وار گروپ۔',
      lang: undefined,
      translated: true,
    });
    expect(localText(data, 'summary', 'A weekly group.', 'pl')).toEqual({
      text: 'A weekly group.',
      lang: 'en',
      translated: false,
    });
    expect(localText(data, 'summary', 'A weekly group.', undefined)).toEqual({
      text: 'A weekly group.',
      lang: undefined,
      translated: false,
    });
  });
});

describe('search synonyms in other languages', () => {
  const groups = [{ term: 'autism', alternatives: ['ASD'] }];

  it("adds a language's words to the group of the same term", () => {
    const file = parseLanguageSynonyms(
      'language: ur\nreview:\n  reviewed: false\ngroups:\n  - term: autism\n    alternatives: [آٹزم]\n',
      'content/search/synonyms.ur.yaml',
    );
    expect(withLanguageSynonyms(groups, [{ path: 'synonyms.ur.yaml', file }])).toEqual([
      { term: 'autism', alternatives: ['ASD', 'آٹزم'] },
    ]);
  });

  it('accepts words written with vowel signs (Bengali)', () => {
    expect(() =>
      parseLanguageSynonyms(
        'language: bn\nreview:\n  reviewed: false\ngroups:\n  - term: autism\n    alternatives: [অটিজম]\n',
        'synonyms.bn.yaml',
      ),
    ).not.toThrow();
  });

  it('names the file and the problem: an unknown term, a wrong language, a review without a reviewer', () => {
    const unknown = parseLanguageSynonyms(
      'language: ur\nreview:\n  reviewed: false\ngroups:\n  - term: autsim\n    alternatives: [آٹزم]\n',
    );
    expect(() => withLanguageSynonyms(groups, [{ path: 'synonyms.ur.yaml', file: unknown }])).toThrow(
      /synonyms\.ur\.yaml: groups\.0\.term: "autsim" is not a term of synonyms\.yaml/,
    );
    expect(() =>
      parseLanguageSynonyms(
        'language: pl\nreview:\n  reviewed: false\ngroups:\n  - term: autism\n    alternatives: [autyzm]\n',
        'content/search/synonyms.ur.yaml',
      ),
    ).toThrow(/does not match the file name/);
    expect(() =>
      parseLanguageSynonyms(
        'language: ur\nreview:\n  reviewed: true\ngroups:\n  - term: autism\n    alternatives: [x1]\n',
      ),
    ).toThrow(/review/);
  });
});
