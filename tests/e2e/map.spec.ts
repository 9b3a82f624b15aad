/**
 * The map in the system Chromium, with every non-local request (map tiles) blocked
 * as in CI. The bundled content has few located services, so these tests build the
 * synthetic fixture in tests/fixtures/map-content once, into a temporary folder.
 *
 * The fixture was written in Birmingham's places. Before the build it is moved into the
 * running area (this project's, Fixton's in `npm run build:fixture`'s copy, or a fork's):
 * each point keeps its relative place in the area's localities, and each located service
 * takes the locality its first point falls in. The expected lists, counts and distances are
 * worked out from the moved fixture, so the tests hold in any area.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useFixtureSite } from './support/site.ts';
import { axeViolations } from './support/axe.ts';
import {
  buildMapFiles,
  readPointsFile,
  type MapFiles,
  type MarkerSource,
  type PointsFile,
} from '../../src/lib/map/marker-data.ts';
import { area, areaDir } from '../../src/area.ts';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import { boundariesContaining, boundsOf, distanceMiles, type LatLng } from '../../src/lib/geo/geometry.ts';
import { lookupPostcode, parseDistrictCsv } from '../../src/lib/geo/postcode.ts';
import { loadContent } from '../support/fixture-content.ts';
import type { ServiceEntry } from '../../src/lib/open-data/oruk.ts';

const fixtureDir = './tests/fixtures/map-content';
/** The box the fixture's points were written in: the extent of Birmingham's localities. */
const writtenIn = { minLat: 52.38109, maxLat: 52.60871, minLng: -2.03365, maxLng: -1.72889 };
const boundaries = loadBoundaries();
const areaBox = boundsOf(boundaries.features.map((feature) => feature.geometry));
const localityLabel = (slug: string) => area.localities.find((locality) => locality.value === slug)?.label ?? slug;

/** A fixture point at the same relative place in the running area's localities, rounded to 5 decimals. */
function movePoint(lat: number, lng: number): LatLng {
  const scale = (value: number, fromMin: number, fromMax: number, toMin: number, toMax: number) =>
    Math.round((toMin + ((value - fromMin) / (fromMax - fromMin)) * (toMax - toMin)) * 1e5) / 1e5;
  return {
    lat: scale(lat, writtenIn.minLat, writtenIn.maxLat, areaBox.minLat, areaBox.maxLat),
    lng: scale(lng, writtenIn.minLng, writtenIn.maxLng, areaBox.minLng, areaBox.maxLng),
  };
}

/** The locality a fixture point falls in once moved, or undefined outside every boundary. */
const localityAt = (lat: number, lng: number) => boundariesContaining(movePoint(lat, lng), boundaries)[0];

/**
 * Writes the fixture, moved into the running area, into a new folder: points moved, each located
 * service's locality the one its first point falls in, the locality page renamed to match.
 */
