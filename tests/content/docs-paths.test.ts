/**
 * The paths README.md and docs/ name in this area's own folders (area/, content/, tests/content/)
 * exist: the code's paths are checked by tests/unit/docs.test.ts, which a fork keeps.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaOwned, documents, pathsNamedIn, root } from '../support/doc-paths.ts';

describe.each(documents)('%s', (document) => {
  it('names only area and content paths that exist', () => {
    const named = pathsNamedIn(document).filter(areaOwned);
    expect(named.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});

it('the documents name some of the area’s own paths (so the check above has something to check)', () => {
  expect(documents.flatMap(pathsNamedIn).filter(areaOwned).length).toBeGreaterThan(10);
});
