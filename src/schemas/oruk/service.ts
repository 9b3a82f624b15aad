/**
 * The Open Referral UK records this site publishes, described once as zod schemas:
 * src/lib/open-data/oruk.ts builds its records to the types inferred from them, and
 * the JSON Schema the tests validate the feed with is generated from them
 * (service-schema.ts, with zod's `toJSONSchema`).
 *
 * Written for this project from the field definitions of the published
 * specification: Open Referral UK, version 3.0 ("Open Referral UK Profile for
 * Version 3", https://openreferraluk.org/ and its schema reference,
 * https://github.com/OpenReferralUK/uk-profile, schema/compiled/service.json and
 * the API description schema/openapi.json). It is NOT a copy of the official
 * schema files, which this repository does not vendor: tests also validate the
 * feed against the official files when they are present outside the repository
 * (tests/content/build/data-export.test.ts, and docs/open-referral.md).
 *
 * It follows the specification's names, types, formats (uuid, uri, email, date,
 * date-time) and enumerations, and is stricter where we can be: a field we always
 * emit is required even where the specification lets it be left out, and every
 * object lists exactly the fields we emit (strict objects), so an accidental field
 * (a confidential address, say) fails the tests. Fields marked "HSDS 3.0" are
 * in the international standard but left out of the UK profile, which allows
 * additional data; `x_local_offer` is our extension.
 */
import { z } from 'astro/zod';
import { charitySchemes } from '../organisations.ts';

const text = z.string().min(1);
const uuid = z.uuid();
const uri = z.url();
const email = z.email();
const date = z.iso.date();
const age = z.number().min(0);
/** HH:MM, as the spec's `opens_at` / `closes_at` describe. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2})?$/);
const addressTypes = z.enum(['physical', 'postal', 'virtual']);

export const orukTaxonomyTermSchema = z.strictObject({
  id: uuid,
  name: text,
  description: text,
  taxonomy: text,
  taxonomy_id: uuid,
  term: text,
  // HSDS 3.0 fields the UK profile leaves out and DfE's Family Hubs puller requires.
  code: text,
});

export const orukAttributeSchema = z.strictObject({
  id: uuid,
  link_id: uuid,
  link_type: z.enum(['service', 'organization']),
  link_entity: z.enum(['service', 'organization']),
  taxonomy_term_id: uuid,
  taxonomy_term: orukTaxonomyTermSchema,
});

/** HSDS 3.0 phone (the UK profile keeps phones on no object; we send them on services and organisations). */
export const orukPhoneSchema = z.strictObject({
  id: uuid,
  service_id: uuid.optional(),
  organization_id: uuid.optional(),
  number: text,
});

export const orukAddressSchema = z.strictObject({
  id: uuid,
  location_id: uuid,
  address_1: z.string(),
  city: text,
  state_province: text,
  postal_code: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/),
  address_type: addressTypes,
});

export const orukLocationSchema = z.strictObject({
  id: uuid,
  location_type: addressTypes,
  name: text.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  addresses: z.array(orukAddressSchema),
});

export const orukServiceAtLocationSchema = z.strictObject({
  id: uuid,
  service_id: uuid,
  location_id: uuid,
  location: orukLocationSchema,
});

export const orukScheduleSchema = z.strictObject({
  id: uuid,
  service_id: uuid,
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  interval: z.number().min(1).optional(),
  byday: z
    .string()
    .regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/)
    .optional(),
  opens_at: clock.optional(),
  closes_at: clock.optional(),
  description: text.optional(),
});

export const orukServiceAreaSchema = z.strictObject({
  id: uuid,
  service_id: uuid,
  name: text,
  service_area: text,
});

/** `name` and `code` (ISO 639) are HSDS 3.0's (the UK profile keeps only the ids). */
export const orukLanguageSchema = z.strictObject({ id: uuid, service_id: uuid, name: text, code: text });

export const orukCostOptionSchema = z.strictObject({
  id: uuid,
  service_id: uuid,
  option: text,
  amount_description: text.optional(),
});

/**
 * A third party's identifier of an organisation: we send its registered charity number, with the
 * register's org-id.guide scheme where it has one (src/schemas/organisations.ts, charityRegisters).
 */
