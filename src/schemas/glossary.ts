import { z } from 'astro/zod';
import { calendarDate, optionalText, requiredText, source } from './common.ts';
import { translationsFor } from './translations.ts';

/**
 * Plain words: one entry per piece of jargon families meet (EHCP, SENCO, CAMHS...).
 * The file name is the entry's anchor on the glossary page (/glossary/#ehcp). The
 * first use of the term, or of any of `alsoWritten`, in a page's text links there
 * (src/lib/content/glossary.ts). Forms with two capitals in a word (SEND, PfA, EHC
 * plan) match only as written, so "send a letter" is never linked; other forms
 * match in any case.
 */
export const glossarySchema = z
  .object({
    term: requiredText(2),
    /** What the letters stand for, for an abbreviation. */
    standsFor: optionalText,
    /** Other ways pages write it: plurals, the long form, older names. */
    alsoWritten: z.array(requiredText(2)).default([]),
    /** One or two plain sentences: what it is and why it matters to a family. */
    summary: requiredText(10).max(300, { error: 'must be 300 characters or fewer (one or two plain sentences)' }),
    updated: calendarDate,
    source,
    /** The glossary entry's own words in other languages (src/schemas/translations.ts). */
    translations: translationsFor('glossary'),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
