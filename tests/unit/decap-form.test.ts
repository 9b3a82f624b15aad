/**
 * Content files in the form Decap CMS writes them: the serialiser (src/lib/content/front-matter.ts)
 * against Decap's own formatter, on fixture files and on awkward values, so that a CMS save
 * changes only the lines edited.
 */
import { readdirSync, readFileSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseMarkdownAsDecap, serialiseMarkdown } from '../../src/lib/content/front-matter.ts';
import { asDecapWrites, normaliseContentFolder, writeAsDecap } from '../../src/lib/content/decap-form.ts';
import { fileFieldOrder } from '../../src/schemas/form-order.ts';
import { decapReads, decapWrites } from '../support/decap-format.ts';

const fixtureDir = 'tests/fixtures/export-content';

const awkward: Record<string, unknown> = {
  name: 'St John’s "Stay & Play": under-5s',
  summary:
    'A long summary that runs past eighty characters, so Decap folds it onto a second line; it has a colon: here, and # a hash.',
  organisation: 'birmingham-city-council',
  categories: ['send', 'early-years'],
  minimumAge: 0,
  maximumAge: 5,
  anonymous: false,
  cost: { type: 'free', detail: '' },
  schedule: { regular: [{ days: ['monday', 'friday'], opensAt: '09:30', closesAt: '10:00' }], note: 'Term time only' },
  contact: { phone: '0121 303 1888', website: 'https://example.org/a?b=c#d' },
  keywords: ['yes', 'no', '123', 'null', '- dash', "it's"],
  eligibilityDescription: 'Line one\nLine two\n',
  assuredDate: '2026-03-01',
  reviewIntervalMonths: '',
};

describe('front matter as Decap CMS writes it', () => {
  it('writes exactly what Decap writes, in the form’s field order, for awkward values', () => {
    const order = fileFieldOrder('services');
    const body = 'Some **markdown**.\n\n- a list\n';
    expect(serialiseMarkdown(awkward, body, order)).toBe(decapWrites({ ...awkward, body }, order));
    // Fields the form does not name keep their place after the named ones, as in Decap.
    const withExtra = { extra: 'kept', ...awkward };
    expect(serialiseMarkdown(withExtra, body, order)).toBe(decapWrites({ ...withExtra, body }, order));
  });

  it('reads a file as Decap reads it: dates stay text, the body is kept byte for byte', () => {
    const text = writeAsDecap('services', awkward, '\nBody after a blank line.\n');
    const { data, body } = parseMarkdownAsDecap(text);
    const { body: decapBody, ...decapData } = decapReads(text);
    expect(data).toEqual(decapData);
    expect(body).toBe(decapBody);
    expect(data.assuredDate).toBe('2026-03-01');
  });

  it('keeps every value the site reads: the site’s reader sees the same entry', () => {
    const text = writeAsDecap('services', awkward, 'Body.\n');
    const { data } = parseMarkdown(text);
    expect({ ...data, assuredDate: '2026-03-01' }).toEqual({ ...awkward, assuredDate: '2026-03-01' });
    expect(data.assuredDate).toEqual(new Date('2026-03-01T00:00:00Z'));
  });

  it('rewrites a file Decap has not written, and then leaves it alone', () => {
    const folder = mkdtempSync(join(tmpdir(), 'decap-form-'));
    try {
      cpSync(fixtureDir, join(folder, 'content'), { recursive: true });
      const first = normaliseContentFolder(join(folder, 'content'), { projectRoot: folder });
      expect(first.problems).toEqual([]);
      expect(first.changed.length).toBeGreaterThan(0);
      const written = normaliseContentFolder(join(folder, 'content'), { projectRoot: folder, write: true });
      expect(written.changed).toEqual(first.changed);
      expect(normaliseContentFolder(join(folder, 'content'), { projectRoot: folder }).changed).toEqual([]);
      // Decap opening and saving each rewritten file changes nothing.
      for (const name of readdirSync(join(folder, 'content', 'services'))) {
        const text = readFileSync(join(folder, 'content', 'services', name), 'utf8');
        expect(decapWrites(decapReads(text), fileFieldOrder('services')), name).toBe(text);
        expect(asDecapWrites('services', text), name).toBe(text);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names the file’s problem when its front matter cannot be read', () => {
    expect(() => parseMarkdownAsDecap('no front matter')).toThrow(/has no front matter/);
    expect(() => parseMarkdownAsDecap('---\nname: [unclosed\n---\n')).toThrow(/not valid YAML/);
  });
});
