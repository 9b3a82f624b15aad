/**
 * A synthetic Open Referral UK v3 `/services` feed for the import benchmark, shaped like a
 * council's output with its messiness: HTML and long descriptions, phone numbers written
 * several ways (some not phone numbers at all), names that repeat at different places,
 * organisations shared by many services, foreign taxonomy terms, and postcodes from the
 * area's own lookup (some only a district, some outside the area). Every name says
 * "Synthetic"; nothing here describes a real service. Deterministic for a given size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postcodeLookupFile } from '../../src/lib/import/places.ts';

/** The mapping a connector would write for this feed (its terms, defaults and organisation kinds). */
export const importBenchMapping = `# The mapping for the benchmark's synthetic feed (scripts/bench/import-feed.ts).
source:
  publisher: Synthetic Example Council
terms:
  "Parenting":
    categories: [parenting]
  "Early years":
    categories: [early-years]
    audiences: [children]
  "Youth clubs":
    categories: [community-activities]
    audiences: [young-people]
  "Parents and carers":
    audiences: [families-parents-carers]
defaults:
  levelOfNeed: [universal]
  accessRoutes: [self-refer-phone-or-drop-in]
  delivery: [in-person]
  cost: free
  applicationProcess: Contact the service to ask about a place.
organisationKinds:
${Array.from({ length: 50 }, (_, n) => `  "Synthetic Organisation ${String(n)}": voluntary-community`).join('\n')}
`;

const phonesFor = (n: number): { number: string }[] => {
  switch (n % 6) {
    case 0:
      return [{ number: '0121 496 0100' }];
    case 1:
      return [{ number: '+44 (0)121 496 0101 ext. 12' }];
    case 2:
      return [{ number: '(0121) 4960102 or 07700 900102' }];
    case 3:
      return [{ number: 'ask at reception' }];
    case 4:
      return [{ number: '07700900104' }];
    default:
      return [];
  }
};

const longText =
  'Families come along to play, talk and share a drink with other parents in a friendly room. ' +
  'Staff are on hand to answer questions about feeding, sleep and starting nursery. ' +
  'There are toys for every age and a quiet corner for babies. ';

function descriptionFor(n: number): string {
  if (n % 5 === 0)
    return `<p>A <strong>synthetic</strong> group, number ${String(n)}.</p><ul><li>Stay and play</li><li>Advice</li></ul>`;
  if (n % 5 === 1) return `Synthetic group ${String(n)}. ${longText.repeat(4)}`;
  if (n % 5 === 2)
    return `<p>Synthetic session ${String(n)} for families.&nbsp;<a href="https://example.org/${String(n)}">More</a></p>`;
  return `Synthetic group number ${String(n)}, for families in the area.`;
}

/** A page of `size` services, as a v3 `/services` endpoint returns it. */
export function generateImportFeed(size: number, projectRoot = process.cwd()): unknown {
  const postcodes = readFileSync(join(projectRoot, postcodeLookupFile), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0] ?? '')
    .filter(Boolean);
  const postcodeFor = (n: number): string => {
    if (n % 97 === 0) return 'SW1A 1AA'; // outside the area: noted
    const postcode = postcodes[(n * 7919) % postcodes.length] ?? 'B1 1AY';
    return n % 13 === 0 ? `${postcode.split(' ')[0] ?? ''} 9ZZ` : postcode; // an unknown full postcode: its district
  };
  const contents = Array.from({ length: size }, (_, n) => {
    const organisation = n % 50;
    return {
      id: `synthetic-service-${String(n)}`,
      // Names repeat (a tenth of them), at different places, as real feeds' do.
      name: n % 10 === 0 ? `Synthetic Stay and Play ${String(n % 300)}` : `Synthetic Group ${String(n)}`,
      description: descriptionFor(n),
      url: n % 4 === 0 ? `www.example.org/group-${String(n)}` : `https://example.org/group-${String(n)}`,
      email: n % 9 === 0 ? 'not an email' : `group${String(n)}@example.org`,
      status: 'active',
      // Most records were checked lately; a few never were (their drafts say so).
      ...(n % 11 === 0 ? {} : { assured_date: '2026-09-01' }),
      organization: {
        id: `synthetic-organisation-${String(organisation)}`,
        name: `Synthetic Organisation ${String(organisation)}`,
        description: `A synthetic organisation, number ${String(organisation)}, for the benchmark.`,
      },
      phones: phonesFor(n),
      schedules: n % 3 === 0 ? [{ byday: 'MO,WE', opens_at: '09:30', closes_at: '11:30', freq: 'WEEKLY' }] : [],
      service_at_locations: [
        {
          location: {
            id: `synthetic-location-${String(n)}`,
            name: `Synthetic Hall ${String(n)}`,
            addresses: [{ address_1: `${String((n % 200) + 1)} Synthetic Road`, postal_code: postcodeFor(n) }],
          },
        },
      ],
      attributes: [
        {
          taxonomy_term: { term: ['Parenting', 'Early years', 'Youth clubs'][n % 3], taxonomy: 'Synthetic Categories' },
        },
        ...(n % 2 === 0 ? [{ taxonomy_term: { term: 'Parents and carers', taxonomy: 'Synthetic Audiences' } }] : []),
      ],
    };
  });
  return { total_items: size, total_pages: 1, page_number: 1, size, first_page: true, last_page: true, contents };
}
