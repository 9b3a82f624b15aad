/** The area's `languages` setting: which interface languages a site builds (docs/languages.md, "Build cost"). */
import { describe, expect, it } from 'vitest';
import { allLanguages, builtLanguages } from '../../src/i18n/languages.ts';

const codes = (list: readonly { code: string }[]) => list.map((language) => language.code);

describe('the languages an area builds', () => {
  it('builds every language with a strings file when the setting is left out', () => {
    expect(codes(builtLanguages(undefined))).toEqual(codes(allLanguages));
  });

  it('builds the listed languages in the switcher’s order, and English always', () => {
    expect(codes(builtLanguages(['pl', 'ur']))).toEqual(['en', 'ur', 'pl']);
    expect(codes(builtLanguages([]))).toEqual(['en']);
  });

  it('fails on a language with no strings file, naming it', () => {
    expect(() => builtLanguages(['ur', 'so'])).toThrow(/so have no strings file/);
  });
});
