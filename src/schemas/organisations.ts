import { z } from 'astro/zod';
import { contact, importHash, requiredText, source, termOf, termsOf, webAddress } from './common.ts';
import { organisationKinds, serviceAreas } from './taxonomy.ts';

/**
 * A registered charity's number, as its regulator writes it: England and Wales 6 to 8 digits
 * (a linked charity adds "-1"), Scotland "SC" and 6 digits, Northern Ireland "NIC" and 6 digits
 * (its older numbers "XN" or "XR" and digits). The import matches organisations by it.
 */
export const charityNumberPattern = /^(?:\d{6,8}(?:-\d{1,2})?|SC\d{6}|NIC\d{6}|X[NR]\d{4,6})$/;

/** A charity number as written anywhere ("sc 012345", "1 123 456"), in the regulators' form, or undefined. */
export function normaliseCharityNumber(input: unknown): string | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const text = String(input)
    .toUpperCase()
    .replace(/^(REGISTERED\s+)?CHARITY\s*(NO\.?|NUMBER)?[:\s]*/, '')
    .replace(/[\s.]+/g, '');
  return charityNumberPattern.test(text) ? text : undefined;
}

export const organisationSchema = z
  .object({
    name: requiredText(2),
    alternateName: z.preprocess((v) => (v === '' ? undefined : v), requiredText(2).optional()),
    kind: termOf(organisationKinds),
    summary: requiredText(10).max(240, { error: 'must be 240 characters or fewer' }),
    website: z.preprocess((v) => (v === '' ? undefined : v), webAddress.optional()),
    charityNumber: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(charityNumberPattern, {
          error:
            'must be a registered charity number: 6 to 8 digits (England and Wales, e.g. 1123456), SC and 6 digits (Scotland) or NIC and 6 digits (Northern Ireland)',
        })
        .optional(),
    ),
    contact: contact.default({}),
    localities: termsOf(serviceAreas, 1),
    source,
    importHash,
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
