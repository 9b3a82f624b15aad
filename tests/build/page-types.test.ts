import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from './helpers.ts';
import { builtSites, htmlFilesOf, pageTypeOf, samplePages } from '../page-types.ts';

beforeAll(requireBuild);

describe.each(builtSites())('page types of the $name ($dir)', (site) => {
  it('puts every built page in a type of tests/page-types.ts, so every page meets the gates', () => {
    const unclaimed = htmlFilesOf(site).filter((file) => pageTypeOf(file, site.types) === undefined);
    expect(unclaimed, 'pages that belong to no type: add a type (or widen one) in tests/page-types.ts').toEqual([]);
  });

  it('builds a page of every type not marked optional', () => {
    const missing = samplePages(htmlFilesOf(site), site.types)
      .filter((sample) => sample.type.optional === undefined && sample.file === undefined)
      .map((sample) => sample.type.name);
    expect(missing).toEqual([]);
  });

  it('has unique type names', () => {
    const names = site.types.map((type) => type.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
