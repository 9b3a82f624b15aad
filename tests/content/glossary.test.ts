/**
 * The bundled glossary (content/glossary/): every entry valid, each term found where it
 * is written, no form claimed by two entries, and the jargon the seeds use covered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { parseMarkdown } from '../../src/lib/content/front-matter.ts';
import { glossaryMatcher, readGlossaryTerms } from '../../src/lib/content/glossary.ts';

const files = readdirSync('content/glossary').filter((file) => file.endsWith('.md'));

describe('content/glossary', () => {
  it('has a valid entry, with a plain explanation and a body, in every file', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) {
      const parsed = parseMarkdown(readFileSync(`content/glossary/${file}`, 'utf8'));
      const result = glossarySchema.safeParse(parsed.data);
      expect(result.success, `${file}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      expect(parsed.body.trim().length, file).toBeGreaterThan(20);
    }
  });

  it('reads every entry for the markdown step, and finds each form as written', () => {
    const terms = readGlossaryTerms('content');
    expect(terms).toHaveLength(files.length);
    const matcher = glossaryMatcher(terms);
    for (const term of terms) {
      for (const form of term.forms) {
        expect(matcher.find(`About ${form}.`, new Set())?.id, form).toBe(term.id);
      }
    }
  });

  it('covers the jargon the partnership asks to explain', () => {
    const ids = new Set(files.map((file) => file.replace(/\.md$/, '')));
    for (const id of [
      'ehcp',
      'send',
      'senco',
      'camhs',
      'early-help',
      'preparing-for-adulthood',
      'direct-payment',
      'short-breaks',
      'annual-review',
      'transition-assessment',
      'personal-budget',
      'advocacy',
      'supported-living',
      'enablement',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
