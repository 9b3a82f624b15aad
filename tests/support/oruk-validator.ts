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
