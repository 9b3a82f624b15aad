/**
 * JSON Schema (draft-07) of the Open Referral UK records this site publishes, for the
 * tests' validator (tests/support/oruk-validator.ts) and anyone checking the feed.
 * Generated from the zod schemas in ./service.ts, which describe the records once.
 */
import { z } from 'astro/zod';
import { orukServicePageSchema as servicePage, orukServiceSchema as service } from './service.ts';

type JsonSchema = Record<string, unknown>;

const jsonSchemaOf = (schema: z.ZodType, id: string, title: string): JsonSchema => ({
  ...z.toJSONSchema(schema, { target: 'draft-07', io: 'output' }),
  $id: `https://localoffer.example.org/schemas/oruk/${id}.json`,
  title,
});

export const orukServiceSchema: JsonSchema = jsonSchemaOf(
  service,
  'service',
  'Open Referral UK v3 service, as published by the Local Offer directory',
);

/** A page of services, as the ORUK API's `/services` answers (its `Page` object with `contents`). */
export const orukServicePageSchema: JsonSchema = jsonSchemaOf(
  servicePage,
  'service-page',
  'Open Referral UK v3 page of services',
);
