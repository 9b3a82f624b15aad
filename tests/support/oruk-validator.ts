/**
 * JSON Schema validation of the Open Referral UK feed, for tests.
 *
 * Always against our own schema (src/schemas/oruk/service-schema.ts, written
 * from the specification). Also against the official ORUK v3 schema files when
 * they are present outside the repository (they are not vendored: see
 * docs/open-referral.md): ORUK_SCHEMA_DIR, or ../shared/data/openreferral-uk/
 * next to the project.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { orukServicePageSchema, orukServiceSchema } from '../../src/schemas/oruk/service-schema.ts';

// ajv-formats is CommonJS: its default export arrives as the function, typed as a namespace.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

export interface OrukValidators {
  service: ValidateFunction;
  page: ValidateFunction;
  /** The official compiled service schema, when its files are present. */
  official: ValidateFunction | undefined;
  /** A page of `/services` against the official `Page` wrapper (officialPageSchema), when present. */
  officialPage: ValidateFunction | undefined;
  officialPath: string | undefined;
  officialDir: string;
}

export function officialSchemaDir(): string {
  return resolve(process.env.ORUK_SCHEMA_DIR ?? join('..', 'shared', 'data', 'openreferral-uk'));
}

export function orukValidators(): OrukValidators {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(orukServiceSchema);
  const service = ajv.getSchema(String(orukServiceSchema.$id));
  if (!service) throw new Error('our ORUK service schema did not compile');
  const page = ajv.compile(orukServicePageSchema);

  const officialDir = officialSchemaDir();
  const candidates = ['schema/compiled/service.json', 'compiled/service.json', 'service.json'].map((file) =>
    join(officialDir, file),
  );
  const officialPath = candidates.find((file) => existsSync(file));
  let official: ValidateFunction | undefined;
  let officialPage: ValidateFunction | undefined;
  if (officialPath) {
    // The official files carry documentation keywords (core, constraints, example...) that strict mode rejects.
    const loose = new Ajv({ allErrors: true, strict: false });
    addFormats(loose);
    official = loose.compile(JSON.parse(readFileSync(officialPath, 'utf8')) as object);
    const pageSchema = officialPageSchema(officialDir);
    if (pageSchema) officialPage = loose.compile(pageSchema);
  }
  return { service, page, official, officialPage, officialPath, officialDir };
}

/**
 * A page of the paged `/services` feed as the official files describe it. No official file
 * bundles the page: `openapi.json` has the `Page` object (`components.schemas.Page`: counts and
 * flags) and says each item of `contents` is a service in its list form
 * (`compiled/service_list.json`: no collections, only an embedded organization). Undefined when
 * either file is missing.
 */
export function officialPageSchema(officialDir: string): Record<string, unknown> | undefined {
  const openapiPath = [join(officialDir, 'schema', 'openapi.json'), join(officialDir, 'openapi.json')].find((file) =>
    existsSync(file),
  );
  const listPath = [
    join(officialDir, 'schema', 'compiled', 'service_list.json'),
    join(officialDir, 'compiled', 'service_list.json'),
    join(officialDir, 'service_list.json'),
  ].find((file) => existsSync(file));
  if (!openapiPath || !listPath) return undefined;
  const openapi = JSON.parse(readFileSync(openapiPath, 'utf8')) as {
    components?: { schemas?: { Page?: Record<string, unknown> } };
  };
  const page = openapi.components?.schemas?.Page;
  if (!page) throw new Error(`${openapiPath} has no components.schemas.Page`);
  const serviceList = JSON.parse(readFileSync(listPath, 'utf8')) as Record<string, unknown>;
  return {
    title: 'Open Referral UK v3 page of services (Page from openapi.json, contents from service_list.json)',
    // As openapi.json's answer to GET /services, with its $refs resolved to the local copies.
    properties: { contents: { type: 'array', items: serviceList } },
    allOf: [page],
  };
}

export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
}

/**
 * The official ORUK validator's requests, replayed (tpximpact/OpenReferralApi at eba7ab3):
 * - OpenReferralApi.Core/Services/OpenApiDiscoveryService.cs, DiscoverOpenApiUrlAsync: `GET {base}`;
 *   a `version` ("3.0", "HSDS-UK-3.0", "V3") picks the V3.0-UK OpenAPI file, else `openapi_url`
 *   (or `openapiUrl`, `open_api_url`); with neither, or a failed request, it falls back to HSDS-UK 1.0.
 * - OpenReferralApi.Core/Services/OpenApiValidationService.cs: collection endpoints first, then
 *   parameterised ones. A GET with a `page` parameter is tested by TestPaginatedEndpointAsync: page 1,
 *   then (from `total_pages`, ExtractPaginationInfo) the middle page `total_pages / 2` (integer
 *   division) when there are more than two pages, and the last page when more than one; each response
 *   must be 2xx and valid against the operation's schema. The ids come from the first successful
 *   response (ExtractIdsFromResponse: the `contents`, `data`, `items`... array), and
 *   TestSingleEndpointWithIdSubstitutionAsync requests `{base}/services/{id}` for all of them when ten
 *   or fewer, else for ten picked at random.
 */