function moveFixture(): { dir: string; erdington: string } {
  const dir = mkdtempSync(join(tmpdir(), 'map-content-'));
  const pointPattern = /latitude: (-?[\d.]+)(\s+)longitude: (-?[\d.]+)/g;
  // Where the fixture's Erdington cafe lands: its locality page becomes that locality's.
  const cafe = readFileSync(join(fixtureDir, 'services/fixture-erdington-parent-cafe.md'), 'utf8');
  const [, cafeLat = '', , cafeLng = ''] = /latitude: (-?[\d.]+)(\s+)longitude: (-?[\d.]+)/.exec(cafe) ?? [];
  const erdington = localityAt(Number(cafeLat), Number(cafeLng)) ?? area.localities[0].value;
  for (const file of readdirSync(fixtureDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md')) continue;
    let text = readFileSync(join(fixtureDir, file), 'utf8');
    let target = file;
    if (file.startsWith('localities')) {
      target = join('localities', `${erdington}.md`);
      text = text
        .replace(/^name: .*$/m, `name: ${localityLabel(erdington)}`)
        .replace(/^boundaryKey: .*$/m, `boundaryKey: ${erdington}`);
    } else {
      const first = /latitude: (-?[\d.]+)(\s+)longitude: (-?[\d.]+)/.exec(text);
      const home = first ? localityAt(Number(first[1]), Number(first[3])) : undefined;
      if (home) text = text.replace(/^localities: .*$/m, `localities: [${home}]`);
      text = text
        .replace(pointPattern, (_match, lat: string, gap: string, lng: string) => {
          const point = movePoint(Number(lat), Number(lng));
          return `latitude: ${String(point.lat)}${gap}longitude: ${String(point.lng)}`;
        })
        .replaceAll(', Birmingham"', `, ${area.name}"`);
    }
    mkdirSync(dirname(join(dir, target)), { recursive: true });
    writeFileSync(join(dir, target), text);
  }
  return { dir, erdington };
}

let moved: { dir: string; erdington: string };
let content: ServiceEntry[];
const site = useFixtureSite(() => {
  moved = moveFixture();
  content = loadContent(moved.dir).services;
  return moved.dir;
});

afterAll(() => {
  if (moved) rmSync(moved.dir, { recursive: true, force: true });
});

const serviceNamed = (id: string) => content.find((service) => service.id === id);
/** A service's public places (not confidential, with coordinates). */
const publicPlaces = (service: ServiceEntry): LatLng[] =>
  service.data.locations.flatMap((location) =>
    !location.confidential && location.latitude !== undefined && location.longitude !== undefined
      ? [{ lat: location.latitude, lng: location.longitude }]
      : [],
  );
/** The confidential refuge's point, as the moved fixture writes it. */
function refugePoint(): LatLng {
  const place = serviceNamed('fixture-hall-green-refuge')?.data.locations[0];
  if (place?.latitude === undefined || place.longitude === undefined) throw new Error('the refuge has no point');
  return { lat: place.latitude, lng: place.longitude };
}
const byName = (a: ServiceEntry, b: ServiceEntry) => a.data.name.localeCompare(b.data.name);
/** The located services (with a public place) in a locality, by name, and their number of places. */
function locatedIn(slug: string): { names: string[]; places: number } {
  const services = content
    .filter(
      (service) => publicPlaces(service).length > 0 && (service.data.localities as readonly string[]).includes(slug),
    )
    .sort(byName);
  return {
    names: services.map((service) => service.data.name),
    places: services.reduce((sum, service) => sum + publicPlaces(service).length, 0),
  };
}

interface Opened {
  page: Page;
  /** Errors thrown by page scripts, and console errors other than the blocked tile requests. */
  errors: string[];
}

/**
 * Map files bigger than one step of each list: 120 services with a place in the
 * area and 70 with none. Served instead of the fixture's own, they test what the
 * island does with long lists without a long build.
 */
function longMapFiles(): MapFiles {
  const facets = (cost: string) => ({
    category: ['health'],
    need: [],
    locality: [area.localities[0].value],
    age: ['0-4'],
    cost: [cost],
    language: [],
  });
  const labels = { ageLabel: 'Up to 4 years', areasLabel: area.localities[0].label, noFixedPlace: 'Available online' };
  const source = (kind: 'located' | 'unlocated', i: number, cost: 'free' | 'paid', points: MarkerSource['points']) => {
    const id = String(i).padStart(3, '0');
    return {
      id: `long-${kind}-${id}`,
      name: `Long ${kind} ${id}`,
      summary: kind === 'located' ? 'A made-up service.' : 'A made-up online service.',
      costLabel: cost === 'free' ? 'Free' : 'Paid',
      ...labels,
      facets: facets(cost),
      points,
    };
  };
  const sources: MarkerSource[] = [];
  for (let i = 1; i <= 120; i++) {
    // Spread over the area's localities on a grid, so that no two clusters' icons overlap.
    const point = {
      lat: areaBox.minLat + (((i % 10) + 0.5) / 10) * (areaBox.maxLat - areaBox.minLat),
      lng: areaBox.minLng + ((Math.floor(i / 10) + 0.5) / 13) * (areaBox.maxLng - areaBox.minLng),
      line: '',
    };
    sources.push(source('located', i, i % 2 ? 'free' : 'paid', [point]));
  }
  for (let i = 1; i <= 70; i++) sources.push(source('unlocated', i, 'free', []));
  return buildMapFiles(sources);
}

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; markers?: MapFiles | 'unavailable'; withoutWorkers?: boolean } = {},
): Promise<Opened> {
  const context = await site.context(options);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('ERR_BLOCKED_BY_CLIENT')) errors.push(message.text());
  });
  if (options.withoutWorkers) {
    // As in a browser with no Web Workers: the map builds its cluster index on the main thread.
    await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
  }
  const markers = options.markers;
  if (markers !== undefined) {
    for (const name of ['points', 'services'] as const) {
      await page.route(`**/data/map-${name}.json`, (route) =>
        markers === 'unavailable'
          ? route.fulfill({ status: 503, body: 'Unavailable' })
          : route.fulfill({ body: JSON.stringify(markers[name]), contentType: 'application/json' }),
      );
    }
  }
  await page.goto(path);
  if (path.startsWith('/map/') && options.javaScriptEnabled !== false) {
    const state = markers === 'unavailable' ? 'failed' : 'ready';
    await page.locator(`.service-map__canvas[data-state="${state}"]`).waitFor({ timeout: 20_000 });
  }
  return { page, errors };
}

