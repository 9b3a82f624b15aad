import { z } from 'astro/zod';
import { contact, importHash, requiredText, source, termOf, termsOf, webAddress } from './common.ts';
import { organisationKinds, serviceAreas } from './taxonomy.ts';

export const organisationSchema = z
  .object({
    name: requiredText(2),
    alternateName: z.preprocess((v) => (v === '' ? undefined : v), requiredText(2).optional()),
    kind: termOf(organisationKinds),
    summary: requiredText(10).max(240, { error: 'must be 240 characters or fewer' }),
    website: z.preprocess((v) => (v === '' ? undefined : v), webAddress.optional()),
    contact: contact.default({}),
    localities: termsOf(serviceAreas, 1),
    source,
    importHash,
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
