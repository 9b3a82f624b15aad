import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, requireBuild } from './helpers.ts';
import { pageTypeOf, pageTypes, samplePages } from '../page-types.ts';

beforeAll(requireBuild);

describe('page types', () => {
  it('puts every built page in a type of tests/page-types.ts, so every page meets the gates', () => {
    const unclaimed = allPages().filter((file) => pageTypeOf(file.split('\\').join('/')) === undefined);
    expect(unclaimed, 'pages that belong to no type: add a type (or widen one) in tests/page-types.ts').toEqual([]);
  });

  it('builds a page of every required type', () => {
    const missing = samplePages(allPages())
      .filter((sample) => sample.type.required === true && sample.file === undefined)
      .map((sample) => sample.type.name);
    expect(missing).toEqual([]);
  });

  it('has unique type names', () => {
    const names = pageTypes.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