/** Waits for a lazy map image to load and decode; its natural size, which a broken file would not have. */
async function loaded(image: Locator): Promise<{ width: number; height: number }> {
  await image.scrollIntoViewIfNeeded();
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    return { width: element.naturalWidth, height: element.naturalHeight };
  });
}

/** True when two elements cover the same box on screen (the pin overlay on its map image). */
async function sameBox(a: Locator, b: Locator): Promise<boolean> {
  const [first, second] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!first || !second) return false;
  return (['x', 'y', 'width', 'height'] as const).every((key) => Math.abs(first[key] - second[key]) < 1);
}

/** Markers on the map, counting each cluster as the number of places in it, once the latest view is drawn. */
async function markerTotal(page: Page): Promise<number> {
  await page.locator('.service-map__canvas[data-markers="drawn"]').waitFor();
  return page.evaluate(() =>
    [...document.querySelectorAll('.map-pin, .map-cluster')].reduce(
      (sum, element) => sum + Number(element.getAttribute('data-count') ?? '0'),
      0,
    ),
  );
}

const visibleItems = (page: Page, listId: string) =>
  page.evaluate(
    (id) =>
      [...document.querySelectorAll(`#${id} > [data-map-item]`)]
        .filter((item) => !(item as HTMLElement).hidden)
        .map((item) => item.querySelector('a')?.textContent?.trim() ?? ''),
    listId,
  );

