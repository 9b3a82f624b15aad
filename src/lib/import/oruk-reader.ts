/**
 * Reads Open Referral UK / HSDS feeds into import records: v1 and v2 (`service_at_locations[].
 * location.physical_addresses`, `regular_schedules`, `contacts[].phones`, `service_taxonomys`,
 * `eligibilitys`) and v3 (`addresses`, `schedules`, `phones`, `attributes`), as one service,
 * a list, or a page (`contents` in v3, `content` in v1).
 *
 * Feeds this site publishes carry our taxonomy terms and `x_local_offer`, so they come back
 * without loss. Other publishers' records are cleaned (HTML to markdown, phones, web addresses,
 * postcodes placed offline) and their taxonomy terms mapped through the mapping file; whatever
 * stays missing or doubtful becomes a review note, and the importer keeps the record as a draft.
 */
import { pruned, type ImportProblem, type ImportRecord, type ReadResult } from './records.ts';
import { parseUkDate, slugify } from './values.ts';
import { charitySchemes, normaliseCharityNumber } from '../../schemas/organisations.ts';
import { cleanEmail, cleanWebsite, htmlToMarkdown, normalisePhone, summaryAndBody } from './clean.ts';
import { emptyMapping, targetsFor, type Mapping, type TermField } from './mapping.ts';
import { placePostcode, type Gazetteer } from './places.ts';
import { rruleDays, taxonomyPrefix, type ServiceTaxonomyField } from '../open-data/oruk.ts';
import { costTypes, weekdays } from '../../schemas/taxonomy.ts';
import { languageCodes } from '../../schemas/spoken-languages.ts';

type Json = Record<string, unknown>;

export interface ReadOptions {
  mapping?: Mapping;
  /** Postcode lookup; without it, postcodes are kept but nothing is placed. */
  gazetteer?: Gazetteer;
  /** Who publishes the source (overrides the mapping's). */
  publisher?: string;
  /** The import day, written into each foreign record's `imported.date`. */
  today?: string;
}

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const arrayOf = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;
const number = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())
      ? Number(value)
      : undefined;

const statusFromOruk: Record<string, string> = {
  active: 'current',
  inactive: 'planned',
  defunct: 'historic',
  'temporarily closed': 'current',
};

const dayFromCode = Object.fromEntries(Object.entries(rruleDays).map(([day, code]) => [code, day]));
const dayFromName = (name: string) => weekdays.find((d) => d.value === name.trim().toLowerCase().slice(0, 3))?.value;

/** Feed field names for the report, for a front matter field. */
const feedFieldFor: Record<string, string> = {
  name: 'name',
  summary: 'description',
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
  assurerRole: 'assurer role (defaults.assurerRole in the mapping file)',
  imported: 'id',
  '(body)': 'description',
};

function blameFeed(field: string, collection: 'services' | 'organisations'): string {
  const top = field.split('.')[0] ?? field;
  if (collection === 'organisations') return `organization.${top}`;
  // Our list fields (categories, audiences...) come from the feed's taxonomy terms through the mapping.
  return feedFieldFor[top] ?? top;
}

/** The taxonomy terms of a record: v3 attributes, v1/v2 service_taxonomys. */
export function termsOfRecord(service: Json): { vocabulary: string; term: string }[] {
  const terms: { vocabulary: string; term: string }[] = [];
  for (const attribute of arrayOf(service.attributes)) {
    const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : {};
    const vocabulary =
      text(term.taxonomy) ??
      text(isObject(term.taxonomy_detail) ? term.taxonomy_detail.name : undefined) ??
      text(term.vocabulary) ??
      '';
    const value = text(term.term) ?? text(term.name);
    if (value) terms.push({ vocabulary, term: value });
  }
  for (const link of arrayOf(service.service_taxonomys)) {
    const taxonomy = isObject(link.taxonomy) ? link.taxonomy : {};
    const value = text(taxonomy.name) ?? text(taxonomy.term);
    if (value) terms.push({ vocabulary: text(taxonomy.vocabulary) ?? '', term: value });
  }
  return terms;
}

