import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, distDir, mainText, page, requireBuild } from '../../build/helpers.ts';
import { readPointsFile, type PointsFile, type ServicesFile } from '../../../src/lib/map/marker-data.ts';
import { readContentFolder } from '../../../src/lib/content/files.ts';
import { localitySchema } from '../../../src/schemas/index.ts';
import { loadBoundaries } from '../../../src/lib/geo/boundaries.ts';
import { cityMapPath, localityBoundaryPath, localityMapPath } from '../../../src/lib/geo/map-files.ts';
import { listStep } from '../../../src/lib/map/results.ts';
import { defaultLanguage, languages } from '../../../src/i18n/languages.ts';

const pointsFile = () => JSON.parse(readFileSync(join(distDir, 'data/map-points.json'), 'utf8')) as PointsFile;
const servicesFile = () => JSON.parse(readFileSync(join(distDir, 'data/map-services.json'), 'utf8')) as ServicesFile;
/** The services a page list holds, by id, in order. */
const listed = (html: string, listId: string) => {
  const list = new RegExp(
    `<(ol|ul) [^>]*id="${listId}"[^>]*>([\\s\\S]*?)</\\1>\\s*<div class="map-results__more"`,
  ).exec(html)?.[2];
  return [...(list ?? '').matchAll(/data-map-item[^>]*>\s*<h3[^>]*>\s*<a href="\/services\/([^/]+)\/"/g)].map(
    (match) => match[1] ?? '',
  );
};

beforeAll(requireBuild);

describe('map build output', () => {
  it('writes the points and services files as static JSON, with one point triple per place in the list', () => {
    const points = pointsFile();
    const file = servicesFile();
    expect(points.version).toBe(1);
    expect(file.version).toBe(3);
    expect(points.points.length % 3).toBe(0);
    // The points file holds whole numbers only: no names, ids or addresses.
    expect(points.points.every((value) => Number.isInteger(value) && value >= 0)).toBe(true);
    expect(Object.keys(points).sort()).toEqual(['origin', 'points', 'services', 'version']);
    expect(points.services).toBe(file.ids.length);
    const html = page('/map/');
    const places = Number(/data-place-count="(\d+)"/.exec(html)?.[1]);
    expect(points.points.length / 3).toBe(places);
    expect(file.places).toHaveLength(places);
    for (const column of [file.names, file.summaries]) expect(column).toHaveLength(file.ids.length);
    expect(file.serviceLabels).toHaveLength(file.ids.length * 4);
    // The data is fetched, not inlined into the page.
    expect(html).not.toContain('"points":[');
    expect(html).not.toContain('"summaries":[');
  });

  it('holds every running, planned or pilot service once in the services file, located or with no fixed place', () => {
    const ids = servicesFile().ids;
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(mainText(page('/map/'))).toContain('Services with no fixed place');
  });

  it("renders the first services of each list in the page, in the services file's order, and links to the rest", () => {
    const html = page('/map/');
    const file = servicesFile();
    const counts = readPointsFile(pointsFile()).pointCounts;
    const withPlace = new Set(file.ids.flatMap((_, i) => ((counts[i] ?? 0) > 0 ? [i] : [])));
    const order = (located: boolean) => file.ids.filter((_, i) => withPlace.has(i) === located);
    for (const [listId, located] of [
      ['map-located-list', true],
      ['map-unlocated-list', false],
    ] as const) {
      const all = order(located);
      expect(listed(html, listId)).toEqual(all.slice(0, listStep));
      // Without JavaScript, a list cut short says so and links to the paged directory.
      const more = new RegExp(`id="${listId}-more"[^>]*>([\\s\\S]*?)</div>`).exec(html)?.[1] ?? '';
      if (all.length > listStep) {
        expect(more).toContain(
          `Showing the first ${String(listStep)} of ${String(all.length)} ${located ? 'services on the map' : 'services with no fixed place'}.`,
        );
        expect(more).toContain('href="/services/all/"');
      } else {
        expect(more.trim()).toBe('');
      }
    }
  });

  it('ships the boundary and postcode files with their licence, and shows the attribution on the map page', () => {
    for (const file of ['birmingham-localities.geojson', 'birmingham-postcode-districts.csv', 'GEODATA.md']) {
      expect(existsSync(join(distDir, 'data', file))).toBe(true);
    }
    expect(page('/map/')).toContain('Open Government Licence v3.0');
  });

  it('loads JavaScript for the map only on the map page (in each language)', () => {
    const withMapCode = allPages().filter((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      return /ServiceMap|component-url="[^"]*map/i.test(html);
    });
    const mapPages = languages.map((language) =>
      language.code === defaultLanguage.code ? 'map/index.html' : `${language.code}/map/index.html`,
    );
    expect(withMapCode.sort()).toEqual(mapPages.sort());
  });
});

