/**
 * The columns of the services spreadsheet: one list used by the CSV download
 * (export), the importer and the downloadable template, and documented in
 * docs/open-referral.md. A column's `field` names the front matter field it
 * fills, so that a validation problem can be reported against the column the
 * connector typed it in. Examples name the area's first locality (area/area.config.ts).
 */
import { area } from '../../area.ts';

const [firstLocality] = area.localities;
const exampleLocality = firstLocality ?? { value: 'citywide', label: 'the city centre' };

export interface CsvColumn {
  name: string;
  /** The front matter field (dot path) this column fills. */
  field: string;
  required: boolean;
  help: string;
  example: string;
}

const column = (name: string, field: string, required: boolean, help: string, example: string): CsvColumn => ({
  name,
  field,
  required,
  help,
  example,
});

export const csvColumns: readonly CsvColumn[] = [
  column(
    'id',
    '(file name)',
    false,
    'Web address name of the listing: lower-case words and hyphens. Leave empty to make one from the name. Rows with the same id are one service with several locations.',
    'example-parent-cafe',
  ),
  column('name', 'name', true, 'The name people know it by.', 'Example Parent Café'),
  column('kind', 'kind', false, '"service" (default) or "community-asset".', 'community-asset'),
  column(
    'summary',
    'summary',
    true,
    'One or two plain sentences, at most 240 characters.',
    'A friendly weekly drop-in for parents and carers of young children, with free tea and toast.',
  ),
  column(
    'description',
    '(body)',
    false,
    'The longer description shown on the listing page (defaults to the summary).',
    'Run by volunteers in the church hall. Toys for under-fives; no need to book.',
  ),
  column(
    'organisation',
    'organisation',
    true,
    'Who runs it: the id of an existing organisation, or its name (a new organisation is created from the organisation_ columns).',
    'bvsc',
  ),
  column('organisation_name', 'organisation.name', false, 'For a new organisation: its name.', ''),
  column('organisation_kind', 'organisation.kind', false, 'For a new organisation: its kind.', ''),
  column('organisation_summary', 'organisation.summary', false, 'For a new organisation: one or two sentences.', ''),
  column('organisation_website', 'organisation.website', false, 'For a new organisation: its website.', ''),
  column(
    'organisation_charity_number',
    'organisation.charityNumber',
    false,
    'Its registered charity number, if it is a charity: the import finds the organisation by it first.',
    '',
  ),
  column('categories', 'categories', true, 'One or more topics, separated by semicolons.', 'parenting; early-years'),
  column('needs', 'needs', false, 'Specific needs, separated by semicolons.', ''),
  column('audiences', 'audiences', true, 'Who it is for, separated by semicolons.', 'families-parents-carers'),
  column('minimum_age', 'minimumAge', false, 'Youngest age in years (0 to 25).', '0'),
  column('maximum_age', 'maximumAge', false, 'Oldest age in years (0 to 25).', '4'),
  column('level_of_need', 'levelOfNeed', true, 'Right Help Right Time level(s).', 'universal'),
  column('localities', 'localities', true, 'Localities, "citywide" or "online".', exampleLocality.value),
  column('neighbourhood', 'neighbourhood', false, 'A neighbourhood or ward.', ''),
  column('delivery', 'delivery', true, 'How it is delivered.', 'in-person; group'),
  column('location_name', 'locations.name', false, 'Name of the venue.', 'St Example Church Hall'),
  column(
    'address',
    'locations.address',
    false,
    'Street address of the venue.',
    `1 Example Road, ${exampleLocality.label}`,
  ),
  column('postcode', 'locations.postcode', false, 'UK postcode.', area.examplePostcodes[1]),
  column('latitude', 'locations.latitude', false, 'Latitude (with longitude), e.g. 52.52.', ''),
  column('longitude', 'locations.longitude', false, 'Longitude (with latitude), e.g. -1.83.', ''),
  column(
    'confidential',
    'locations.confidential',
    false,
    '"yes" for a refuge or safe house: its address is then never published.',
    'no',
  ),
  column('phone', 'contact.phone', false, 'Phone number, digits and spaces.', '0121 000 0000'),
  column('email', 'contact.email', false, 'Email address (never a phone number).', ''),
  column('website', 'contact.website', false, 'Full web address starting https://.', ''),
  column('cost', 'cost.type', true, 'free, free-referral-needed, grant-or-voucher, low-cost, paid or varies.', 'free'),
  column('cost_detail', 'cost.detail', false, 'More about the cost.', ''),
  column(
    'application_process',
    'applicationProcess',
    true,
    'How to access it, in plain words.',
    'Just turn up. You do not need to book or be referred.',
  ),
  column('access_routes', 'accessRoutes', true, 'The ways in.', 'self-refer-phone-or-drop-in'),
  column('eligibility', 'eligibilityDescription', false, 'Who can use it.', ''),
  column(
    'opening_times',
    'schedule.regular',
    false,
    'Days and times, e.g. "Mon-Fri 09:00-17:00; Sat 10:00-12:00".',
    'Wed 10:00-11:30',
  ),
  column('opening_note', 'schedule.note', false, 'Anything else about when it is open.', 'Term time only'),
  column(
    'languages',
    'languages',
    false,
    'Languages staff speak, separated by semicolons: English names, own-script names or ISO 639 codes.',
    'English; Urdu',
  ),
  column(
    'interpreter_available',
    'interpreterAvailable',
    false,
    '"yes" if the service arranges interpreters, "no" if it does not; empty if not known.',
    '',
  ),
  column('interpretation_services', 'interpretationServices', false, 'How to ask for an interpreter.', ''),
  column('accessibility', 'accessibility', false, 'Physical and other access.', 'Step-free entrance'),
  column('anonymous', 'anonymous', false, '"yes" if people can use it without giving a name.', 'no'),
  column('status', 'status', true, 'current, pilot, planned or historic.', 'current'),
  column(
    'assured_date',
    'assuredDate',
    true,
    'When it was last checked: 2026-11-01, 01/11/2026 or 1 Nov 2026.',
    '01/11/2026',
  ),
  column(
    'assurer_role',
    'assurerRole',
    true,
    'The role of whoever checked it, never a name.',
    `Community Connector, ${exampleLocality.label}`,
  ),
  column(
    'source',
    'source',
    true,
    'Where the facts come from.',
    `Checked in person by the ${exampleLocality.label} Community Connector, November 2026`,
  ),
  column('outcomes', 'outcomes', false, 'Outcomes of the Vision.', ''),
  column('pfa_pathways', 'pfaPathways', false, 'Preparation for Adulthood pathways.', ''),
  column('keywords', 'keywords', false, 'Other words people use for it.', 'stay and play'),
  column('start_date', 'startDate', false, 'When it started.', ''),
  column('end_date', 'endDate', false, 'When it stopped (required when status is historic).', ''),
  column('review_interval_months', 'reviewIntervalMonths', false, 'Months before it must be checked again.', ''),
  column('page_url', '(export only)', false, 'Written by the download; ignored by the import.', ''),
];

export const csvColumnNames = csvColumns.map((c) => c.name);

/** The column to blame for a problem in a front matter field ("locations.0.postcode" is the "postcode" column). */
export function columnForField(field: string): string | undefined {
  const general = field.replace(/\.\d+(?=\.|$)/g, '');
  const exact = csvColumns.find((c) => c.field === general);
  if (exact) return exact.name;
  const parent = csvColumns.find((c) => general.startsWith(`${c.field}.`));
  return parent?.name;
}

/** A column name as typed ("Post Code ", "E-mail") reduced to its key: "post_code", "e_mail". */
export const normaliseHeader = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