/** The date of a feed value in any common form (ISO date-time, 01/02/2021, 1 Feb 2021). */
function dateOf(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const parsed = parseUkDate(raw.replace(/T.*$/, ''));
  return parsed.ok ? parsed.value : undefined;
}

interface RecordContext {
  sourceName: string;
  options: ReadOptions;
  problems: ImportProblem[];
}

function serviceToRecord(service: Json, index: number, context: RecordContext): ImportRecord {
  const { sourceName, options } = context;
  const mapping = options.mapping ?? emptyMapping;
  const extension = isObject(service.x_local_offer) ? service.x_local_offer : undefined;
  const own = extension !== undefined;
  const organisation = isObject(service.organization) ? service.organization : {};
  const orgExtension = isObject(organisation.x_local_offer) ? organisation.x_local_offer : {};
  const name = text(service.name) ?? '';
  const id = text(service.id) ?? '';
  const origin = `${sourceName} service ${String(index + 1)}${name ? ` (${name})` : ''}`;
  const note = (field: string, message: string) => context.problems.push({ origin, field, message });
  const notes = (field: string, messages: readonly string[]) =>
    messages.forEach((message) => note(field, message.replace(/^[a-z_ ]+: /, '')));

  // Our own terms (local-offer:<field>) come back as they are; foreign terms go through the mapping.
  const ours = new Map<string, string[]>();
  const add = (field: string, values: readonly string[]) => {
    const existing = ours.get(field) ?? [];
    ours.set(field, [...existing, ...values.filter((value) => !existing.includes(value))]);
  };
  for (const { vocabulary, term } of termsOfRecord(service)) {
    if (vocabulary.startsWith(taxonomyPrefix)) {
      add(vocabulary.slice(taxonomyPrefix.length), [term]);
      continue;
    }
    const targets = targetsFor(term, mapping);
    if (!targets) {
      note(
        'taxonomy terms',
        `"${term}"${vocabulary ? ` (${vocabulary})` : ''} is not mapped to our terms: add it to the mapping file`,
      );
      continue;
    }
    for (const [field, values] of Object.entries(targets)) add(field, values);
  }
  const terms = (field: ServiceTaxonomyField | TermField) => ours.get(field);

  const rawDescription = text(service.description) ?? '';
  const description = own ? rawDescription : htmlToMarkdown(rawDescription);
  let summary: string;
  let body: string;
  if (own && text(extension.summary)) {
    summary = text(extension.summary) ?? '';
    body = description.startsWith(summary) ? description.slice(summary.length).trim() : description;
  } else {
    const split = summaryAndBody(description);
    summary = split.summary;
    body = split.body;
    notes('summary', split.notes);
  }

  const schedules = [...arrayOf(service.schedules), ...arrayOf(service.regular_schedules)];
  const regular = schedules
    .map((s) => {
      const days = text(s.byday)
        ? (text(s.byday) ?? '').split(',').map((code) => dayFromCode[code.trim().replace(/^[+-]?\d+/, '')])
        : [dayFromName(text(s.weekday) ?? '')];
      return { days, opensAt: (text(s.opens_at) ?? '').slice(0, 5), closesAt: (text(s.closes_at) ?? '').slice(0, 5) };
    })
    .filter((slot) => slot.opensAt && slot.closesAt && slot.days.every(Boolean));
  const scheduleNote = schedules.map((s) => text(s.description)).find(Boolean);

  const placedLocalities: string[] = [];
  let postcodeLookup = false;
  const locations = arrayOf(service.service_at_locations).map((sal) => {
    const location = isObject(sal.location) ? sal.location : sal;
    const address = arrayOf(location.addresses)[0] ?? arrayOf(location.physical_addresses)[0] ?? {};
    let latitude = number(location.latitude);
    let longitude = number(location.longitude);
    let postcode = text(address.postal_code);
    if (!own && postcode && options.gazetteer) {
      const placed = placePostcode(postcode, options.gazetteer);
      notes('postcode', placed.notes);
      postcode = placed.postcode ?? postcode;
      if (placed.point && (latitude === undefined || longitude === undefined)) {
        latitude = placed.point.lat;
        longitude = placed.point.lng;
        postcodeLookup = true;
      }
      if (placed.locality && !placedLocalities.includes(placed.locality)) placedLocalities.push(placed.locality);
    }
    // Our own feed writes the site's area as the city: only the street comes back.
    const street = own
      ? text(address.address_1)
      : [text(address.address_1), text(address.address_2), text(address.city)].filter(Boolean).join(', ');
    return pruned({ name: text(location.name), address: street, postcode, latitude, longitude });
  });

  const phoneCandidates = [
    ...arrayOf(service.phones),
    ...arrayOf(service.contacts).flatMap((contact) => arrayOf(contact.phones)),
    ...arrayOf(service.service_at_locations).flatMap((sal) =>
      arrayOf(isObject(sal.location) ? sal.location.phones : undefined),
    ),
  ]
    .map((phone) => text(phone.number))
    .filter((value): value is string => value !== undefined);
  const contactEmail = text(service.email) ?? text(arrayOf(service.contacts)[0]?.email);
  let phone: string | undefined = phoneCandidates[0];
  let email: string | undefined = contactEmail;
  let website: string | undefined = text(service.url);
  if (!own) {
    const cleanedPhone = normalisePhone(phoneCandidates.join(' / '));
    notes('phones', cleanedPhone.notes);
    phone = cleanedPhone.value;
    const cleanedEmail = cleanEmail(contactEmail ?? '');
    notes('email', cleanedEmail.notes);
    email = cleanedEmail.value;
    const cleanedWebsite = cleanWebsite(website ?? '', 'url');
    notes('url', cleanedWebsite.notes);
    website = cleanedWebsite.value;
  }

  const eligibility = arrayOf(service.eligibilitys)[0] ?? {};
  const costOption = arrayOf(service.cost_options)[0] ?? {};
  const costLabel = text(costOption.option)?.toLowerCase();
  const feesText = text(service.fees_description) ?? text(service.fees) ?? text(costOption.amount_description);
  const costType =
    terms('costType')?.[0] ??
    costTypes.find((t) => t.label.toLowerCase() === costLabel || t.value === costLabel)?.value ??
    (!own && /^free\b/i.test(feesText ?? '') ? 'free' : undefined) ??
    (own ? undefined : mapping.defaults.cost);
  const assured = dateOf(service.assured_date) ?? dateOf(service.last_modified);
  const orgName = text(organisation.name) ?? '';
  const orgSlug = text(orgExtension.slug) ?? slugify(orgName);
  const orgId = text(organisation.id);
  const orgCharity = charityNumberOf(organisation);

  // The connector's defaults fill only what a foreign record lacks.
  const withDefault = (field: TermField) => {
    const given = terms(field);
    if (given && given.length > 0) return given;
    if (field === 'localities' && placedLocalities.length > 0) return placedLocalities;
    return own ? given : mapping.defaults[field];
  };
  const publisher = options.publisher ?? mapping.source.publisher;
  const ownStatus = own ? text(extension.status) : undefined;
  const data = pruned({
    name,
    kind: own ? text(extension.kind) : undefined,
    summary,
    organisation: orgSlug,
    categories: withDefault('categories'),
    needs: withDefault('needs'),
    audiences: withDefault('audiences'),
    minimumAge: number(service.minimum_age) ?? number(eligibility.minimum_age),
    maximumAge: number(service.maximum_age) ?? number(eligibility.maximum_age),
    levelOfNeed: withDefault('levelOfNeed'),
    localities: withDefault('localities'),
    neighbourhood: own ? text(extension.neighbourhood) : undefined,
    delivery: withDefault('delivery'),
    locations,
    contact: { phone, email, website },
    cost: { type: costType, detail: feesText },
    applicationProcess: text(service.application_process) ?? (own ? undefined : mapping.defaults.applicationProcess),
    accessRoutes: withDefault('accessRoutes'),
    eligibilityDescription: text(service.eligibility_description) ?? text(eligibility.eligibility),
    schedule: { regular, note: scheduleNote },
    // HSDS 3 gives a language's ISO 639 code, its name, or both; v1 its name as `language`.
    languages: languageCodes(
      arrayOf(service.languages).flatMap(
        (language) => text(language.code) ?? text(language.name) ?? text(language.language) ?? [],
      ),
    ),
    interpreterAvailable:
      own && typeof extension.interpreter_available === 'boolean' ? extension.interpreter_available : undefined,
    interpretationServices: text(service.interpretation_services),
    accessibility: own ? text(extension.accessibility) : undefined,
    anonymous: own && extension.anonymous === true ? true : undefined,
    status: ownStatus ?? statusFromOruk[(text(service.status) ?? 'active').toLowerCase()] ?? text(service.status),
    assuredDate: assured,
    assurerRole:
      (own ? text(extension.assurer_role) : undefined) ??
      mapping.defaults.assurerRole ??
      `Imported from ${publisher ?? 'an Open Referral UK feed'}`,
    reviewIntervalMonths: own ? number(extension.review_interval_months) : undefined,
    source:
      (own ? text(extension.source) : undefined) ??
      `${publisher ? `${publisher}, ` : ''}Open Referral UK feed ${sourceName}, service ${id || name}`,
    outcomes: terms('outcomes'),
    pfaPathways: terms('pfaPathways'),
    keywords: terms('keywords'),
    startDate: own ? text(extension.start_date) : undefined,
    endDate: own ? text(extension.end_date) : undefined,
    imported: own
      ? undefined
      : {
          publisher,
          from: sourceName,
          sourceId: id || undefined,
          date: options.today ?? new Date().toISOString().slice(0, 10),
          licence: mapping.source.licence,
          attribution: mapping.source.attribution,
          postcodeLookup: postcodeLookup || undefined,
        },
  });

  const orgPhone = normalisePhone(text(arrayOf(organisation.phones)[0]?.number) ?? '').value;
  const orgDescription = own ? text(organisation.description) : htmlToMarkdown(text(organisation.description) ?? '');
  const orgSplit = summaryAndBody(orgDescription ?? '');
  const orgWebsite = own
    ? text(organisation.website)
    : cleanWebsite(text(organisation.website) ?? text(organisation.url) ?? '').value;
  return {
    origin,
    slug: (own ? text(extension.slug) : undefined) ?? slugify(name),
    sourceFile: sourceName,
    ...(own ? {} : { sourceId: id || undefined }),
    data,
    body: body || summary,
    organisation: orgSlug
      ? {
          slug: orgSlug,
          data: pruned({
            name: orgName,
            alternateName: text(organisation.alternate_name),
            charityNumber: orgCharity,
            kind: own ? text(orgExtension.kind) : mapping.organisationKinds[orgName],
            summary: own ? orgDescription : orgSplit.summary,
            website: orgWebsite,
            contact: {
              phone: orgPhone,
              email: cleanEmail(text(organisation.email) ?? '').value,
              website: text(orgExtension.contact_website),
            },
            localities: Array.isArray(orgExtension.localities) ? orgExtension.localities : data.localities,
            source:
              text(orgExtension.source) ??
              `${publisher ? `${publisher}, ` : ''}Open Referral UK feed ${sourceName}, organization ${orgId ?? orgName}`,
          }),
          body: text(orgExtension.body) ?? (orgSplit.body || orgSplit.summary),
          charityNumber: orgCharity,
        }
      : undefined,
    blame: blameFeed,
  };
}

