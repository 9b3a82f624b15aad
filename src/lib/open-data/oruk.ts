/**
 * Open Referral UK (version 3) export: our services and organisations as ORUK
 * service records, the shape of the ORUK API's `/services/{id}` and
 * `/services?page=N` responses.
 *
 * Field choices follow docs/content-model.md and are documented in
 * docs/open-referral.md. In short:
 * - ids are UUIDs derived from the site address and the slug (see uuid.ts), so
 *   they stay the same from build to build;
 * - every taxonomy list (categories, needs, audiences, localities...) is sent as
 *   `attributes` linking to `taxonomy_term`s, the ORUK way of classifying;
 * - a few HSDS 3.0 fields that the UK profile leaves out (application_process,
 *   eligibility_description, fees_description, interpretation_services, phones,
 *   language names) are sent because our listings have them and the profile
 *   allows additional data;
 * - a charity's registered number is an `organization_identifiers` entry, in its register's
 *   org-id.guide scheme (GB-CHC, GB-SC, GB-NIC), which the import reads back;
 * - the fields ORUK has no place for travel in one extension object,
 *   `x_local_offer`, so that a feed can be imported back without loss;
 * - confidential locations (refuges, safe houses) are never sent.
 */
import { charityIdentifier, type Organisation } from '../../schemas/organisations.ts';
import type { Service } from '../../schemas/services.ts';
import { spokenLanguage } from '../../schemas/spoken-languages.ts';
import {
  accessRoutes,
  audiences,
  categories,
  costTypes,
  deliveryModes,
  levelsOfNeed,
  organisationKinds,
  outcomes,
  pfaPathways,
  serviceAreas,
  specificNeeds,
  termLabel,
  type TermDefinition,
} from '../../schemas/taxonomy.ts';
import { isoDate } from '../directory/labels.ts';
import { urlNamespace, uuidV5 } from './uuid.ts';
import type {
  OrukAttribute,
  OrukOrganization,
  OrukOrganizationIdentifier,
  OrukPage,
  OrukSchedule,
  OrukService,
  OrukServiceAtLocation,
  OrukTaxonomyTerm,
} from '../../schemas/oruk/service.ts';

/** The ORUK version this feed follows, and where its definition is published. */
export const orukVersion = '3.0';
export const orukProfileUrl = 'https://openreferraluk.org/';
/** The OpenAPI description of the ORUK 3.0 API, which the official validator reads from the feed's root. */
export const orukOpenApiUrl = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json';

/** Prefix of every taxonomy name we publish, e.g. "local-offer:categories". */
export const taxonomyPrefix = 'local-offer:';

export interface ContentEntry<T> {
  id: string;
  data: T;
  body: string;
}

export type ServiceEntry = ContentEntry<Service>;
export type OrganisationEntry = ContentEntry<Organisation>;

/** Our service statuses in ORUK's words: a planned service is not (yet) active; a historic one is defunct. */
export const orukStatusOf = {
  current: 'active',
  pilot: 'active',
  planned: 'inactive',
  historic: 'defunct',
  // Drafts never reach the feed (published-loader.ts); the entry only keeps the map complete.
  draft: 'inactive',
} as const satisfies Record<Service['status'], OrukService['status']>;

/** RFC 5545 day codes, as ORUK's `schedule.byday` uses them. */
export const rruleDays = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
} as const;

/** The taxonomy lists sent as attributes of a service, keyed by the field that holds them. */
export const serviceTaxonomies = {
  categories,
  needs: specificNeeds,
  audiences,
  levelOfNeed: levelsOfNeed,
  localities: serviceAreas,
  delivery: deliveryModes,
  accessRoutes,
  costType: costTypes,
  outcomes,
  pfaPathways,
  keywords: undefined,
} as const satisfies Record<string, readonly TermDefinition[] | undefined>;

export type ServiceTaxonomyField = keyof typeof serviceTaxonomies;

export interface OrukContext {
  /** Public base URL of the site, e.g. https://localoffer.example.org */
  siteUrl: string;
  /** The area name used as `address.city` (the site's area, e.g. Birmingham). */
  city: string;
}

const namespaces = new Map<string, string>();

/** A namespace per site, so two councils' feeds never share an id. */
function namespaceFor(context: OrukContext): string {
  let namespace = namespaces.get(context.siteUrl);
  if (namespace === undefined) {
    namespace = uuidV5(new URL('/', context.siteUrl).href, urlNamespace);
    namespaces.set(context.siteUrl, namespace);
  }
  return namespace;
}

export function orukId(context: OrukContext, kind: string, key: string): string {
  return uuidV5(`${kind}:${key}`, namespaceFor(context));
}

// Taxonomy terms repeat on every service: their ids (two SHA-1s each) are worked out once per site and term.
const termCache = new Map<string, OrukTaxonomyTerm>();

function pageUrl(context: OrukContext, path: string): string {
  return new URL(path, context.siteUrl).href;
}

