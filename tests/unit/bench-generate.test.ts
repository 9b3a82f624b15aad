import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, placeGenerator } from '../../scripts/bench/generate.ts';
import { readContentFolder } from '../../src/lib/content/files.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import { pointInGeometry } from '../../src/lib/geo/geometry.ts';

const boundaries = loadBoundaries();
const work = mkdtempSync(join(tmpdir(), 'bench-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('synthetic places', () => {
  it('puts every point inside the locality asked for, the same way every time', () => {
    const first = placeGenerator(boundaries, 7);
    const again = placeGenerator(boundaries, 7);
    for (const feature of boundaries.features) {
      for (let i = 0; i < 50; i++) {
        const point = first(feature.properties.slug);
        expect(point && pointInGeometry(point, feature.geometry)).toBe(true);
        expect(again(feature.properties.slug)).toEqual(point);
      }
    }
    expect(first('citywide')).toBeUndefined();
  });
});

describe('synthetic content', () => {
  it('passes the content check, with located listings inside their stated localities', () => {
    const dir = join(work, 'content');
    generateContent(300, dir);
    const { files, problems } = readContentFolder(dir);
    expect(problems).toEqual([]);
    const result = validateContent(files, { boundaries, today: new Date('2026-12-01') });
    expect(result.problems).toEqual([]);
    const located = files.filter(
      (file) => file.collection === 'services' && Array.isArray(file.data.locations) && file.data.locations.length > 0,
    );
    // About half the listings have a place to go, some of them more than one.
    expect(located.length).toBeGreaterThan(100);
    expect(located.length).toBeLessThan(250);
  });

  it('writes the same files for the same size', () => {
    generateContent(40, join(work, 'a'));
    generateContent(40, join(work, 'b'));
    const read = (dir: string) =>
      readdirSync(join(dir, 'services'))
        .sort()
        .map((name) => readFileSync(join(dir, 'services', name), 'utf8'));
    expect(read(join(work, 'a'))).toEqual(read(join(work, 'b')));
  });
});