export const orukOrganizationIdentifierSchema = z.strictObject({
  id: uuid,
  organization_id: uuid,
  identifier_scheme: z.enum(charitySchemes).optional(),
  identifier_type: text,
  identifier: text,
});

/** Our own fields of an organisation, with no ORUK equivalent. */
export const orukOrganisationExtensionSchema = z.strictObject({
  slug: text,
  page_url: uri,
  kind: text,
  localities: z.array(text),
  source: text,
  contact_website: uri.optional(),
  body: z.string(),
});

export const orukOrganizationSchema = z.strictObject({
  id: uuid,
  name: text,
  alternate_name: text.optional(),
  description: text,
  email: email.optional(),
  website: uri.optional(),
  uri,
  phones: z.array(orukPhoneSchema),
  organization_identifiers: z.array(orukOrganizationIdentifierSchema),
  attributes: z.array(orukAttributeSchema),
  x_local_offer: orukOrganisationExtensionSchema,
});

/** Our own fields of a service, with no ORUK equivalent. */
export const orukServiceExtensionSchema = z.strictObject({
  slug: text,
  page_url: uri,
  kind: text,
  summary: text,
  status: text,
  assurer_role: text,
  source: text,
  neighbourhood: text.optional(),
  accessibility: text.optional(),
  anonymous: z.boolean(),
  /** Whether an interpreter can be arranged; left out when not known (ORUK has no field for it). */
  interpreter_available: z.boolean().optional(),
  review_interval_months: z.int().min(1).optional(),
  start_date: date.optional(),
  end_date: date.optional(),
});

export const orukServiceSchema = z.strictObject({
  id: uuid,
  organization_id: uuid,
  name: text,
  description: text,
  url: uri.optional(),
  email: email.optional(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  minimum_age: age.optional(),
  maximum_age: age.optional(),
  assured_date: date,
  last_modified: z.iso.datetime(),
  application_process: text,
  eligibility_description: text.optional(),
  fees_description: text.optional(),
  interpretation_services: text.optional(),
  organization: orukOrganizationSchema,
  phones: z.array(orukPhoneSchema),
  schedules: z.array(orukScheduleSchema),
  service_areas: z.array(orukServiceAreaSchema),
  service_at_locations: z.array(orukServiceAtLocationSchema),
  languages: z.array(orukLanguageSchema),
  cost_options: z.array(orukCostOptionSchema),
  attributes: z.array(orukAttributeSchema),
  x_local_offer: orukServiceExtensionSchema,
});

/** A page of services, as the ORUK API's `/services` answers (its `Page` object with `contents`). */
export const orukServicePageSchema = z.strictObject({
  total_items: z.int().min(0),
  total_pages: z.int().min(1),
  page_number: z.int().min(1),
  size: z.int().min(0),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(orukServiceSchema),
});

export type OrukTaxonomyTerm = z.infer<typeof orukTaxonomyTermSchema>;
export type OrukAttribute = z.infer<typeof orukAttributeSchema>;
export type OrukPhone = z.infer<typeof orukPhoneSchema>;
export type OrukAddress = z.infer<typeof orukAddressSchema>;
export type OrukLocation = z.infer<typeof orukLocationSchema>;
export type OrukServiceAtLocation = z.infer<typeof orukServiceAtLocationSchema>;
export type OrukSchedule = z.infer<typeof orukScheduleSchema>;
export type OrukServiceArea = z.infer<typeof orukServiceAreaSchema>;
export type OrukLanguage = z.infer<typeof orukLanguageSchema>;
export type OrukCostOption = z.infer<typeof orukCostOptionSchema>;
export type OrukOrganizationIdentifier = z.infer<typeof orukOrganizationIdentifierSchema>;
export type OrukOrganisationExtension = z.infer<typeof orukOrganisationExtensionSchema>;
export type OrukOrganization = z.infer<typeof orukOrganizationSchema>;
export type OrukServiceExtension = z.infer<typeof orukServiceExtensionSchema>;
export type OrukService = z.infer<typeof orukServiceSchema>;
/** A page of the API's answer; `contents` typed by what the page holds. */
export type OrukPage<T> = Omit<z.infer<typeof orukServicePageSchema>, 'contents'> & { contents: T[] };