function taxonomyTerm(
  context: OrukContext,
  taxonomy: string,
  value: string,
  terms: readonly TermDefinition[] | undefined,
): OrukTaxonomyTerm {
  const key = `${context.siteUrl}\n${taxonomy}\n${value}`;
  const cached = termCache.get(key);
  if (cached) return { ...cached };
  const definition = terms?.find((term) => term.value === value);
  const taxonomyName = `${taxonomyPrefix}${taxonomy}`;
  const term: OrukTaxonomyTerm = {
    id: orukId(context, 'taxonomy_term', `${taxonomyName}/${value}`),
    name: definition?.label ?? value,
    description: definition?.description ?? value,
    taxonomy: taxonomyName,
    taxonomy_id: orukId(context, 'taxonomy', taxonomyName),
    term: value,
    code: value,
  };
  termCache.set(key, term);
  return { ...term };
}

function attribute(
  context: OrukContext,
  linkType: OrukAttribute['link_type'],
  linkId: string,
  term: OrukTaxonomyTerm,
): OrukAttribute {
  return {
    id: orukId(context, 'attribute', `${linkId}/${term.id}`),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkType,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  };
}

/** Drops keys whose value is undefined, so the JSON has no `"x": null` noise and stays schema-valid. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The organisation's registered charity number as an ORUK identifier, in its register's
 * org-id.guide scheme (charityRegisters), so that an import, ours or anyone's, finds the
 * organisation by it.
 */
function organisationIdentifiers(
  context: OrukContext,
  slug: string,
  organisationId: string,
  charityNumber: string | undefined,
): OrukOrganizationIdentifier[] {
  const identifier = charityNumber === undefined ? undefined : charityIdentifier(charityNumber);
  if (!identifier) return [];
  const key = `${slug}/${identifier.identifier_scheme ?? identifier.identifier_type}`;
  return [{ id: orukId(context, 'organization_identifier', key), organization_id: organisationId, ...identifier }];
}

export function organisationToOruk(context: OrukContext, entry: OrganisationEntry): OrukOrganization {
  const { data } = entry;
  const id = orukId(context, 'organization', entry.id);
  const kind = taxonomyTerm(context, 'organisationKinds', data.kind, organisationKinds);
  return compact({
    id,
    name: data.name,
    alternate_name: data.alternateName,
    description: data.summary,
    email: data.contact.email,
    website: data.website,
    uri: pageUrl(context, `/organisations/${entry.id}/`),
    phones: data.contact.phone
      ? [{ id: orukId(context, 'phone', `organization:${entry.id}`), organization_id: id, number: data.contact.phone }]
      : [],
    organization_identifiers: organisationIdentifiers(context, entry.id, id, data.charityNumber),
    attributes: [attribute(context, 'organization', id, kind)],
    x_local_offer: compact({
      slug: entry.id,
      page_url: pageUrl(context, `/organisations/${entry.id}/`),
      kind: data.kind,
      localities: [...data.localities],
      source: data.source,
      contact_website: data.contact.website,
      body: entry.body.trim(),
    }),
  });
}

/** The public locations of a service: confidential ones are left out entirely. */
export function publicLocations(service: Pick<Service, 'locations'>): Service['locations'] {
  return service.locations.filter((location) => !location.confidential);
}

function locationToOruk(
  context: OrukContext,
  serviceSlug: string,
  serviceId: string,
  location: Service['locations'][number],
  locationKey: string,
): OrukServiceAtLocation {
  const key = `${serviceSlug}/${locationKey}`;
  const locationId = orukId(context, 'location', key);
  const hasAddress = location.address !== undefined || location.postcode !== undefined;
  return {
    id: orukId(context, 'service_at_location', key),
    service_id: serviceId,
    location_id: locationId,
    location: compact({
      id: locationId,
      location_type: 'physical' as const,
      name: location.name,
      latitude: location.latitude,
      longitude: location.longitude,
      addresses: hasAddress
        ? [
            {
              id: orukId(context, 'address', key),
              location_id: locationId,
              address_1: location.address ?? '',
              city: context.city,
              state_province: 'England',
              postal_code: location.postcode ?? '',
              country: 'GB',
              address_type: 'physical' as const,
            },
          ]
        : [],
    }),
  };
}

/**
 * Public locations as ORUK records. A location's id comes from its name (or
 * address, or postcode), not its position, so that adding, removing or hiding
 * another location does not change it.
 */
function locationsToOruk(
  context: OrukContext,
  slug: string,
  serviceId: string,
  locations: Service['locations'],
): OrukServiceAtLocation[] {
  const seen = new Map<string, number>();
  return publicLocations({ locations }).map((location) => {
    const base = (location.name ?? location.address ?? location.postcode ?? 'location').toLowerCase();
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return locationToOruk(context, slug, serviceId, location, count === 0 ? base : `${base}#${String(count)}`);
  });
}

