/**
 * Reads an Open Referral UK (v3) feed into import records: one service
 * (`/services/{id}`), a list of them, or a page (`{ contents: [...] }`).
 *
 * Feeds this site publishes carry our taxonomy terms and the `x_local_offer`
 * extension, so they come back without loss. Other publishers' feeds rarely
 * carry our categories, audiences or localities: those services are rejected
 * with the missing fields named, rather than filled with guesses.
 */
import { pruned, type ImportProblem, type ImportRecord, type ReadResult } from './records.ts';
import { slugify } from './values.ts';
import { rruleDays, taxonomyPrefix, type ServiceTaxonomyField } from '../open-data/oruk.ts';
import { costTypes } from '../../schemas/taxonomy.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const arrayOf = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

const statusFromOruk: Record<string, string> = {
  active: 'current',
  inactive: 'planned',
  defunct: 'historic',
  'temporarily closed': 'current',
};

const dayFromCode = Object.fromEntries(Object.entries(rruleDays).map(([day, code]) => [code, day]));

/** Feed field names for the report, for a front matter field. */
const feedFieldFor: Record<string, string> = {
  name: 'name',
  summary: 'x_local_offer.summary',
  organisation: 'organization',
  minimumAge: 'minimum_age',
  maximumAge: 'maximum_age',
  locations: 'service_at_locations',
  contact: 'url / email / phones',
  cost: 'cost_options',
  applicationProcess: 'application_process',
  eligibilityDescription: 'eligibility_description',
  schedule: 'schedules',
  languages: 'languages',
  status: 'status',
  assuredDate: 'assured_date',
  '(body)': 'description',
};

function blameFeed(field: string, collection: 'services' | 'organisations'): string {
  const top = field.split('.')[0] ?? field;
  if (collection === 'organisations') return `organization.${top}`;
  return feedFieldFor[top] ?? `attributes (taxonomy "${taxonomyPrefix}${top}")`;
}

/** The first paragraph, cut at a sentence end to fit the 240-character summary. */
function summaryFrom(description: string): string {
  const first =
    description
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  if (first.length <= 240) return first;
  const cut = first.slice(0, 240);
  const end = cut.lastIndexOf('. ');
  return end > 40 ? cut.slice(0, end + 1) : `${cut.slice(0, 237).trimEnd()}...`;
}