export interface HostResponse {
  status: number;
  body: string;
}
export type HostGet = (path: string) => HostResponse;

export interface ValidatorReplay {
  /** The requests, in the validator's order. */
  requests: string[];
  /** What the validator would report: empty when the feed passes. */
  problems: string[];
}

/** ExtractVersionNumber of OpenApiDiscoveryService.cs: "HSDS-UK-3.0", "V3", "3.0" -> 3. */
export function validatorVersion(version: string): number | undefined {
  const number = Number.parseFloat(
    version
      .replace(/HSDS-UK-/i, '')
      .replace(/v/gi, '')
      .trim(),
  );
  return Number.isNaN(number) ? undefined : number;
}

function parsed(response: HostResponse): unknown {
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    return undefined;
  }
}

/** The collection array of a response, as ExtractIdsFromResponse and ExtractPaginationInfo find it. */
function itemsOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  for (const name of ['contents', 'data', 'items', 'results', 'content']) {
    const items = record[name];
    if (Array.isArray(items)) return items;
  }
  return [];
}

/** A small seeded generator, so the ten ids a replay picks are the same from run to run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** Replays the validator against a host at `base` (e.g. "/api/oruk"), checking each response with `validators`. */
export function replayValidator(base: string, get: HostGet, validators: OrukValidators, seed = 7): ValidatorReplay {
  const requests: string[] = [];
  const problems: string[] = [];
  const request = (path: string) => {
    requests.push(path);
    const response = get(path);
    if (response.status < 200 || response.status > 299) problems.push(`GET ${path}: status ${String(response.status)}`);
    return response;
  };

  const root = request(base);
  const rootBody = parsed(root) as Record<string, unknown> | undefined;
  const version = typeof rootBody?.version === 'string' ? validatorVersion(rootBody.version) : undefined;
  const openapiUrl = rootBody?.openapi_url ?? rootBody?.openapiUrl ?? rootBody?.open_api_url;
  if (version === undefined && typeof openapiUrl !== 'string') {
    problems.push(`GET ${base}: no version or openapi_url, so the validator falls back to HSDS-UK 1.0`);
  } else if (version !== undefined && version !== 3) {
    problems.push(`GET ${base}: version ${String(rootBody?.version)} is not ORUK 3.0`);
  }

  const pagePath = (page: number) => `${base}/services?page=${String(page)}`;
  const checkPage = (path: string, response: HostResponse) => {
    const body = parsed(response);
    if (body === undefined) problems.push(`GET ${path}: not JSON`);
    else if (!validators.page(body)) problems.push(`GET ${path}: ${errorsOf(validators.page)}`);
    else if (validators.officialPage && !validators.officialPage(body)) {
      problems.push(`GET ${path} (official Page schema): ${errorsOf(validators.officialPage)}`);
    }
    return body;
  };
  const firstPath = pagePath(1);
  const firstResponse = request(firstPath);
  const first = checkPage(firstPath, firstResponse) as Record<string, unknown> | undefined;
  const totalPages = Number(first?.total_pages ?? first?.totalPages ?? Number.NaN);
  if (Number.isInteger(totalPages) && totalPages > 1) {
    const others = totalPages > 2 ? [Math.floor(totalPages / 2), totalPages] : [totalPages];
    for (const page of others) checkPage(pagePath(page), request(pagePath(page)));
  }

  const ids = itemsOf(first).flatMap((item) =>
    typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
      ? [(item as { id: string }).id]
      : [],
  );
  if (ids.length === 0) problems.push(`GET ${firstPath}: no ids to test {id} with`);
  const random = seeded(seed);
  const picked =
    ids.length <= 10
      ? ids
      : ids
          .map((id) => ({ id, order: random() }))
          .sort((a, b) => a.order - b.order)
          .slice(0, 10)
          .map(({ id }) => id);
  for (const id of picked) {
    const path = `${base}/services/${id}`;
    const body = parsed(request(path));
    if (body === undefined) problems.push(`GET ${path}: not JSON`);
    else if (!validators.service(body)) problems.push(`GET ${path}: ${errorsOf(validators.service)}`);
    else if (validators.official && !validators.official(body)) {
      problems.push(`GET ${path} (official schema): ${errorsOf(validators.official)}`);
    }
  }
  return { requests, problems };
}

/**
 * What DfE's Family Hubs puller needs (DFE-Digital/fh-services at 9e1ca2ac):
 * src/function/open-referral-function/src/FamilyHubs.OpenReferral.Function/ClientServices/HsdaApiService.cs
 * requests `GET /services` (no page: it reads that response's `contents` only), then
 * `GET /services/{id}` for each, and deserialises each record into the Service entity of
 * src/shared/shared-kernel/src/fh-shared-kernel.shared-kernel/OpenReferral/Entities/; a record
 * missing a `required` property, or with an `id` that is not a GUID, fails and is skipped.
 * The table below is those entities' `required` properties and the nested entities they hold.
 */