function schedulesToOruk(context: OrukContext, slug: string, serviceId: string, service: Service): OrukSchedule[] {
  const schedule = service.schedule;
  if (!schedule) return [];
  const note = schedule.note;
  if (schedule.regular.length === 0) {
    return note ? [{ id: orukId(context, 'schedule', `${slug}/note`), service_id: serviceId, description: note }] : [];
  }
  return schedule.regular.map((slot, index) =>
    compact({
      id: orukId(context, 'schedule', `${slug}/${String(index)}`),
      service_id: serviceId,
      freq: 'WEEKLY' as const,
      interval: 1,
      byday: slot.days.map((day) => rruleDays[day]).join(','),
      opens_at: slot.opensAt,
      closes_at: slot.closesAt,
      description: note,
    }),
  );
}

export function serviceToOruk(context: OrukContext, entry: ServiceEntry, organisation: OrganisationEntry): OrukService {
  const { data } = entry;
  const id = orukId(context, 'service', entry.id);
  const terms: OrukTaxonomyTerm[] = [];
  const add = (field: ServiceTaxonomyField, values: readonly string[]) => {
    for (const value of values) terms.push(taxonomyTerm(context, field, value, serviceTaxonomies[field]));
  };
  add('categories', data.categories);
  add('needs', data.needs);
  add('audiences', data.audiences);
  add('levelOfNeed', data.levelOfNeed);
  add('localities', data.localities);
  add('delivery', data.delivery);
  add('accessRoutes', data.accessRoutes);
  add('costType', [data.cost.type]);
  add('outcomes', data.outcomes);
  add('pfaPathways', data.pfaPathways);
  add('keywords', data.keywords);

  const body = entry.body.trim();
  return compact({
    id,
    organization_id: organisationToOruk(context, organisation).id,
    name: data.name,
    // ORUK has one description: the summary first, so that a consumer showing only
    // the start of it shows the plain-language summary.
    description: body ? `${data.summary}\n\n${body}` : data.summary,
    url: data.contact.website,
    email: data.contact.email,
    status: orukStatusOf[data.status],
    minimum_age: data.minimumAge,
    maximum_age: data.maximumAge,
    assured_date: isoDate(data.assuredDate),
    last_modified: data.assuredDate.toISOString(),
    application_process: data.applicationProcess,
    eligibility_description: data.eligibilityDescription,
    fees_description: data.cost.detail,
    interpretation_services: data.interpretationServices,
    organization: organisationToOruk(context, organisation),
    phones: data.contact.phone
      ? [{ id: orukId(context, 'phone', `service:${entry.id}`), service_id: id, number: data.contact.phone }]
      : [],
    schedules: schedulesToOruk(context, entry.id, id, data),
    service_areas: data.localities.map((value) => ({
      id: orukId(context, 'service_area', `${entry.id}/${value}`),
      service_id: id,
      name: termLabel(serviceAreas, value),
      service_area: value,
    })),
    service_at_locations: locationsToOruk(context, entry.id, id, data.locations),
    languages: data.languages.map((code) => ({
      id: orukId(context, 'language', `${entry.id}/${code}`),
      service_id: id,
      name: spokenLanguage(code)?.label ?? code,
      code,
    })),
    cost_options: [
      compact({
        id: orukId(context, 'cost_option', entry.id),
        service_id: id,
        option: termLabel(costTypes, data.cost.type),
        amount_description: data.cost.detail,
      }),
    ],
    attributes: terms.map((term) => attribute(context, 'service', id, term)),
    x_local_offer: compact({
      slug: entry.id,
      page_url: pageUrl(context, `/services/${entry.id}/`),
      kind: data.kind,
      summary: data.summary,
      status: data.status,
      assurer_role: data.assurerRole,
      source: data.source,
      neighbourhood: data.neighbourhood,
      accessibility: data.accessibility,
      anonymous: data.anonymous,
      interpreter_available: data.interpreterAvailable,
      review_interval_months: data.reviewIntervalMonths,
      start_date: data.startDate ? isoDate(data.startDate) : undefined,
      end_date: data.endDate ? isoDate(data.endDate) : undefined,
    }),
  });
}

/** How many ORUK pages a list of `total` items makes (an empty list is one empty page). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * Page `pageNumber` (from 1) of a list, in ORUK's page shape, its contents made by `convert`:
 * only that page's items are converted, so a feed never holds every record at once.
 */
export function pageAt<T, U = T>(
  items: readonly T[],
  pageNumber: number,
  size: number,
  convert: (item: T) => U = (item) => item as unknown as U,
): OrukPage<U> {
  const totalPages = pageCount(items.length, size);
  const contents = items.slice((pageNumber - 1) * size, pageNumber * size).map(convert);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber === totalPages,
    empty: items.length === 0,
    contents,
  };
}

/** Splits a list into ORUK pages (page numbers start at 1; an empty list is one empty page). */
export function paginate<T>(items: readonly T[], size: number): OrukPage<T>[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, index) => pageAt(items, index + 1, size));
}

/** Services per page in the static feed, as the ORUK API's default `per_page`. */
export const orukPageSize = 50;

/** Where the static feed lives in the built site, and how its files are named. */
export const orukServicesDir = 'data/oruk/services';
export const orukPageFile = /^page-\d+\.json$/;

/** The text of every file in the feed: indented JSON ending in a newline. */
export function orukJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
