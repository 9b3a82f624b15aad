import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, distDir, mainText, page, requireBuild } from './helpers.ts';
import type { MarkerFile } from '../../src/components/map/marker-data.ts';

beforeAll(requireBuild);

describe('map build output', () => {
  it('writes the marker file as static JSON, with one point triple per place in the list', () => {
    const file = JSON.parse(readFileSync(join(distDir, 'data/map-markers.json'), 'utf8')) as MarkerFile;
    expect(file.version).toBe(1);
    expect(file.points.length % 3).toBe(0);
    const html = page('/map/');
    const places = Number(/data-place-count="(\d+)"/.exec(html)?.[1]);
    expect(file.points.length / 3).toBe(places);
    // The data is fetched, not inlined into the page.
    expect(html).not.toContain('"points":[');
  });

  it('lists every running, planned or pilot service once, located or with no fixed place', () => {
    const html = page('/map/');
    const listed = [...html.matchAll(/data-map-item[^>]*>\s*<h3[^>]*>\s*<a href="\/services\/([^/]+)\/"/g)].map(
      (match) => match[1],
    );
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed).size).toBe(listed.length);
    expect(mainText(html)).toContain('Services with no fixed place');
  });

  it('ships the boundary and postcode files with their licence, and shows the attribution on the map page', () => {
    for (const file of ['birmingham-localities.geojson', 'birmingham-postcode-districts.csv', 'GEODATA.md']) {
      expect(existsSync(join(distDir, 'data', file))).toBe(true);
    }
    expect(page('/map/')).toContain('Open Government Licence v3.0');
  });

  it('loads JavaScript for the map only on the map page', () => {
    const withMapCode = allPages().filter((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      return /ServiceMap|component-url="[^"]*map/i.test(html);
    });
    expect(withMapCode).toEqual(['map/index.html']);
  });
});
