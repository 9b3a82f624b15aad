/**
 * JSON Schema (draft-07) of the Open Referral UK records this site publishes.
 *
 * Written for this project from the field definitions of the published
 * specification: Open Referral UK, version 3.0 ("Open Referral UK Profile for
 * Version 3", https://openreferraluk.org/ and its schema reference,
 * https://github.com/OpenReferralUK/uk-profile, schema/compiled/service.json and
 * the API description schema/openapi.json). It is NOT a copy of the official
 * schema files, which this repository does not vendor: tests also validate the
 * feed against the official files when they are present outside the repository
 * (see tests/build/oruk-feed.test.ts and docs/open-referral.md).
 *
 * It follows the specification's names, types, formats (uuid, uri, email, date,
 * date-time), enumerations and required fields, and is stricter where we can be:
 * every object lists exactly the fields we emit (additionalProperties: false),
 * so an accidental field (a confidential address, say) fails the tests.
 * Fields marked "HSDS 3.0" are in the international standard but left out of
 * the UK profile, which allows additional data; `x_local_offer` is our extension.
 */

type JsonSchema = Record<string, unknown>;

const text: JsonSchema = { type: 'string', minLength: 1 };
const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const uri: JsonSchema = { type: 'string', format: 'uri' };
const email: JsonSchema = { type: 'string', format: 'email' };
const date: JsonSchema = { type: 'string', format: 'date' };
const age: JsonSchema = { type: 'number', minimum: 0 };
/** HH:MM, as the spec's `opens_at` / `closes_at` describe. */
const clock: JsonSchema = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:\\d{2})?$' };

const object = (properties: Record<string, JsonSchema>, required: string[]): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

// `code` (taxonomy term) and `link_entity` (attribute) are HSDS 3.0 fields that the UK
// profile leaves out and DfE's Family Hubs puller requires: we send both.
const taxonomyTerm = object(
  { id: uuid, name: text, description: text, taxonomy: text, taxonomy_id: uuid, term: text, code: text },
  ['id', 'name', 'description', 'code'],
);

const attribute = object(
  {
    id: uuid,
    link_id: uuid,
    link_type: { type: 'string', enum: ['service', 'organization'] },
    link_entity: { type: 'string', enum: ['service', 'organization'] },
    taxonomy_term_id: uuid,
    taxonomy_term: taxonomyTerm,
  },
  ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id', 'taxonomy_term'],
);

/** HSDS 3.0 phone (the UK profile keeps phones on no object; we send them on services and organisations). */
const phone = object({ id: uuid, service_id: uuid, organization_id: uuid, number: text }, ['id', 'number']);

const address = object(
  {
    id: uuid,
    location_id: uuid,
    address_1: { type: 'string' },
    city: text,
    state_province: text,
    postal_code: { type: 'string' },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    address_type: { type: 'string', enum: ['physical', 'postal', 'virtual'] },
  },
  ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
);

const location = object(
  {
    id: uuid,
    location_type: { type: 'string', enum: ['physical', 'postal', 'virtual'] },
    name: text,
    latitude: { type: 'number', minimum: -90, maximum: 90 },
    longitude: { type: 'number', minimum: -180, maximum: 180 },
    addresses: arrayOf(address),
  },
  ['id', 'location_type'],
);

const serviceAtLocation = object({ id: uuid, service_id: uuid, location_id: uuid, location }, ['id', 'location']);

const schedule = object(
  {
    id: uuid,
    service_id: uuid,
    freq: { type: 'string', enum: ['WEEKLY', 'MONTHLY'] },
    interval: { type: 'number', minimum: 1 },
    byday: { type: 'string', pattern: '^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$' },
    opens_at: clock,
    closes_at: clock,
    description: text,
  },
  ['id'],
);

const serviceArea = object({ id: uuid, service_id: uuid, name: text, service_area: text }, ['id']);

/** `name` is the HSDS 3.0 language name (the UK profile keeps only the ids). */
const language = object({ id: uuid, service_id: uuid, name: text }, ['id']);

const costOption = object({ id: uuid, service_id: uuid, option: text, amount_description: text }, ['id']);

const organisationExtension = object(
  {
    slug: text,
    page_url: uri,
    kind: text,
    localities: arrayOf(text),
    source: text,
    contact_website: uri,
    body: { type: 'string' },
  },
  ['slug', 'page_url', 'kind', 'localities', 'source', 'body'],
);

export const orukOrganizationSchema = object(
  {
    id: uuid,
    name: text,
    alternate_name: text,
    description: text,
    email,
    website: uri,
    uri,
    phones: arrayOf(phone),
    attributes: arrayOf(attribute),
    x_local_offer: organisationExtension,
  },
  ['id', 'name', 'description'],
);

const serviceExtension = object(
  {
    slug: text,
    page_url: uri,
    kind: text,
    summary: text,
    status: text,
    assurer_role: text,
    source: text,
    neighbourhood: text,
    accessibility: text,
    anonymous: { type: 'boolean' },
    review_interval_months: { type: 'integer', minimum: 1 },
    start_date: date,
    end_date: date,
  },
  ['slug', 'page_url', 'kind', 'summary', 'status', 'assurer_role', 'source', 'anonymous'],
);

export const orukServiceSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://localoffer.example.org/schemas/oruk/service.json',
  title: 'Open Referral UK v3 service, as published by the Local Offer directory',
  ...object(
    {
      id: uuid,
      organization_id: uuid,
      name: text,
      description: text,
      url: uri,
      email,
      status: { type: 'string', enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
      minimum_age: age,
      maximum_age: age,
      assured_date: date,
      last_modified: { type: 'string', format: 'date-time' },
      application_process: text,
      eligibility_description: text,
      fees_description: text,
      interpretation_services: text,
      organization: orukOrganizationSchema,
      phones: arrayOf(phone),
      schedules: arrayOf(schedule),
      service_areas: arrayOf(serviceArea),
      service_at_locations: arrayOf(serviceAtLocation),
      languages: arrayOf(language),
      cost_options: arrayOf(costOption),
      attributes: arrayOf(attribute),
      x_local_offer: serviceExtension,
    },
    ['id', 'name', 'status', 'organization_id', 'organization', 'description'],
  ),
};

/** A page of services, as the ORUK API's `/services` answers (its `Page` object with `contents`). */
export const orukServicePageSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://localoffer.example.org/schemas/oruk/service-page.json',
  title: 'Open Referral UK v3 page of services',
  ...object(
    {
      total_items: { type: 'integer', minimum: 0 },
      total_pages: { type: 'integer', minimum: 1 },
      page_number: { type: 'integer', minimum: 1 },
      size: { type: 'integer', minimum: 0 },
      first_page: { type: 'boolean' },
      last_page: { type: 'boolean' },
      empty: { type: 'boolean' },
      contents: arrayOf({ $ref: 'https://localoffer.example.org/schemas/oruk/service.json' }),
    },
    ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
  ),
};
