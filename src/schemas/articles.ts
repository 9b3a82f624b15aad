import { z } from 'astro/zod';
import { calendarDate, optionalText, requiredText, slug, source, termOf, termsOf } from './common.ts';
import { articleStatuses, articleTopics, outcomes } from './taxonomy.ts';

/**
 * Pen names protect young editors: one word of letters (hyphen or underscore
 * allowed), no spaces (so no "First Last" full names) and no digits (so no ages).
 */
export const penNamePattern = /^[A-Za-z][A-Za-z_-]{1,29}$/;
export const penNameRule =
  'a pen name of one word, 2 to 30 letters (hyphens and underscores allowed), with no spaces or numbers: never your full name or your age';

export const penName = z
  .string()
  .trim()
  .regex(penNamePattern, { error: `must be ${penNameRule}` });

export const articleSchema = z
  .object({
    title: requiredText(5),
    summary: requiredText(10).max(240, { error: 'must be 240 characters or fewer' }),
    author: penName,
    topics: termsOf(articleTopics, 1),
    outcomes: termsOf(outcomes),
    publishedDate: calendarDate,
    status: termOf(articleStatuses),
    reviewer: z.preprocess((v) => (v === '' ? undefined : v), requiredText(3).optional()),
    relatedServices: z.array(slug).default([]),
    contentNote: optionalText,
    source,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.status === 'published' && value.reviewer === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewer'],
        input: undefined,
        message: 'is required before an article is published: record who reviewed it (a role or pen name)',
      });
    }
  });

export type Article = z.infer<typeof articleSchema>;
