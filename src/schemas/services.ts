import { z } from 'astro/zod';
import {
  calendarDate,
  contact,
  importHash,
  importedFrom,
  location,
  optionalBoolean,
  optionalInteger,
  optionalText,
  requiredText,
  reviewFields,
  reviewNotes,
  slug,
  source,
  termOf,
  termsOf,
} from './common.ts';
import {
  accessRoutes,
  audiences,
  categories,
  costTypes,
  deliveryModes,
  levelsOfNeed,
  outcomes,
  pfaPathways,
  serviceAreas,
  serviceKinds,
  serviceStatuses,
  specificNeeds,
  weekdays,
} from './taxonomy.ts';
import { spokenLanguages } from './spoken-languages.ts';
import { translationsFor } from './translations.ts';

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written as HH:MM, e.g. "09:30"' });

export const regularSchedule = z
  .object({
    days: termsOf(weekdays, 1),
    opensAt: clockTime,
    closesAt: clockTime,
  })
  .strict()
  .refine((value) => value.opensAt < value.closesAt, {
    error: 'closing time must be after opening time',
    path: ['closesAt'],
  });

/** Opening times: structured days and times, a note ("term time only"), or both. */
export const schedule = z
  .object({
    regular: z.array(regularSchedule).default([]),
    note: optionalText,
  })
  .strict();

export const cost = z
  .object({
    type: termOf(costTypes),
    detail: optionalText,
  })
  .strict();

/** Every field of a service, once; the published and the draft schemas below differ only in what is required. */
const serviceFields = {
  name: requiredText(2),
  kind: termOf(serviceKinds).default('service'),
  summary: requiredText(10).max(240, { error: 'must be 240 characters or fewer (one or two plain sentences)' }),
  organisation: slug,
  categories: termsOf(categories, 1),
  needs: termsOf(specificNeeds),
  audiences: termsOf(audiences, 1),
  minimumAge: optionalInteger(0, 25),
  maximumAge: optionalInteger(0, 25),
  levelOfNeed: termsOf(levelsOfNeed, 1),
  localities: termsOf(serviceAreas, 1),
  neighbourhood: optionalText,
  delivery: termsOf(deliveryModes, 1),
  locations: z.array(location).default([]),
  contact: contact.default({}),
  cost,
  applicationProcess: requiredText(10),
  accessRoutes: termsOf(accessRoutes, 1),
  eligibilityDescription: optionalText,
  schedule: schedule.optional(),
  /** The languages staff speak with families (ISO 639 codes from spoken-languages.ts); not interpreted ones. */
  languages: termsOf(spokenLanguages),
  /** Whether the service arranges an interpreter for other languages; left out when not known. */
  interpreterAvailable: optionalBoolean,
  interpretationServices: optionalText,
  accessibility: optionalText,
  anonymous: z.boolean().default(false),
  status: termOf(serviceStatuses),
  ...reviewFields,
  reviewIntervalMonths: optionalInteger(1, 36),
  source,
  outcomes: termsOf(outcomes),
  pfaPathways: termsOf(pfaPathways),
  keywords: z.array(requiredText(2)).default([]),
  startDate: z.preprocess((v) => (v === '' ? undefined : v), calendarDate.optional()),
  endDate: z.preprocess((v) => (v === '' ? undefined : v), calendarDate.optional()),
  /** The listing's own words in other languages (src/schemas/translations.ts). */
  translations: translationsFor('services'),
  imported: importedFrom.optional(),
  reviewNotes,
  importHash,
};

/** The youngest age must not be above the oldest: for published listings and drafts alike. */
function checkAges(value: { minimumAge?: number | undefined; maximumAge?: number | undefined }, ctx: z.RefinementCtx) {
  if (value.minimumAge !== undefined && value.maximumAge !== undefined && value.minimumAge > value.maximumAge) {
    ctx.addIssue({
      code: 'custom',
      path: ['minimumAge'],
      input: value.minimumAge,
      message: `must not be above the maximum age (${String(value.maximumAge)})`,
    });
  }
}

export const serviceSchema = z
  .object(serviceFields)
  .strict()
  .superRefine((value, ctx) => {
    checkAges(value, ctx);
    if (value.status === 'historic' && value.endDate === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        input: undefined,
        message: 'is required when status is "historic": say when it stopped (use the source date if unknown)',
      });
    }
  });

export type Service = z.infer<typeof serviceSchema>;

/**
 * A draft (`status: draft`): an imported record that is not complete or not certain yet. Only the
 * name, the source and the review notes are required; whatever else it has must still be valid.
 * Drafts stay in content/ and the CMS, and never reach a public page, feed, download or index
 * (src/lib/content/published-loader.ts keeps them out of the collections).
 */
export const draftServiceSchema = z
  .object(serviceFields)
  .partial()
  .extend({
    name: requiredText(2),
    status: z.literal('draft'),
    source,
    reviewNotes: z.array(requiredText(2)).min(1, { error: 'say what is missing or doubtful before publishing' }),
  })
  .strict()
  .superRefine(checkAges);

export type DraftService = z.infer<typeof draftServiceSchema>;
