import { z } from 'astro/zod';
import { calendarDate, requiredText, source } from './common.ts';
import { translationsFor } from './translations.ts';

/** Standing pages: about, accessibility statement, privacy notice and the like. */
export const pageSchema = z
  .object({
    title: requiredText(3),
    summary: requiredText(10).max(240, { error: 'must be 240 characters or fewer' }),
    updated: calendarDate,
    source,
    /** The page's own words in other languages (src/schemas/translations.ts). */
    translations: translationsFor('pages'),
  })
  .strict();

export type Page = z.infer<typeof pageSchema>;
