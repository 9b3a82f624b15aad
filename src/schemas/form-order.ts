/**
 * The order of a collection's fields in the CMS form (src/cms/config.ts) and in its files, in the order people think about a
 * listing: what it is and how to get it first, then where and when, contact, the check, and
 * last the optional extras. Decap writes front matter in its form's order, so this is also the
 * order of the fields in every content file (src/lib/content/front-matter.ts, serialiseMarkdown).
 *
 * Collections not listed keep their schema's order; fields a list does not name (a field added to
 * the schema later) come after the named ones, in schema order.
 */
import { collectionSchemas, type CollectionName } from './index.ts';

export const formGroups: Partial<Record<CollectionName, readonly (readonly string[])[]>> = {
  services: [
    // Essentials: what it is, who runs it, who it is for, how to get help, what it costs.
    [
      'name',
      'summary',
      'organisation',
      'kind',
      'categories',
      'audiences',
      'minimumAge',
      'maximumAge',
      'levelOfNeed',
      'applicationProcess',
      'accessRoutes',
      'cost',
    ],
    // Where and when.
    ['localities', 'delivery', 'neighbourhood', 'locations', 'schedule'],
    // Contact.
    ['contact'],
    // The check: is it running, when was it checked, by whom, and how do we know.
    ['status', 'assuredDate', 'assurerRole', 'source'],
    // Optional details.
    [
      'needs',
      'eligibilityDescription',
      'languages',
      'interpreterAvailable',
      'interpretationServices',
      'accessibility',
      'anonymous',
      'reviewIntervalMonths',
      'outcomes',
      'pfaPathways',
      'keywords',
      'startDate',
      'endDate',
    ],
  ],
};

/** Field names in the form's order: the listed ones first, then the rest as given. */
export function inFormOrder(collection: CollectionName, names: readonly string[]): string[] {
  const order = (formGroups[collection] ?? []).flat();
  const listed = order.filter((name) => names.includes(name));
  return [...listed, ...names.filter((name) => !order.includes(name))];
}

/** The top-level field names of an object schema, looking through zod's wrappers. */
function fieldNames(schema: unknown): string[] {
  type Def = { shape?: Record<string, unknown>; in?: { _zod: { def: Def } }; innerType?: { _zod: { def: Def } } };
  let def = (schema as { _zod: { def: Def } })._zod.def;
  while (!def.shape) {
    const inner = def.in ?? def.innerType;
    if (!inner) throw new Error('expected an object schema');
    def = inner._zod.def;
  }
  return Object.keys(def.shape);
}

/**
 * The top-level fields in the order Decap writes them in a file: the form's order (the body is
 * not a front matter field). Collections outside the CMS keep their schema's order.
 */
export function fileFieldOrder(collection: CollectionName): string[] {
  let order = fileFieldOrders.get(collection);
  if (!order) {
    order = inFormOrder(collection, fieldNames(collectionSchemas[collection]));
    fileFieldOrders.set(collection, order);
  }
  return [...order];
}

// The schemas do not change while a process runs: an import writes thousands of files in one.
const fileFieldOrders = new Map<CollectionName, string[]>();
