import { z } from 'astro/zod';
import { contact, importHash, requiredText, source, termOf, termsOf, webAddress } from './common.ts';
import { organisationKinds, serviceAreas } from './taxonomy.ts';

/**
 * The UK's charity registers, described once: the form of each one's numbers as we keep them
 * (`charityNumber`), and how Open Referral UK / HSDS 3 `organization_identifiers` write them, by
 * org-id.guide scheme. The import reads identifiers with these schemes, the ORUK export writes
 * them, and the organisation schema accepts exactly these forms.
 */
export interface CharityRegister {
  /** org-id.guide's code for the register; none for HMRC's references, which have no scheme there. */
  scheme: string | undefined;
  /** `identifier_type`: the register in words (a type that says "charity" is read back without a scheme). */
  type: string;
  /** Our form of its numbers. */
  pattern: RegExp;
  /** Letters our form puts before the digits. */
  prefix?: string;
  /** Whether the scheme's identifiers leave `prefix` out (org-id.guide writes GB-NIC numbers as digits). */
  schemeOmitsPrefix?: boolean;
}

export const charityRegisters: readonly CharityRegister[] = [
  // England and Wales: 6 to 8 digits; a linked charity adds "-1".
  {
    scheme: 'GB-CHC',
    type: 'Registered charity number (Charity Commission for England and Wales)',
    pattern: /^\d{6,8}(?:-\d{1,2})?$/,
  },
  { scheme: 'GB-SC', type: 'Scottish charity number (OSCR)', pattern: /^SC\d{6}$/, prefix: 'SC' },
  {
    scheme: 'GB-NIC',
    type: 'Registered charity number (Charity Commission for Northern Ireland)',
    pattern: /^NIC\d{6}$/,
    prefix: 'NIC',
    schemeOmitsPrefix: true,
  },
  // Northern Ireland's charities known to HMRC before its register opened: "XN" or "XR" and digits.
  { scheme: undefined, type: 'HMRC charity reference (Northern Ireland)', pattern: /^X[NR]\d{4,6}$/ },
];

/** The org-id.guide schemes of the charity registers, as identifiers name them. */
export const charitySchemes = charityRegisters.flatMap((register) => register.scheme ?? []) as [string, ...string[]];

/** A registered charity's number in any register's form: the import matches organisations by it. */
export const charityNumberPattern = new RegExp(
  `^(?:${charityRegisters.map((register) => register.pattern.source.replace(/^\^|\$$/g, '')).join('|')})$`,
);

const registerOfScheme = (scheme: string): CharityRegister | undefined =>
  charityRegisters.find((register) => register.scheme === scheme.trim().toUpperCase());

/**
 * A charity number as written anywhere ("sc 012345", "1 123 456", "Charity no. 1123456", an
 * org-id such as "GB-NIC-104226"), in the regulators' form, or undefined. With `scheme` (an
 * identifier's org-id.guide scheme), the number is read as that register writes it.
 */
export function normaliseCharityNumber(input: unknown, scheme?: string): string | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  let text = String(input)
    .toUpperCase()
    .replace(/^(REGISTERED\s+)?CHARITY\s*(NO\.?|NUMBER)?[:\s]*/, '')
    .replace(/[\s.]+/g, '');
  let register = scheme === undefined ? undefined : registerOfScheme(scheme);
  const orgId = /^(GB-[A-Z]+)-(.+)$/.exec(text);
  if (orgId?.[1] && orgId[2]) {
    register = registerOfScheme(orgId[1]);
    if (!register) return undefined;
    text = orgId[2];
  }
  if (register?.prefix && !text.startsWith(register.prefix) && register.pattern.test(`${register.prefix}${text}`)) {
    return `${register.prefix}${text}`;
  }
  // A number under another register's scheme than its form says is still read by its form.
  return charityNumberPattern.test(text) ? text : undefined;
}

/** A charity number's register, by its form. */
export function charityRegisterOf(charityNumber: string): CharityRegister | undefined {
  return charityRegisters.find((register) => register.pattern.test(charityNumber));
}

/** A charity number as an ORUK / HSDS 3 organisation identifier: its scheme, type and the scheme's form. */
export function charityIdentifier(
  charityNumber: string,
): { identifier_scheme?: string; identifier_type: string; identifier: string } | undefined {
  const register = charityRegisterOf(charityNumber);
  if (!register) return undefined;
  const identifier =
    register.schemeOmitsPrefix && register.prefix ? charityNumber.slice(register.prefix.length) : charityNumber;
  return {
    ...(register.scheme ? { identifier_scheme: register.scheme } : {}),
    identifier_type: register.type,
    identifier,
  };
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
