import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsTerm, isAbbreviation, synonymsFor } from '../../src/lib/search/synonyms.ts';
import { parseSynonyms } from '../../src/lib/search/synonyms-file.ts';
import type { SynonymGroup } from '../../src/schemas/synonyms.ts';

const groups: SynonymGroup[] = [
  { term: 'autism', alternatives: ['autistic', 'ASD', 'ASC'] },
  { term: 'SEND', alternatives: ['SEN', 'EHCP', 'special educational needs'] },
  { term: 'food bank', alternatives: ['foodbank'] },
  { term: 'counselling', alternatives: ['counseling'] },
];

describe('synonym expansion', () => {
  it('adds the other words of a group the text matches', () => {
    expect(synonymsFor('Support for autistic children', groups)).toEqual(['ASC', 'ASD', 'autism']);
  });

  it("adds a group's related words to its pages, but a related word alone adds nothing", () => {
    const withRelated: SynonymGroup[] = [{ term: 'SEND', alternatives: ['SEN'], related: ['dyslexia'] }];
    expect(synonymsFor('SEND support', withRelated)).toEqual(['dyslexia', 'SEN']);
    expect(synonymsFor('Reading help for dyslexia', withRelated)).toEqual([]);
  });

  it('rejects a related word that is in another group', () => {
    const source =
      'groups:\n  - term: SEND\n    alternatives: [SEN]\n    related: [dyslexia]\n' +
      '  - term: dyslexia\n    alternatives: [dyslexic]\n';
    expect(() => parseSynonyms(source)).toThrow(/"dyslexia" is already in group 1/);
  });

  it('works from an abbreviation to the full word', () => {
    expect(synonymsFor('Help with an EHCP', groups)).toEqual(['SEN', 'SEND', 'special educational needs']);
  });

  it('matches whole words and phrases only, across spaces and line breaks', () => {
    expect(synonymsFor('autismus', groups)).toEqual([]);
    expect(synonymsFor('our food\nbank opens on Fridays', groups)).toEqual(['foodbank']);
    expect(containsTerm('Special Educational Needs', 'special educational needs')).toBe(true);
  });

  it('matches capitals-only words (abbreviations) only in capitals', () => {
    expect(isAbbreviation('SEND')).toBe(true);
    expect(isAbbreviation('autism')).toBe(false);
    expect(synonymsFor('We send a letter home', groups)).toEqual([]);
    expect(synonymsFor('SEND support', groups)).toContain('EHCP');
  });

  it('finds the same words as the whole-word patterns alone (the quick substring test only skips work)', () => {
    const local = [
      { term: "children's centre", alternatives: ['family hub', 'CC'] },
      { term: 'food bank', alternatives: ['foodbank'] },
    ];
    const byPatternOnly = (text: string) =>
      local.flatMap((group) => {
        const words = [group.term, ...group.alternatives];
        const present = words.filter((word) => containsTerm(text, word));
        return present.length === 0 ? [] : words.filter((word) => !present.includes(word));
      });
    for (const text of [
      'Ask at your Children’s   Centre',
      "the CHILDREN'S\tcentre and the Family\nHub",
      'a CC of the letter',
      'the cc line',
      'Foodbank, food bank or FOOD  BANK',
      'childrens centre',
    ]) {
      expect(synonymsFor(text, local)).toEqual(
        [...new Set(byPatternOnly(text))].sort((a, b) => a.localeCompare(b, 'en-GB')),
      );
    }
  });

  it('ignores case for ordinary words and adds nothing for unrelated text', () => {
    expect(synonymsFor('COUNSELLING for young people', groups)).toEqual(['counseling']);
    expect(synonymsFor('Swimming lessons', groups)).toEqual([]);
  });
});

describe('the synonyms file', () => {
  it('reads the fixture area synonyms file (Birmingham’s own: tests/content/search-synonyms.test.ts)', () => {
    const parsed = parseSynonyms(readFileSync('tests/fixtures/area/content/search/synonyms.yaml', 'utf8'));
    expect(parsed.find((group) => group.alternatives.includes('ASD'))?.term).toBe('autism');
    expect(parsed.find((group) => group.alternatives.includes('talking therapy'))?.term).toBe('counselling');
  });

  it('rejects a word listed in two groups, and explains', () => {
    const source = 'groups:\n  - term: autism\n    alternatives: [ASD]\n  - term: ASD\n    alternatives: [autistic]\n';
    expect(() => parseSynonyms(source)).toThrow(/already in group 1/);
  });

  it('rejects unknown fields and empty groups', () => {
    expect(() => parseSynonyms('groups:\n  - term: autism\n    alternatives: []\n')).toThrow(/at least one/);
    expect(() => parseSynonyms('groups:\n  - term: autism\n    alternatives: [ASD]\n    weight: 2\n')).toThrow();
  });
});