/**
 * An organisation's registered charity number: HSDS 3 / ORUK v3 give it among
 * `organization_identifiers`, under the scheme of one of the charity registers
 * (`charityRegisters`: GB-CHC, GB-SC, GB-NIC, as org-id.guide names them) or a type that says
 * "charity"; some v1 feeds add a `charity_number` field. Normalised ("SC012345", "NIC104226");
 * a value that is not a charity number is kept as it is, so the organisation's check names it
 * rather than dropping it. A company number (GB-COH) is not a charity number and is not read.
 */
export function charityNumberOf(organisation: Record<string, unknown>): string | undefined {
  const schemes = new Set(charitySchemes);
  const identifier = arrayOf(organisation.organization_identifiers).find(
    (entry) =>
      schemes.has(String(entry.identifier_scheme ?? '').toUpperCase()) ||
      (!entry.identifier_scheme && /charit/i.test(String(entry.identifier_type ?? ''))),
  );
  const given =
    identifier?.identifier ??
    organisation.charity_number ??
    organisation.charity_registration_number ??
    organisation.registered_charity_number;
  const raw = typeof given === 'number' ? String(given) : text(given);
  const scheme = text(identifier?.identifier_scheme);
  return raw === undefined ? undefined : (normaliseCharityNumber(raw, scheme) ?? raw);
}