interface SvgSummary {
  /** Problems with the XML: tags closed by the parser rather than the file, text outside the root. */
  problems: string[];
  root: Record<string, string> | undefined;
  /** The data-locality of each boundary path, and whether it is the highlighted one. */
  areas: { locality: string; highlight: boolean }[];
  pins: number;
  labels: string[];
}

/** Reads a built SVG file the way the map tests need it, checking that its tags nest as XML requires. */
function readSvg(urlPath: string): SvgSummary {
  const summary: SvgSummary = { problems: [], root: undefined, areas: [], pins: 0, labels: [] };
  const source = readFileSync(join(distDir, urlPath), 'utf8');
  const open: { name: string; selfClosing: boolean }[] = [];
  let inText = false;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (open.length === 0) {
          if (summary.root) summary.problems.push(`second root element <${name}>`);
          summary.root = attributes;
        }
        open.push({ name, selfClosing: source.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>') });
        if (name === 'path' && attributes['data-locality'] !== undefined) {
          summary.areas.push({ locality: attributes['data-locality'], highlight: 'data-highlight' in attributes });
        }
        if (name === 'use' && attributes.href === '#pin') summary.pins += 1;
        if (name === 'text') {
          inText = true;
          summary.labels.push('');
        }
      },
      ontext(text) {
        if (inText) summary.labels[summary.labels.length - 1] += text;
        else if (open.length === 0 && text.trim() !== '') summary.problems.push(`text outside the root: ${text}`);
      },
      onclosetag(name, isImplied) {
        const element = open.pop();
        // The parser closes a self-closing tag itself; any other tag it has to close was left open.
        if (isImplied && !element?.selfClosing) summary.problems.push(`<${name}> is not closed`);
        if (element?.name !== name) summary.problems.push(`</${name}> does not match`);
        if (name === 'text') inText = false;
      },
    },
    { xmlMode: true },
  );
  parser.write(source);
  parser.end();
  return summary;
}

describe('static map files', () => {
  const boundaries = loadBoundaries();
  const localities = readContentFolder('content')
    .files.filter((file) => file.collection === 'localities')
    .map((file) => ({
      id: file.path.replace(/^.*\//, '').replace(/\.md$/, '').toLowerCase(),
      data: localitySchema.parse(file.data),
    }));

  it('draws the city map: every boundary, each labelled, none highlighted', () => {
    const svg = readSvg(cityMapPath);
    expect(svg.problems).toEqual([]);
    expect(svg.root?.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.root?.viewBox).toMatch(/^0 0 400 \d+$/);
    expect(svg.areas.map((area) => area.locality).sort()).toEqual(
      boundaries.features.map((feature) => feature.properties.slug).sort(),
    );
    expect(svg.areas.filter((area) => area.highlight)).toEqual([]);
    expect(svg.labels.sort()).toEqual(boundaries.features.map((feature) => feature.properties.name).sort());
  });

  it.each(localities.map((locality) => [locality.id, locality] as const))(
    'draws %s with its boundary highlighted among the ten, with and without pins',
    (id, locality) => {
      for (const path of [localityMapPath(id), localityBoundaryPath(id)]) {
        const svg = readSvg(path);
        expect(svg.problems, path).toEqual([]);
        expect(svg.root?.xmlns, path).toBe('http://www.w3.org/2000/svg');
        expect(svg.areas, path).toHaveLength(boundaries.features.length);
        expect(
          svg.areas.filter((area) => area.highlight).map((area) => area.locality),
          path,
        ).toEqual([locality.data.boundaryKey]);
      }
      expect(readSvg(localityBoundaryPath(id)).pins).toBe(0);
    },
  );

  it('shows each map as an image with its size and a text alternative, not as inline SVG', () => {
    for (const locality of localities) {
      const html = page(`/localities/${locality.id}/`);
      const img = new RegExp(`<img[^>]*src="${localityMapPath(locality.id)}"[^>]*>`).exec(html)?.[0] ?? '';
      expect(img, locality.id).toMatch(/ width="400" height="\d+"/);
      expect(img, locality.id).toMatch(new RegExp(`alt="Map of the ${locality.data.name} locality`));
      expect(html, locality.id).not.toContain('<path');
      expect(mainText(html), locality.id).toContain('Open Government Licence v3.0');
    }
    const index = page('/localities/');
    expect(index).toMatch(new RegExp(`<img[^>]*src="${cityMapPath}"[^>]*alt="Map of the \\d+ localities`));
    expect(index).not.toContain('<path');
    expect(mainText(index)).toContain('Open Government Licence v3.0');
  });
});
