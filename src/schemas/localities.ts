import { z } from 'astro/zod';
import { optionalText, requiredText, slug, source, termOf } from './common.ts';
import { localityAreas } from './taxonomy.ts';

export const localitySchema = z
  .object({
    name: requiredText(2),
    /** The key of this locality's polygon in the boundary data (its `slug` property). */
    boundaryKey: termOf(localityAreas),
    summary: requiredText(10).max(240, { error: 'must be 240 characters or fewer' }),
    neighbourhoods: z.array(requiredText(2)).default([]),
    wards: z.array(requiredText(2)).default([]),
    leadOrganisation: z.preprocess((v) => (v === '' ? undefined : v), slug.optional()),
    communityNotes: optionalText,
    source,
  })
  .strict();

export type Locality = z.infer<typeof localitySchema>;
