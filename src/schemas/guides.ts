import { z } from 'astro/zod';
import { calendarDate, requiredText, slug, source, termsOf } from './common.ts';
import { audiences, categories, pfaPathways } from './taxonomy.ts';
import { translationsFor } from './translations.ts';

export const guideSchema = z
  .object({
    title: requiredText(5),
    summary: requiredText(10).max(240, { error: 'must be 240 characters or fewer' }),
    audiences: termsOf(audiences, 1),
    categories: termsOf(categories),
    pfaPathways: termsOf(pfaPathways),
    relatedServices: z.array(slug).default([]),
    order: z.number().int().default(100),
    updated: calendarDate,
    source,
    /** The guide's own words in other languages (src/schemas/translations.ts). */
    translations: translationsFor('guides'),
  })
  .strict();

export type Guide = z.infer<typeof guideSchema>;
