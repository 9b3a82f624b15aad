import { describe, expect, it } from 'vitest';
import { area } from '../../src/area.ts';
import { readContentFolder } from '../../src/lib/content/files.ts';
import { formatProblems, validateContent } from '../../src/lib/content/validation.ts';
import type { ContentProblem } from '../../src/lib/content/types.ts';

const today = new Date('2026-01-01T00:00:00Z');

describe('bundled content', () => {
  it('passes every schema and cross-reference rule', () => {
    const read = readContentFolder('content');
    const result = validateContent(read.files, { today });
    expect([...read.problems, ...result.problems]).toEqual([]);
    expect(result.entries.length).toBeGreaterThan(0);
  });
});

describe('bad content fixtures', () => {
  const read = readContentFolder('tests/fixtures/bad-content');
  const { problems } = validateContent(read.files, { today });
  const all: ContentProblem[] = [...read.problems, ...problems];
  const find = (file: string, field: string) =>
    all.filter((problem) => problem.path.endsWith(file) && problem.field === field).map((problem) => problem.message);

  it('names the file, field, value and allowed values for a bad option', () => {
    expect(find('services/bad-enum.md', 'cost.type')).toEqual([
      expect.stringMatching(/^"freee" is not allowed; allowed values: free, free-referral-needed, .*varies$/),
    ]);
    expect(find('services/bad-enum.md', 'categories.0')).toEqual([
      expect.stringMatching(/"mental-helth" is not allowed; allowed values: mental-health-wellbeing/),
    ]);
  });

  it('rejects a minimum age above the maximum', () => {
    expect(find('services/age-range.md', 'minimumAge')).toEqual(['16 must not be above the maximum age (11)']);
  });

  it('rejects an unknown organisation reference', () => {
    expect(find('services/unknown-org.md', 'organisation')).toEqual([
      expect.stringContaining('"nobody-at-all" is not a known organisation; known organisations: test-org'),
    ]);
  });

  it('reports every problem of one file, not just the first', () => {
    const fields = all.filter((problem) => problem.path.endsWith('services/missing-fields.md')).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'applicationProcess',
        'localities.0',
        'contact.website',
        'contact.email',
        'contact.phone',
        'locations.0.latitude',
        'locations.0.longitude',
      ]),
    );
    expect(find('services/missing-fields.md', 'applicationProcess')).toEqual([expect.stringMatching(/^is required/)]);
    expect(find('services/missing-fields.md', 'locations.0.latitude')).toEqual([
      expect.stringMatching(new RegExp(`^55.95 must lie in ${area.bounds.name}`)),
    ]);
  });

  it('rejects an organisation file named with digits only (those are list pages)', () => {
    const org = read.files.find((file) => file.path.endsWith('organisations/test-org.md'));
    expect(org).toBeDefined();
    const renamed = { ...(org as (typeof read.files)[number]), path: 'content/organisations/2.md' };
    const messages = validateContent([renamed], { today }).problems.filter((p) => p.field === '(file name)');
    expect(messages.map((p) => p.message)).toEqual([expect.stringContaining('"2" is not allowed for an organisation')]);
  });

  it('rejects duplicate slugs and file names that are not slugs', () => {
    expect(find('services/duplicate-slug.md', '(file name)')).toEqual([
      expect.stringContaining('duplicate slug "duplicate-slug"'),
    ]);
    expect(find('services/Duplicate-Slug.md', '(file name)')).toEqual([
      expect.stringContaining('"Duplicate-Slug" is not a valid file name'),
    ]);
  });

  it('rejects misspelt fields, empty bodies and historic listings without an end date', () => {
    expect(find('services/typo-field.md', '(front matter)')).toEqual([
      expect.stringContaining('unknown field "catagories"'),
    ]);
    expect(find('services/typo-field.md', '(body)')).toEqual([expect.stringContaining('is empty')]);
    expect(find('services/typo-field.md', 'endDate')).toEqual([
      expect.stringContaining('required when status is "historic"'),
    ]);
  });

  it('rejects a closed grant whose closing date is in the future', () => {
    expect(find('grants/closed-future.md', 'closes')).toEqual([
      '2999-01-01 is in the future but status is "closed": change the status or the date',
    ]);
  });

  it('rejects a published article without a reviewer, a full name as author and unknown related services', () => {
    expect(find('articles/no-reviewer.md', 'reviewer')).toEqual([
      expect.stringContaining('is required before an article is published'),
    ]);
    expect(find('articles/no-reviewer.md', 'author')).toEqual([
      expect.stringMatching(/^"Jane Smith" must be a pen name/),
    ]);
    expect(find('articles/no-reviewer.md', 'relatedServices.0')).toEqual([
      expect.stringContaining('"not-a-service" is not a known service'),
    ]);
  });

  it('rejects an unknown lead organisation and a file without front matter', () => {
    expect(find('localities/bad-lead.md', 'leadOrganisation')).toEqual([
      expect.stringContaining('"missing-org" is not a known organisation'),
    ]);
    expect(find('pages/no-front-matter.md', '(front matter)')).toEqual([
      expect.stringContaining('has no front matter'),
    ]);
  });

  it('says where front matter stops being valid YAML', () => {
    expect(find('pages/broken-yaml.md', '(front matter)')).toEqual([
      'has front matter that is not valid YAML: bad indentation of a mapping entry (2:10)',
    ]);
  });

  it('formats all problems in one message, one line each', () => {
    const message = formatProblems(all);
    expect(message.split('\n')).toHaveLength(all.length + 1);
    expect(message).toMatch(/^\d+ content problems found:/);
    expect(message).toContain('tests/fixtures/bad-content/services/bad-enum.md: cost.type: "freee" is not allowed');
  });
});
