/** The area's `languages` setting: which interface languages a site builds (docs/languages.md, "Build cost"). */
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('SITE_LANGUAGES, for one build (the benchmark’s --languages)', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it('overrides the area’s setting', async () => {
      vi.stubEnv('SITE_LANGUAGES', 'en');
      vi.resetModules();
      const module = await import('../../src/i18n/languages.ts');
      expect(codes(module.languages)).toEqual(['en']);
      expect(module.translatedLanguages).toEqual([]);
    });

    it('takes several codes, with spaces, and fails on an unknown one', async () => {
      vi.stubEnv('SITE_LANGUAGES', 'ur, pl');
      vi.resetModules();
      expect(codes((await import('../../src/i18n/languages.ts')).languages)).toEqual(['en', 'ur', 'pl']);
      vi.stubEnv('SITE_LANGUAGES', 'en,xx');
      vi.resetModules();
      await expect(import('../../src/i18n/languages.ts')).rejects.toThrow(/xx have no strings file/);
    });

    it('leaves the area’s setting when unset', async () => {
      vi.stubEnv('SITE_LANGUAGES', '');
      vi.resetModules();
      const module = await import('../../src/i18n/languages.ts');
      const { area } = await import('../../src/area.ts');
      expect(codes(module.languages)).toEqual(codes(builtLanguages((area as { languages?: string[] }).languages)));
    });
  });
});
