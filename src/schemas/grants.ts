import { z } from 'astro/zod';
import {
  optionalCalendarDate,
  optionalInteger,
  optionalText,
  requiredText,
  reviewFields,
  slug,
  source,
  termOf,
  termsOf,
} from './common.ts';
import { categories, grantApplicants, grantStatuses, serviceAreas } from './taxonomy.ts';

const pounds = z.preprocess(
  (v) => (v === '' || v === null ? undefined : v),
  z.coerce
    .number({ error: 'must be an amount in pounds, digits only' })
    .positive({ error: 'must be more than 0' })
    .optional(),
);

export const grantSchema = z
  .object({
    name: requiredText(2),
    summary: requiredText(10).max(240, { error: 'must be 240 characters or fewer' }),
    funder: slug,
    applicants: termsOf(grantApplicants, 1),
    categories: termsOf(categories, 1),
    amount: z
      .object({
        maximum: pounds,
        typical: pounds,
        detail: optionalText,
      })
      .strict()
      .default({}),
    status: termOf(grantStatuses),
    opens: optionalCalendarDate,
    closes: optionalCalendarDate,
    eligibilityDescription: requiredText(10),
    howToApply: requiredText(10),
    localities: termsOf(serviceAreas, 1),
    ...reviewFields,
    /** Months until the listing needs checking again; the site default when left out. */
    reviewIntervalMonths: optionalInteger(1, 36),
    source,
  })
  .strict()
  .superRefine((value, ctx) => {
    const { maximum, typical } = value.amount;
    if (maximum !== undefined && typical !== undefined && typical > maximum) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount', 'typical'],
        input: typical,
        message: `must not be above the maximum (£${String(maximum)})`,
      });
    }
    if (value.opens && value.closes && value.opens > value.closes) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        input: value.closes,
        message: 'must be after the opening date',
      });
    }
    if (value.status === 'open' && value.closes === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        input: undefined,
        message: 'is required when status is "open" (use status "rolling" for a grant with no closing date)',
      });
    }
  });

export type Grant = z.infer<typeof grantSchema>;
