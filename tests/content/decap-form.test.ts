/**
 * Every bundled content file is already in the form Decap CMS writes it, so a connector's save
 * changes only the lines edited. If this fails after an edit by hand or a new field, run
 * `npm run content:normalise` and commit the result.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../src/schemas/index.ts';
import { fileFieldOrder } from '../../src/schemas/form-order.ts';
import { decapReads, decapWrites } from '../support/decap-format.ts';

describe('content/ in the form the CMS writes', () => {
  for (const collection of collectionNames) {
    const dir = join('content', collection);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).filter((name) => name.endsWith('.md'));
    if (names.length === 0) continue;
    it(`${collection}: opening and saving each file in Decap changes nothing`, () => {
      const changed = names.filter((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        return decapWrites(decapReads(text), fileFieldOrder(collection)) !== text;
      });
      expect(changed, 'run npm run content:normalise').toEqual([]);
    });
  }
});