const dfeEntities: Record<string, { required: string[]; nested: Record<string, string> }> = {
  Service: {
    required: ['name', 'status'],
    nested: {
      organization: 'Organization',
      phones: 'Phone',
      schedules: 'Schedule',
      service_areas: 'ServiceArea',
      service_at_locations: 'ServiceAtLocation',
      languages: 'Language',
      funding: 'Funding',
      cost_options: 'CostOption',
      required_documents: 'RequiredDocument',
      contacts: 'Contact',
      attributes: 'Attribute',
      metadata: 'Metadata',
      program: 'Program',
    },
  },
  Organization: {
    required: ['name', 'description'],
    nested: {
      funding: 'Funding',
      contacts: 'Contact',
      phones: 'Phone',
      locations: 'Location',
      programs: 'Program',
      organization_identifiers: 'OrganizationIdentifier',
      attributes: 'Attribute',
      metadata: 'Metadata',
    },
  },
  ServiceAtLocation: {
    required: [],
    nested: {
      location: 'Location',
      contacts: 'Contact',
      phones: 'Phone',
      schedules: 'Schedule',
      attributes: 'Attribute',
    },
  },
  Location: {
    required: ['location_type'],
    nested: {
      languages: 'Language',
      addresses: 'Address',
      contacts: 'Contact',
      accessibility: 'Accessibility',
      phones: 'Phone',
      schedules: 'Schedule',
      attributes: 'Attribute',
    },
  },
  Address: {
    required: ['address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    nested: { attributes: 'Attribute' },
  },
  Attribute: { required: ['link_entity'], nested: { taxonomy_term: 'TaxonomyTerm', metadata: 'Metadata' } },
  TaxonomyTerm: { required: ['code', 'name', 'description'], nested: { taxonomy_detail: 'Taxonomy' } },
  Taxonomy: { required: ['name', 'description'], nested: {} },
  Phone: { required: ['number'], nested: { languages: 'Language', attributes: 'Attribute' } },
  Contact: { required: [], nested: { phones: 'Phone', attributes: 'Attribute' } },
  Metadata: {
    required: [
      'resource_type',
      'last_action_date',
      'last_action_type',
      'field_name',
      'previous_value',
      'replacement_value',
      'updated_by',
    ],
    nested: {},
  },
  ...Object.fromEntries(
    [
      'Schedule',
      'ServiceArea',
      'Language',
      'Funding',
      'CostOption',
      'RequiredDocument',
      'Program',
      'Accessibility',
      'OrganizationIdentifier',
    ].map((name) => [name, { required: [], nested: { attributes: 'Attribute', metadata: 'Metadata' } }]),
  ),
};

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why DfE's model would refuse `value` as an `entity` (BaseHsdsEntity: every entity has a GUID `id`). */
export function dfeModelProblems(value: unknown, entity = 'Service', path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path || '/'}: not an object`];
  const record = value as Record<string, unknown>;
  const shape = dfeEntities[entity];
  if (!shape) return [`${path}: unknown entity ${entity}`];
  const problems: string[] = [];
  if (typeof record.id !== 'string' || !guid.test(record.id)) problems.push(`${path}/id: not a GUID (${entity})`);
  for (const name of shape.required) {
    if (!(name in record) || record[name] === undefined)
      problems.push(`${path}/${name}: missing (${entity} requires it)`);
  }
  for (const [name, nested] of Object.entries(shape.nested)) {
    const child = record[name];
    if (child === undefined || child === null) continue;
    const items = Array.isArray(child) ? child : [child];
    items.forEach((item, index) => {
      problems.push(
        ...dfeModelProblems(item, nested, `${path}/${name}${Array.isArray(child) ? `/${String(index)}` : ''}`),
      );
    });
  }
  return problems;
}

/** DfE's puller against a host at `base`: its requests and what it would skip. */
export function replayDfePuller(base: string, get: HostGet): ValidatorReplay {
  const requests: string[] = [];
  const problems: string[] = [];
  const list = `${base}/services`;
  requests.push(list);
  const response = get(list);
  if (response.status !== 200) return { requests, problems: [`GET ${list}: status ${String(response.status)}`] };
  const contents = (parsed(response) as { contents?: unknown } | undefined)?.contents;
  if (!Array.isArray(contents) || contents.length === 0) return { requests, problems: [`GET ${list}: no contents`] };
  for (const item of contents) {
    const id = String((item as { id?: unknown }).id);
    const path = `${list}/${id}`;
    requests.push(path);
    const record = get(path);
    if (record.status !== 200) problems.push(`GET ${path}: status ${String(record.status)}`);
    else problems.push(...dfeModelProblems(parsed(record)).map((problem) => `GET ${path}: ${problem}`));
  }
  return { requests, problems };
}