function serviceToRecord(service: Json, index: number, sourceName: string): ImportRecord {
  const extension = isObject(service.x_local_offer) ? service.x_local_offer : {};
  const organisation = isObject(service.organization) ? service.organization : {};
  const orgExtension = isObject(organisation.x_local_offer) ? organisation.x_local_offer : {};
  const name = text(service.name) ?? '';
  const id = text(service.id) ?? '';
  const origin = `service ${String(index + 1)}${name ? ` (${name})` : ''}`;

  const termsOf = new Map<string, string[]>();
  for (const attr of arrayOf(service.attributes)) {
    const term = isObject(attr.taxonomy_term) ? attr.taxonomy_term : {};
    const taxonomy = text(term.taxonomy);
    const value = text(term.term);
    if (!taxonomy?.startsWith(taxonomyPrefix) || !value) continue;
    const field = taxonomy.slice(taxonomyPrefix.length) as ServiceTaxonomyField;
    termsOf.set(field, [...(termsOf.get(field) ?? []), value]);
  }
  const terms = (field: ServiceTaxonomyField) => termsOf.get(field);

  const description = text(service.description) ?? '';
  const summary = text(extension.summary) ?? summaryFrom(description);
  const body =
    description.startsWith(summary) && text(extension.summary) ? description.slice(summary.length).trim() : description;

  const schedules = arrayOf(service.schedules);
  const regular = schedules
    .filter((s) => text(s.byday) && text(s.opens_at) && text(s.closes_at))
    .map((s) => ({
      days: (text(s.byday) ?? '').split(',').map((code) => dayFromCode[code.trim().replace(/^[+-]?\d+/, '')] ?? code),
      opensAt: (text(s.opens_at) ?? '').slice(0, 5),
      closesAt: (text(s.closes_at) ?? '').slice(0, 5),
    }));
  const note = schedules.map((s) => text(s.description)).find(Boolean);

  const locations = arrayOf(service.service_at_locations).map((sal) => {
    const location = isObject(sal.location) ? sal.location : {};
    const address = arrayOf(location.addresses)[0] ?? {};
    return pruned({
      name: text(location.name),
      address: text(address.address_1),
      postcode: text(address.postal_code),
      latitude: number(location.latitude),
      longitude: number(location.longitude),
    });
  });

  const costOption = arrayOf(service.cost_options)[0] ?? {};
  const costLabel = text(costOption.option)?.toLowerCase();
  const costType =
    terms('costType')?.[0] ??
    costTypes.find((t) => t.label.toLowerCase() === costLabel || t.value === costLabel)?.value;
  const assured = text(service.assured_date) ?? text(service.last_modified)?.slice(0, 10);
  const orgName = text(organisation.name) ?? '';
  const orgSlug = text(orgExtension.slug) ?? slugify(orgName);
  const orgId = text(organisation.id);

  const data = pruned({
    name,
    kind: text(extension.kind),
    summary,
    organisation: orgSlug,
    categories: terms('categories'),
    needs: terms('needs'),
    audiences: terms('audiences'),
    minimumAge: number(service.minimum_age),
    maximumAge: number(service.maximum_age),
    levelOfNeed: terms('levelOfNeed'),
    localities: terms('localities'),
    neighbourhood: text(extension.neighbourhood),
    delivery: terms('delivery'),
    locations,
    contact: {
      phone: text(arrayOf(service.phones)[0]?.number),
      email: text(service.email),
      website: text(service.url),
    },
    cost: { type: costType, detail: text(service.fees_description) ?? text(costOption.amount_description) },
    applicationProcess: text(service.application_process),
    accessRoutes: terms('accessRoutes'),
    eligibilityDescription: text(service.eligibility_description),
    schedule: { regular, note },
    languages: arrayOf(service.languages)
      .map((language) => text(language.name))
      .filter(Boolean),
    interpretationServices: text(service.interpretation_services),
    accessibility: text(extension.accessibility),
    anonymous: extension.anonymous === true ? true : undefined,
    status: text(extension.status) ?? statusFromOruk[text(service.status) ?? ''] ?? text(service.status),
    assuredDate: assured,
    assurerRole: text(extension.assurer_role) ?? 'Imported from an Open Referral UK feed',
    reviewIntervalMonths: number(extension.review_interval_months),
    source: text(extension.source) ?? `Open Referral UK feed ${sourceName}, service ${id}`,
    outcomes: terms('outcomes'),
    pfaPathways: terms('pfaPathways'),
    keywords: terms('keywords'),
    startDate: text(extension.start_date),
    endDate: text(extension.end_date),
  });

  const orgPhone = text(arrayOf(organisation.phones)[0]?.number);
  return {
    origin,
    slug: text(extension.slug) ?? slugify(name),
    data,
    body,
    organisation: orgSlug
      ? {
          slug: orgSlug,
          data: pruned({
            name: orgName,
            alternateName: text(organisation.alternate_name),
            kind: text(orgExtension.kind),
            summary: text(organisation.description),
            website: text(organisation.website),
            contact: {
              phone: orgPhone,
              email: text(organisation.email),
              website: text(orgExtension.contact_website),
            },
            localities: Array.isArray(orgExtension.localities) ? orgExtension.localities : data.localities,
            source:
              text(orgExtension.source) ?? `Open Referral UK feed ${sourceName}, organization ${orgId ?? orgName}`,
          }),
          body: text(orgExtension.body) ?? text(organisation.description) ?? '',
        }
      : undefined,
    blame: blameFeed,
  };
}

/** Reads ORUK JSON text into import records. */
export function orukToRecords(jsonText: string, sourceName: string): ReadResult {
  const problems: ImportProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      records: [],
      problems: [{ origin: 'file', field: '(json)', message: (error as Error).message }],
      notes: [],
    };
  }
  const services = Array.isArray(json)
    ? json
    : isObject(json) && Array.isArray(json.contents)
      ? json.contents
      : isObject(json)
        ? [json]
        : [];
  const records: ImportRecord[] = [];
  services.forEach((service: unknown, index) => {
    if (!isObject(service) || typeof service.name !== 'string') {
      problems.push({
        origin: `service ${String(index + 1)}`,
        field: '(record)',
        message: 'is not an Open Referral service record (it has no name)',
      });
      return;
    }
    records.push(serviceToRecord(service, index, sourceName));
  });
  const notes =
    isObject(json) && typeof json.total_pages === 'number' && json.total_pages > 1
      ? [
          `this is page ${String(json.page_number)} of ${String(json.total_pages)}: import each page to get every service`,
        ]
      : [];
  return { records, problems, notes };
}
