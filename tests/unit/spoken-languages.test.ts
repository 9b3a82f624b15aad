import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvToRecords, templateCsv } from '../../src/lib/open-data/csv.ts';
import { planFromRead } from '../../src/lib/import/importer.ts';
import {
  findSpokenLanguage,
  languageCodes,
  spokenLanguages,
  type SpokenLanguage,
} from '../../src/schemas/spoken-languages.ts';
import { serviceSchema } from '../../src/schemas/services.ts';

const all = spokenLanguages as readonly SpokenLanguage[];

describe('languages spoken', () => {
  it('names every language in English and in its own script, with ISO 639 codes as values', () => {
    for (const language of all) {
      expect(language.value, language.label).toMatch(/^[a-z]{2,3}$/);
      expect(language.nativeName.trim(), language.value).not.toBe('');
    }
    expect(new Set(all.map((language) => language.value)).size).toBe(all.length);
    expect(all.find((language) => language.value === 'ur')).toMatchObject({ nativeName: 'اردو', dir: 'rtl' });
    expect(all.find((language) => language.value === 'pl')).toMatchObject({ nativeName: 'Polski', dir: 'ltr' });
  });

  it('gives each name or code one language only', () => {
    const seen = new Map<string, string>();
    for (const language of all) {
      for (const name of [language.value, language.label, language.nativeName, ...language.aliases]) {
        const key = name.toLocaleLowerCase('en-GB');
        const other = seen.get(key);
        if (other !== undefined && other !== language.value) throw new Error(`${name}: ${other} and ${language.value}`);
        seen.set(key, language.value);
      }
    }
  });

  it('reads a language as spreadsheets and feeds write it', () => {
    for (const text of ['ur', 'urd', 'Urdu', 'URDU', ' urdu ', 'اردو', 'ur-PK']) {
      expect(findSpokenLanguage(text)?.value, text).toBe('ur');
    }
    expect(findSpokenLanguage('Panjabi')?.value).toBe('pa');
    expect(findSpokenLanguage('BSL')?.value).toBe('bfi');
    expect(findSpokenLanguage('Klingon')).toBeUndefined();
  });

  it('keeps a language it does not know as written, so the content check names it and nothing is lost', () => {
    expect(languageCodes(['English', 'Urdu', 'urdu', 'Klingon', ' '])).toEqual(['en', 'ur', 'Klingon']);
    const problems = serviceSchema.shape.languages.safeParse(['en', 'Klingon']);
    expect(problems.success).toBe(false);
    expect(serviceSchema.shape.languages.safeParse(['en', 'ur']).success).toBe(true);
  });

  it('tells "not known" (left out, or cleared in the CMS) from "no"', () => {
    const interpreter = serviceSchema.shape.interpreterAvailable;
    expect(interpreter.parse(undefined)).toBeUndefined();
    expect(interpreter.parse('')).toBeUndefined();
    expect(interpreter.parse(false)).toBe(false);
    expect(interpreter.parse(true)).toBe(true);
  });
});

describe('the spreadsheet import', () => {
  /** The import template's example row, with its languages cell and interpreter cell replaced. */
  function importWith(languages: string, interpreter: string) {
    const dir = mkdtempSync(join(tmpdir(), 'local-offer-languages-'));
    try {
      cpSync('content/organisations', join(dir, 'content', 'organisations'), { recursive: true });
      const csv = templateCsv().replace('English; Urdu,,', `"${languages}",${interpreter},`);
      const read = csvToRecords(csv, 'languages.csv');
      return { read, plan: planFromRead(read, { contentDir: join(dir, 'content'), projectRoot: dir }) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('fills languages with codes from English names, own-script names and codes, and the interpreter yes/no', () => {
    const { read, plan } = importWith('English; اردو; pa; Polski', 'yes');
    expect(read.records[0]?.data.languages).toEqual(['en', 'ur', 'pa', 'pl']);
    expect(read.records[0]?.data.interpreterAvailable).toBe(true);
    expect(plan.problems).toEqual([]);
  });

  it('keeps a row with a language it does not know as a draft, naming the column and the language', () => {
    const { plan } = importWith('Urdu; Klingon', '');
    expect(plan.problems).toEqual([]);
    expect(plan.outcomes).toHaveLength(1);
    expect(plan.outcomes[0]).toMatchObject({ origin: 'languages.csv line 2', outcome: 'draft' });
    expect(plan.outcomes[0]?.reasons.join('\n')).toMatch(/languages.*Klingon/);
  });
});
