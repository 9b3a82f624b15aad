import { z } from 'astro/zod';
import { calendarDate, requiredText, termsOf } from './common.ts';
import { categories } from './taxonomy.ts';

/**
 * "You said, we did": comments people made about the Local Offer and the action
 * taken, which the SEND Regulations 2014 (regulation 56) require to be published.
 */
export const feedbackSchema = z
  .object({
    received: calendarDate,
    youSaid: requiredText(10),
    weDid: requiredText(10),
    categories: termsOf(categories),
    responded: calendarDate,
  })
  .strict();

export type Feedback = z.infer<typeof feedbackSchema>;