/** The services in one JSON document: a record, a list, a v3 page (`contents`) or a v1 page (`content`). */
export function servicesIn(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return undefined;
  if (Array.isArray(json.contents)) return json.contents;
  if (Array.isArray(json.content)) return json.content;
  if (typeof json.name === 'string' || typeof json.id === 'string') return [json];
  return undefined;
}

/** Paging of a v3 (`total_pages`, `page_number`) or v1 (`totalPages`, `number`, zero-based) page. */
export function pagingOf(json: unknown): { page: number; totalPages: number } | undefined {
  if (!isObject(json)) return undefined;
  if (typeof json.total_pages === 'number') {
    return { page: typeof json.page_number === 'number' ? json.page_number : 1, totalPages: json.total_pages };
  }
  if (typeof json.totalPages === 'number') {
    return { page: (typeof json.number === 'number' ? json.number : 0) + 1, totalPages: json.totalPages };
  }
  return undefined;
}

/** Reads parsed ORUK JSON (one or more pages) into import records; a record seen twice (same id) is read once. */
export function orukJsonToRecords(
  pages: readonly { json: unknown; sourceName: string }[],
  options: ReadOptions = {},
): ReadResult {
  const problems: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const seenIds = new Set<string>();
  const notes: string[] = [];
  // Records are numbered across pages, so that each has its own place in the report.
  let index = -1;
  for (const { json, sourceName } of pages) {
    const services = servicesIn(json) ?? [];
    services.forEach((service: unknown) => {
      index += 1;
      if (!isObject(service) || typeof service.name !== 'string') {
        problems.push({
          origin: `${sourceName} service ${String(index + 1)}`,
          field: '(record)',
          message: 'is not an Open Referral service record (it has no name)',
        });
        records.push(unreadableRecord(`${sourceName} service ${String(index + 1)}`, sourceName));
        return;
      }
      const id = text(service.id);
      if (id && seenIds.has(id)) return;
      if (id) seenIds.add(id);
      records.push(serviceToRecord(service, index, { sourceName, options, problems }));
    });
  }
  if (pages.length === 1) {
    const paging = pagingOf(pages[0]?.json);
    if (paging && paging.totalPages > 1) {
      notes.push(
        `this is page ${String(paging.page)} of ${String(paging.totalPages)}: import the folder of pages, or the feed's address with --url, to get every service`,
      );
    }
  }
  return { records, problems, notes };
}

/** A record the reader could not make sense of: kept as a draft so that it is counted and listed, not lost. */
function unreadableRecord(origin: string, sourceName: string): ImportRecord {
  return {
    origin,
    slug: slugify(`unreadable ${origin}`),
    sourceFile: sourceName,
    data: { name: `Unreadable record: ${origin}`, source: `Open Referral UK feed ${sourceName}` },
    body: '',
    organisation: undefined,
    blame: blameFeed,
  };
}

/** Reads ORUK JSON text into import records. */
export function orukToRecords(jsonText: string, sourceName: string, options: ReadOptions = {}): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      records: [],
      problems: [{ origin: sourceName, field: '(json)', message: (error as Error).message }],
      notes: [],
    };
  }
  return orukJsonToRecords([{ json, sourceName }], options);
}
