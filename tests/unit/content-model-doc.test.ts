import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectionSchemas } from '../../src/schemas/index.ts';

/** Top-level field names of a zod object schema, looking through refinements and pipes. */
function fieldsOf(schema: unknown): string[] {
  let current = schema as { shape?: Record<string, unknown>; def?: { in?: unknown; innerType?: unknown } };
  for (let i = 0; i < 5 && !current.shape; i++) {
    current = (current.def?.in ?? current.def?.innerType ?? {}) as typeof current;
  }
  return Object.keys(current.shape ?? {});
}

describe('docs/content-model.md', () => {
  const doc = readFileSync('docs/content-model.md', 'utf8');
  for (const [collection, schema] of Object.entries(collectionSchemas)) {
    it(`documents every field of ${collection}`, () => {
      const fields = fieldsOf(schema);
      expect(fields.length).toBeGreaterThan(3);
      const missing = fields.filter((field) => !doc.includes(`\`${field}\``));
      expect(missing).toEqual([]);
    });
  }
});