describe('map page (fixture content, tiles blocked)', () => {
  it("shows every located place as a marker or inside a cluster, and the area's boundaries", async () => {
    const { page, errors } = await open('/map/');
    const places = Number(await page.locator('#map-located-list').getAttribute('data-place-count'));
    expect(places).toBe(7);
    expect(await page.locator('#map-located-list > [data-map-item]').count()).toBe(6);
    expect(await markerTotal(page)).toBe(places);
    expect(await page.locator('.map-cluster').count()).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-overlay-pane path').count()).toBe(boundaries.features.length);
    expect(await page.locator('.map-locality-label').count()).toBe(boundaries.features.length);
    await expect(page.locator('#map-unlocated-list > [data-map-item]').count()).resolves.toBe(3);
    // Tiles are blocked: the page says so, and nothing throws.
    await page.getByTestId('tiles-failed').waitFor();
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');
    expect(await page.locator('.map-attribution').textContent()).toContain(area.attribution);
    expect(errors).toEqual([]);
  });

  it('builds the cluster index in a Web Worker, and on the main thread where there are no workers', async () => {
    const { page, errors } = await open('/map/');
    expect(page.workers().map((worker) => worker.url())).toEqual([
      expect.stringMatching(/\/_astro\/cluster-worker[^/]*\.js$/),
    ]);
    expect(await markerTotal(page)).toBe(7);

    const { page: noWorkers, errors: noWorkerErrors } = await open('/map/', { withoutWorkers: true });
    expect(await noWorkers.evaluate(() => typeof (window as { Worker?: unknown }).Worker)).toBe('undefined');
    expect(noWorkers.workers()).toEqual([]);
    expect(await markerTotal(noWorkers)).toBe(7);
    await noWorkers.getByLabel('Cost').selectOption('low-cost');
    expect(await markerTotal(noWorkers)).toBe(2);
    expect([...errors, ...noWorkerErrors]).toEqual([]);
  });

  it("hydrates the island only after the map's first render (client:after-map)", async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { hydrationOrder?: string[] }).hydrationOrder = seen;
      document.addEventListener('service-map-settled', () => seen.push('map settled'));
      new MutationObserver((changes) => {
        for (const change of changes) {
          const target = change.target as Element;
          if (target.tagName === 'ASTRO-ISLAND' && change.attributeName === 'ssr' && !target.hasAttribute('ssr'))
            seen.push('island hydrated');
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['ssr'] });
    });
    await page.goto('/map/');
    await page.locator('.service-map__canvas[data-state="ready"]').waitFor();
    expect(await page.evaluate(() => (window as { hydrationOrder?: string[] }).hydrationOrder)).toEqual([
      'map settled',
      'island hydrated',
    ]);
  });

  it('zooms in when a cluster is clicked, and keeps every place on the map', async () => {
    const { page, errors } = await open('/map/');
    const canvas = page.locator('.service-map__canvas');
    const before = Number(await canvas.getAttribute('data-zoom'));
    await page.locator('.map-cluster').first().click();
    await page.waitForFunction((zoom) => {
      const value = Number(document.querySelector('.service-map__canvas')?.getAttribute('data-zoom'));
      return value > zoom;
    }, before);
    expect(Number(await canvas.getAttribute('data-zoom'))).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });

  it('opens a popup with the name, summary and cost, linking to the service page', async () => {
    const { page } = await open('/map/');
    const pin = page.locator('.map-pin[data-service="fixture-erdington-parent-cafe"]');
    await expect(pin.getAttribute('tabindex')).resolves.toBe('0');
    await pin.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await popup.waitFor();
    expect(await popup.textContent()).toContain('A made-up weekly cafe for parents in Erdington');
    expect(await popup.textContent()).toContain('Cost: Free');
    const link = popup.getByRole('link', { name: 'Fixture Erdington Parent Cafe' });
    await expect(link.getAttribute('href')).resolves.toBe('/services/fixture-erdington-parent-cafe/');
    await link.click();
    await page.waitForURL('**/services/fixture-erdington-parent-cafe/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Fixture Erdington Parent Cafe');
  });

  it('applies the filters to map and list together, and keeps them in the URL', async () => {
    const { page, errors } = await open('/map/');
    await page.getByLabel('Type of help').selectOption('parenting');
    await page.waitForFunction(() => window.location.search.includes('category=parenting'));
    expect(await visibleItems(page, 'map-located-list')).toEqual(['Fixture Erdington Parent Cafe']);
    expect(await visibleItems(page, 'map-unlocated-list')).toEqual([]);
    expect(await markerTotal(page)).toBe(1);
    expect(await page.locator('#map-located-list-count').textContent()).toBe('1');

    const { page: linked } = await open('/map/?cost=low-cost');
    await expect(linked.getByLabel('Cost').inputValue()).resolves.toBe('low-cost');
    expect(await visibleItems(linked, 'map-located-list')).toEqual([
      'Fixture Ladywood Youth Club',
      'Fixture Sutton Sports Club',
    ]);
    expect(await markerTotal(linked)).toBe(2);

    // Choosing a locality keeps the services that work across the city or online.
    const hubLocality = serviceNamed('fixture-ladywood-family-hub')?.data.localities[0] ?? '';
    const inHubLocality = locatedIn(hubLocality);
    expect(inHubLocality.names).toContain('Fixture Ladywood Youth Club');
    await linked.getByLabel('Cost').selectOption('');
    await linked.getByLabel('Locality').selectOption(hubLocality);
    expect(await visibleItems(linked, 'map-located-list')).toEqual(inHubLocality.names);
    expect(await visibleItems(linked, 'map-unlocated-list')).toEqual([
      'Fixture Citywide Team',
      'Fixture Online Helpline',
    ]);
    expect(await markerTotal(linked)).toBe(inHubLocality.places);
    expect(errors).toEqual([]);
  });

  it('sorts the list by distance from a postcode, worked out in the browser', async () => {
    // The area's own example postcode, and the nearest place of each service to its district's centre.
    const example = area.examplePostcodes[1];
    const districts = parseDistrictCsv(readFileSync(join(areaDir, area.files.postcodeDistricts), 'utf8'));
    const lookup = lookupPostcode(example, districts);
    if (!lookup.ok) throw new Error(`${example} is not in ${area.files.postcodeDistricts}`);
    const { outcode } = lookup.postcode;
    const nearest = (service: ServiceEntry) =>
      Math.min(...publicPlaces(service).map((place) => distanceMiles(lookup.district, place)));
    const expected = content
      .filter((service) => publicPlaces(service).length > 0)
      .sort((a, b) => nearest(a) - nearest(b))
      .map((service) => service.data.name);
    expect(expected.length).toBeGreaterThan(3);

    const { page, errors } = await open('/map/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByLabel('Postcode or postcode district').fill(example.toLowerCase());
    await page.getByRole('button', { name: 'Sort by distance' }).click();
    await page.getByText(`Sorted by distance from ${outcode}`).waitFor();
    expect(await visibleItems(page, 'map-located-list')).toEqual(expected);
    expect(await page.locator('#map-located-list [data-distance]').first().textContent()).toMatch(
      new RegExp(`miles? from ${outcode}`),
    );
    // The postcode went nowhere: the only requests are the site's own files and map tiles for the new view.
    const typed = new RegExp(example.toLowerCase().split(' ').join('|'), 'i');
    expect(requests.filter((url) => typed.test(url))).toEqual([]);
    expect(
      requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('https://tile.openstreetmap.org/')),
    ).toEqual([]);

    await page.getByLabel('Postcode or postcode district').fill('not a postcode');
    await page.getByRole('button', { name: 'Sort by distance' }).click();
    await page.getByText(`Enter a postcode like ${example}`).waitFor();
    await expect(page.getByLabel('Postcode or postcode district').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(errors).toEqual([]);
  });

  it('shows a listed service on the map, with its popup open and focus on its marker', async () => {
    const { page, errors } = await open('/map/');
    await page.getByRole('button', { name: 'Show on map: Fixture Ladywood Youth Club' }).click();
    const popup = page.locator('.leaflet-popup-content');
    await popup.waitFor();
    expect(await popup.textContent()).toContain('Fixture Ladywood Youth Club');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-service'))).resolves.toBe(
      'fixture-ladywood-youth-club',
    );
    expect(errors).toEqual([]);
  });

  it('renders long lists a step at a time, with "Show more" moving focus to the first new service', async () => {
    const { page, errors } = await open('/map/', { markers: longMapFiles() });
    const items = (id: string) => page.locator(`#${id} > [data-map-item]`);
    expect(await items('map-located-list').count()).toBe(50);
    expect(await items('map-unlocated-list').count()).toBe(50);
    expect(await page.locator('#map-located-list-count').textContent()).toBe('120');
    expect(await page.locator('#map-unlocated-list-count').textContent()).toBe('70');
    expect(await markerTotal(page)).toBe(120);
    // More markers than the map makes in one task (40): drawn over several, and none is lost or doubled.
    expect(await page.locator('.map-pin, .map-cluster').count()).toBeGreaterThan(40);
    const more = page.locator('#map-located-list-more');
    expect(await more.textContent()).toContain('Showing 50 of 120 services on the map.');

    // Keyboard: the button is a real button, and focus lands on the first service it added.
    await more.getByRole('button', { name: 'Show 50 more services on the map' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Long located 051');
    expect(await items('map-located-list').count()).toBe(100);
    await page.getByText('Showing 100 of 120 services on the map.').first().waitFor();
    expect(await page.locator('.service-map__summary').textContent()).toBe('Showing 100 of 120 services on the map.');
    await more.getByRole('button', { name: 'Show 20 more services on the map' }).click();
    expect(await items('map-located-list').count()).toBe(120);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Long located 101');
    expect(await more.textContent()).toContain('Showing all 120 services on the map.');
    expect(await more.getByRole('button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The other list has its own button; a filter starts both lists again from the first step.
    await page
      .locator('#map-unlocated-list-more')
      .getByRole('button', { name: 'Show 20 more services with no fixed place' })
      .click();
    expect(await items('map-unlocated-list').count()).toBe(70);
    await page.getByLabel('Cost').selectOption('free');
    expect(await items('map-located-list').count()).toBe(50);
    expect(await page.locator('#map-located-list-count').textContent()).toBe('60');
    expect(await markerTotal(page)).toBe(60);
    expect(await items('map-unlocated-list').count()).toBe(50);
    expect(errors).toEqual([]);
  });

  it("keeps the page's own lists and their links when the map's data files cannot load", async () => {
    const { page, errors } = await open('/map/', { markers: 'unavailable' });
    await page.getByRole('alert').getByText('The map and its filters could not be loaded').waitFor();
    expect(await page.locator('#map-located-list > [data-map-item]').count()).toBe(6);
    expect(await page.locator('#map-unlocated-list > [data-map-item]').count()).toBe(3);
    // Filters would have nothing to filter: they stay hidden.
    expect(await page.locator('.service-map__controls').isVisible()).toBe(false);
    expect(errors.filter((error) => !error.includes('503'))).toEqual([]);
  });

  it('lets keyboard users skip the map', async () => {
    const { page } = await open('/map/');
    await page.locator('.skip-map').focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('map-results');
  });

  it('has no WCAG 2.2 A/AA violations on the map page, with the map loaded', async () => {
    const { page } = await open('/map/');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('still lists every service without JavaScript', async () => {
    const { page } = await open('/map/', { javaScriptEnabled: false });
    expect(await page.locator('#map-located-list > [data-map-item]').count()).toBe(6);
    expect(await page.locator('#map-unlocated-list > [data-map-item]').count()).toBe(3);
    expect(await page.locator('.service-map__controls').isVisible()).toBe(false);
  });

  it('shows a static pin map and directions on a located service page, with no JavaScript', async () => {
    const { page } = await open('/services/fixture-ladywood-family-hub/');
    const map = page.getByTestId('service-location-map');
    const image = map.locator('img.boundary-map__image');
    // Where the hub's locality has no locality page, the boundaries come from the whole area's map.
    const hub = serviceNamed('fixture-ladywood-family-hub');
    const hubLocality = hub?.data.localities[0] ?? '';
    await expect(image.getAttribute('src')).resolves.toBe(
      hubLocality === moved.erdington ? `/localities/${hubLocality}/boundary.svg` : '/localities/map.svg',
    );
    await expect(loaded(image)).resolves.toEqual({ width: 400, height: Number(await image.getAttribute('height')) });
    await expect(image.getAttribute('alt')).resolves.toContain('Fixture Hub North, 1 Example Street');
    expect(await map.locator('.boundary-map__overlay .boundary-map__pin').count()).toBe(2);
    await expect(sameBox(image, map.locator('.boundary-map__overlay'))).resolves.toBe(true);
    await expect(
      map.getByRole('link', { name: 'Directions on OpenStreetMap' }).first().getAttribute('href'),
    ).resolves.toContain(
      `${(hub?.data.locations[0]?.latitude ?? NaN).toFixed(5)}%2C${(hub?.data.locations[0]?.longitude ?? NaN).toFixed(5)}`,
    );
    // The pin map is an image and a few SVG shapes: no map code on service pages.
    expect(await page.locator('.leaflet-container, astro-island[component-url*="map" i]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("draws a service's pin over its own locality's map when it has one", async () => {
    const { page } = await open('/services/fixture-erdington-parent-cafe/');
    const map = page.getByTestId('service-location-map');
    const image = map.locator('img.boundary-map__image');
    await expect(image.getAttribute('src')).resolves.toBe(`/localities/${moved.erdington}/boundary.svg`);
    await expect(loaded(image)).resolves.toMatchObject({ width: 400 });
    expect(await map.locator('.boundary-map__overlay .boundary-map__pin').count()).toBe(1);
    await expect(sameBox(image, map.locator('.boundary-map__overlay'))).resolves.toBe(true);
    // The pin lies inside the highlighted locality, inside the picture.
    const pin = await map.locator('.boundary-map__pin').boundingBox();
    const box = await image.boundingBox();
    expect(pin && box && pin.x > box.x && pin.x + pin.width < box.x + box.width && pin.y > box.y).toBe(true);
    expect(await map.textContent()).toContain(area.attribution);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the boundary on a locality page as an image file, with no WCAG 2.2 A/AA violations', async () => {
    const slug = moved.erdington;
    const name = localityLabel(slug);
    const there = locatedIn(slug);
    const services = there.names.length;
    const { page } = await open(`/localities/${slug}/`);
    const map = page.getByTestId('locality-map');
    const image = map.locator('img');
    await expect(image.getAttribute('src')).resolves.toBe(`/localities/${slug}/map.svg`);
    await expect(loaded(image)).resolves.toMatchObject({ width: 400 });
    await expect(image.getAttribute('alt')).resolves.toBe(
      `Map of the ${name} locality: its boundary, highlighted, and the edges of the localities around it, with pins at ${String(there.places)} ${there.places === 1 ? 'place' : 'places'} of services with a public address.`,
    );
    const svg = readFileSync(join(site.outDir, `localities/${slug}/map.svg`), 'utf8');
    expect(svg.match(/<path [^>]*data-locality=/g)).toHaveLength(boundaries.features.length);
    expect(/<path [^>]*data-locality="([^"]+)" data-highlight/.exec(svg)?.[1]).toBe(slug);
    expect(svg.match(/<use href="#pin"/g)).toHaveLength(there.places);
    expect(await map.textContent()).toContain(
      services === 1
        ? `1 service in ${name} with a public address is marked.`
        : `${String(services)} services in ${name} with a public address are marked.`,
    );
    expect(await map.textContent()).toContain(area.attribution);
    // The map is not drawn into the page.
    expect(await page.locator('main svg path[data-locality]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('writes a points file of exactly the public places of located services, and nothing else', () => {
    const text = readFileSync(join(site.outDir, 'data/map-points.json'), 'utf8');
    const services = JSON.parse(readFileSync(join(site.outDir, 'data/map-services.json'), 'utf8')) as {
      ids: string[];
    };
    const read = readPointsFile(JSON.parse(text) as PointsFile);
    const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
    const written = Array.from({ length: read.markerCount }, (_, i) =>
      [services.ids[read.points[i * 3 + 2] ?? -1], read.points[i * 3], read.points[i * 3 + 1]].join(' '),
    );
    const expected = content.flatMap((service) =>
      service.data.locations
        .filter((location) => !location.confidential && location.latitude !== undefined)
        .map((location) => [service.id, round5(location.latitude ?? NaN), round5(location.longitude ?? NaN)].join(' ')),
    );
    expect(written.sort()).toEqual(expected.sort());
    // The confidential refuge is nowhere near any point.
    const secret = refugePoint();
    for (let i = 0; i < read.markerCount; i++) {
      const near =
        Math.abs((read.points[i * 3] ?? 0) - secret.lat) < 0.01 &&
        Math.abs((read.points[i * 3 + 1] ?? 0) - secret.lng) < 0.01;
      expect(near).toBe(false);
    }
    // Compact: three whole numbers per place, under 20 bytes each, and a few fields besides.
    expect(text.length).toBeLessThan(100 + 20 * read.markerCount);
  });

  it('never publishes a confidential location, in any page or data file', async () => {
    const { page } = await open('/services/fixture-hall-green-refuge/');
    expect(await page.getByTestId('service-location-map').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('The address is not published');
    // Its coordinates as written and rounded, its address, postcode and place name.
    const secret = refugePoint();
    const round4 = (value: number) => String(Math.abs(Math.round(value * 1e4) / 1e4));
    const secrets = [
      String(secret.lat),
      String(Math.abs(secret.lng)),
      round4(secret.lat),
      round4(secret.lng),
      'Confidential Fixture Road',
      'B28 9QZ',
      'Secret House',
    ];
    // The bundled boundary and postcode files are verbatim copies of the area's (checked against area/), and
    // a boundary vertex may share four decimals with the secret point.
    const bundled = [area.files.boundaries, area.files.postcodeDistricts];
    for (const name of bundled) {
      expect(readFileSync(join(site.outDir, 'data', name), 'utf8')).toBe(readFileSync(join(areaDir, name), 'utf8'));
    }
    // A number counts only whole: the 4-decimal rounding may begin another place's 5-decimal coordinate.
    const found = (text: string, secret: string) =>
      /^[\d.]+$/.test(secret)
        ? new RegExp(`(?<!\\d)${secret.replaceAll('.', '\\.')}(?!\\d)`).test(text)
        : text.includes(secret);
    const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.(html|json|js|xml|txt|csv|geojson|svg)$/.test(file) && !bundled.some((name) => file.endsWith(name)),
    );
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.flatMap((file) => {
      const text = readFileSync(join(site.outDir, file), 'utf8');
      return secrets.filter((secret) => found(text, secret)).map((secret) => `${file}: ${secret}`);
    });
    expect(leaks).toEqual([]);
  });
});
