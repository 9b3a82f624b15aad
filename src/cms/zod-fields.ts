/**
 * Reads the zod 4 content schemas as plain field descriptions, so that the CMS
 * configuration is generated from them rather than written twice.
 *
 * Only the shapes the content model uses are understood; anything else throws,
 * so a new kind of field cannot slip into a schema without the CMS being taught it.
 */
import type { z } from 'astro/zod';

export type FieldKind =
  'string' | 'number' | 'boolean' | 'date' | 'enum' | 'enum-list' | 'string-list' | 'object' | 'object-list';

export interface FieldFacts {
  kind: FieldKind;
  /** The schema rejects a missing value. */
  required: boolean;
  /** What the schema fills in when the value is missing (a zod default or a preprocess). */
  defaultValue?: unknown;
  /** Allowed values of an enum or of each item of an enum list. */
  options?: readonly string[];
  /** Lower and upper bounds of a number. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** The minimum itself is not allowed (zod's `.positive()`). */
  minExclusive?: boolean;
  /** Fewest items of a list. */
  minItems?: number;
  /** Text length bounds (after trimming) and pattern. */
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  format?: 'email' | 'url';
  /** Fields of an object, or of each item of an object list. */
  fields?: Record<string, FieldFacts>;
  /** Checks of an object list item or string list item. */
  item?: FieldFacts;
}

/** The parts of zod 4's internal definition that we read. */
interface ZodDef {
  type: string;
  innerType?: ZodLike;
  in?: ZodLike;
  out?: ZodLike;
  element?: ZodLike;
  shape?: Record<string, ZodLike>;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

export interface ZodLike {
  _zod: { def: ZodDef };
  safeParse: (value: unknown) => { success: boolean; data?: unknown };
}

const asZod = (schema: unknown): ZodLike => schema as ZodLike;

/**
 * Strips optional, default, preprocess and transform wrappers down to the schema
 * that checks the value. A preprocess is a pipe whose input is a transform; a
 * `.transform()` is a pipe whose output is one.
 */
export function unwrap(schema: unknown): ZodLike {
  let current = asZod(schema);
  for (let depth = 0; depth < 10; depth++) {
    const def = current._zod.def;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      current = def.in._zod.def.type === 'transform' ? def.out : def.in;
    } else {
      return current;
    }
  }
  throw new Error('zod schema nested too deeply to read');
}

/** The field schemas of an object schema (looking through refinements and wrappers). */
export function shapeOf(schema: unknown): Record<string, ZodLike> {
  const inner = unwrap(schema);
  const { shape } = inner._zod.def;
  if (inner._zod.def.type !== 'object' || !shape) {
    throw new Error(`expected an object schema, found ${inner._zod.def.type}`);
  }
  return shape;
}

function checksOf(schema: ZodLike): CheckDef[] {
  return (schema._zod.def.checks ?? []).map((check) => check._zod.def);
}

function describeString(schema: ZodLike, facts: FieldFacts): void {
  const def = schema._zod.def;
  if (def.format === 'email' || def.format === 'url') facts.format = def.format;
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum !== undefined) facts.minLength = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) facts.maxLength = check.maximum;
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) facts.pattern = check.pattern;
  }
}

function describeNumber(schema: ZodLike, facts: FieldFacts): void {
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32')) {
      facts.integer = true;
    }
    if (check.check === 'greater_than' && check.value !== undefined) {
      facts.min = check.value;
      if (check.inclusive === false) facts.minExclusive = true;
    }
    if (check.check === 'less_than' && check.value !== undefined) facts.max = check.value;
  }
}

function minItemsOf(schema: ZodLike): number | undefined {
  return checksOf(schema).find((check) => check.check === 'min_length')?.minimum;
}

/** Describes one field schema. `path` is only for error messages. */
export function describeField(schema: unknown, path: string): FieldFacts {
  const outer = asZod(schema);
  const missing = outer.safeParse(undefined);
  const inner = unwrap(outer);
  const def = inner._zod.def;
  const base: Pick<FieldFacts, 'required' | 'defaultValue'> = { required: !missing.success };
  if (missing.success && missing.data !== undefined) base.defaultValue = missing.data;

  switch (def.type) {
    case 'string': {
      const facts: FieldFacts = { kind: 'string', ...base };
      describeString(inner, facts);
      return facts;
    }
    case 'number': {
      const facts: FieldFacts = { kind: 'number', ...base };
      describeNumber(inner, facts);
      return facts;
    }
    case 'boolean':
      return { kind: 'boolean', ...base };
    case 'date':
      return { kind: 'date', ...base };
    case 'enum':
      return { kind: 'enum', ...base, options: Object.values(def.entries ?? {}) };
    case 'object':
      return { kind: 'object', ...base, fields: describeObject(inner, path) };
    case 'array': {
      if (!def.element) throw new Error(`${path}: array without an element schema`);
      const element = unwrap(def.element);
      const minItems = minItemsOf(inner);
      const list = { ...base, ...(minItems === undefined ? {} : { minItems }) };
      switch (element._zod.def.type) {
        case 'enum':
          return { kind: 'enum-list', ...list, options: Object.values(element._zod.def.entries ?? {}) };
        case 'string':
          return { kind: 'string-list', ...list, item: describeField(def.element, `${path}[]`) };
        case 'object':
          return { kind: 'object-list', ...list, fields: describeObject(element, `${path}[]`) };
        default:
          throw new Error(`${path}: lists of ${element._zod.def.type} are not supported by the CMS generator`);
      }
    }
    default:
      throw new Error(
        `${path}: zod type "${def.type}" is not supported by the CMS generator: teach src/cms/zod-fields.ts`,
      );
  }
}

/** Describes every field of an object schema, in the schema's order. */
export function describeObject(schema: unknown, path = ''): Record<string, FieldFacts> {
  const fields: Record<string, FieldFacts> = {};
  for (const [name, field] of Object.entries(shapeOf(schema))) {
    fields[name] = describeField(field, path ? `${path}.${name}` : name);
  }
  return fields;
}

export type AnySchema = z.ZodType;
