import { z } from 'astro/zod';
import { contact, optionalInteger, optionalText, requiredText, reviewFields, source } from './common.ts';

/**
 * A local crisis line shown in the urgent help block: an area setting (`crisisLines` in
 * area/area.config.ts, checked by src/lib/safety/crisis-lines.ts), changed only through a reviewed
 * pull request. National numbers (999, NHS 111, Samaritans, Childline) are in
 * src/lib/safety/sensitive-pages.ts. Never add a number you have not confirmed on the provider's
 * own public page: give that page as source.
 */
export const crisisLineSchema = z
  .object({
    name: requiredText(2),
    /** Who it is for and when to use it, in one plain sentence. */
    summary: requiredText(10).max(200, { error: 'must be 200 characters or fewer' }),
    contact: contact.refine((value) => Boolean(value.phone || value.website), {
      error: 'give a phone number or a website',
    }),
    /** A text service, e.g. "Text SHOUT to 85258". */
    textMessage: optionalText,
    hours: requiredText(3),
    /** Lower numbers are listed first. */
    order: optionalInteger(0, 999),
    ...reviewFields,
    source,
  })
  .strict();

/** A crisis line as area/area.config.ts writes it (dates as "YYYY-MM-DD"). */
export type CrisisLineSetting = z.input<typeof crisisLineSchema>;
export type CrisisLine = z.infer<typeof crisisLineSchema>;
