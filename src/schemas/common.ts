/**
 * Building blocks shared by the content schemas.
 *
 * They accept what Decap CMS writes (see docs/content-model.md): a cleared optional
 * string is saved as "", a cleared number as "" (decap-cms issue #1451), dates as
 * ISO strings; YAML dates arrive as Date objects.
 */
import { z } from 'astro/zod';
import { area } from '../area.ts';
import { termValues, type TermDefinition } from './taxonomy.ts';

/** A stable, URL-safe identifier: lower-case letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(slugPattern, { error: 'must be a slug: lower-case letters, digits and hyphens, e.g. "kooth"' });

const emptyToUndefined = (value: unknown): unknown => (value === '' || value === null ? undefined : value);

/** Optional text: "" and null from the CMS mean "not given". */
export const optionalText = z.preprocess(emptyToUndefined, z.string().trim().min(1).optional());

/** Yes, no or not known: "" and null from the CMS mean "not known", never "no". */
export const optionalBoolean = z.preprocess(emptyToUndefined, z.boolean().optional());

/** Required text with a minimum length, trimmed. */
export const requiredText = (min = 1) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(min, { error: `must be at least ${String(min)} characters` });

/** Optional whole number within a range; "" from the CMS means "not given". */
export const optionalInteger = (min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(min, { error: `must be ${String(min)} or more` })
      .max(max, { error: `must be ${String(max)} or less` })
      .optional(),
  );

/** A calendar date written as YYYY-MM-DD (or an ISO date-time from the CMS). */
export const calendarDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });
export const optionalCalendarDate = z.preprocess(emptyToUndefined, calendarDate.optional());

/** One value from a taxonomy list. */
export const termOf = <const T extends readonly TermDefinition[]>(terms: T) => z.enum(termValues(terms));

/** A list of taxonomy values; `min` = 1 makes at least one required. */
export const termsOf = <const T extends readonly TermDefinition[]>(terms: T, min = 0) => {
  const list = z.array(termOf(terms));
  return min > 0
    ? list.min(min, { error: `choose at least ${String(min)}` })
    : z.preprocess(emptyToUndefined, list.optional()).transform((value) => value ?? []);
};

/**
 * UK phone numbers as people write them: 0121 303 1888, 116 123, 999, +44 121 ...
 * Digits, spaces and a leading + only; 3 to 13 digits.
 */
export const ukPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ]+$/, { error: 'must be a phone number: digits and spaces, e.g. "0121 000 0000"' })
  .refine((value) => /^\d{3,13}$/.test(value.replace(/[\s+]/g, '')), {
    error: 'must have between 3 and 13 digits',
  });

export const webAddress = z.url({
  protocol: /^https?$/,
  error: 'must be a full web address starting with https:// or http://',
});

export const contact = z
  .object({
    phone: z.preprocess(emptyToUndefined, ukPhone.optional()),
    email: z.preprocess(emptyToUndefined, z.email({ error: 'must be an email address' }).optional()),
    website: z.preprocess(emptyToUndefined, webAddress.optional()),
  })
  .strict();

/** UK postcode (full) or postcode district, upper-cased. */
export const postcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,2}\d[A-Z\d]?(?: ?\d[A-Z]{2})?$/, { error: 'must be a UK postcode, e.g. "B1 1BB"' });

/** The area's box (area/area.config.ts): a point outside it is a typo or a swapped latitude/longitude. */
const { bounds } = area;
const outside = (axis: 'latitude' | 'longitude', min: number, max: number) =>
  `must lie in ${bounds.name} (${axis} ${String(min)} to ${String(max)})`;

export const latitude = z.coerce
  .number({ error: 'must be a number' })
  .min(bounds.minLat, { error: outside('latitude', bounds.minLat, bounds.maxLat) })
  .max(bounds.maxLat, { error: outside('latitude', bounds.minLat, bounds.maxLat) });

export const longitude = z.coerce
  .number({ error: 'must be a number' })
  .min(bounds.minLng, { error: outside('longitude', bounds.minLng, bounds.maxLng) })
  .max(bounds.maxLng, { error: outside('longitude', bounds.minLng, bounds.maxLng) });

export const location = z
  .object({
    name: optionalText,
    address: optionalText,
    postcode: z.preprocess(emptyToUndefined, postcode.optional()),
    latitude: z.preprocess(emptyToUndefined, latitude.optional()),
    longitude: z.preprocess(emptyToUndefined, longitude.optional()),
    /** A refuge or safe house: its address and coordinates are never published. */
    confidential: z.boolean().default(false),
  })
  .strict()
  .refine((value) => (value.latitude === undefined) === (value.longitude === undefined), {
    error: 'give both latitude and longitude, or neither',
    path: ['longitude'],
  });

/**
 * Where the facts come from, as a member of the public can follow it: a document's title,
 * publisher and year (and page or section), a law, or a public web page. Never a reference
 * to a working copy (file names, line numbers).
 */
export const source = requiredText(5);

/**
 * Written by `npm run import` beside what it imported: a hash of the file without this line. The
 * import updates a file only while it still matches (nobody has edited it since, by hand or in the
 * CMS, which keeps the field hidden). See src/lib/import/importer.ts.
 */
export const importHash = z
  .string()
  .regex(/^[0-9a-f]{16}$/, { error: 'must be the 16 letters and digits the import wrote: leave it as it is' })
  .optional();

/**
 * Where an imported listing came from: who publishes the directory or spreadsheet, the feed or file,
 * the record's own id there (so a re-import finds it again) and the day it was imported.
 */
// Every part is optional so that the CMS never blocks saving a listing over them (Decap checks the
// required parts of an object field even when it is empty); the import always writes `from` and `date`.
export const importedFrom = z
  .object({
    publisher: optionalText,
    from: optionalText,
    sourceId: optionalText,
    date: optionalCalendarDate,
    /** The source's licence ("CC BY 4.0") and the credit it asks for: the data page shows them. */
    licence: optionalText,
    attribution: optionalText,
    /** True when a place was found from its postcode in the area's postcode lookup (OS Code-Point Open for Birmingham): the data page and the map then credit it. */
    postcodeLookup: z.boolean().optional(),
  })
  .strict();

/** What an editor must check before a draft is published, in plain words; cleared one by one as they are fixed. */
export const reviewNotes = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  z.array(requiredText(2)).optional(),
);

/** Who last checked a listing, and when. Role only: never a person's name. */
export const reviewFields = {
  assuredDate: calendarDate,
  assurerRole: requiredText(3),
};
