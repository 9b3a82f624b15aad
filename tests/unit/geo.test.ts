import { describe, expect, it } from 'vitest';
import {
  boundariesContaining,
  directionsLinks,
  distanceKm,
  distanceMiles,
  distanceToEdgeMetres,
  formatMiles,
  labelPoint,
  pointInGeometry,
  pointInRing,
  type MultiPolygonGeometry,
  type PolygonGeometry,
} from '../../src/lib/geo/geometry.ts';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import {
  boundarySvg,
  drawnPins,
  pinSpacing,
  cityProjection,
  escapeXml,
  geometryPath,
  localityProjection,
  pinFits,
  projectionFor,
} from '../../src/lib/geo/svg.ts';

const square: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
    [
      [0.4, 0.4],
      [0.6, 0.4],
      [0.6, 0.6],
      [0.4, 0.6],
      [0.4, 0.4],
    ],
  ],
};

describe('point in polygon', () => {
  it('finds points inside and outside a ring', () => {
    const ring = square.coordinates[0] ?? [];
    expect(pointInRing({ lat: 0.5, lng: 0.2 }, ring)).toBe(true);
    expect(pointInRing({ lat: 1.5, lng: 0.5 }, ring)).toBe(false);
    expect(pointInRing({ lat: 0.5, lng: -0.1 }, ring)).toBe(false);
  });

  it('treats holes as outside', () => {
    expect(pointInGeometry({ lat: 0.5, lng: 0.5 }, square)).toBe(false);
    expect(pointInGeometry({ lat: 0.2, lng: 0.2 }, square)).toBe(true);
  });

  it('handles multipolygons', () => {
    const two: MultiPolygonGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ],
        ],
      ],
    };
    expect(pointInGeometry({ lat: 5.2, lng: 5.8 }, two)).toBe(true);
    expect(pointInGeometry({ lat: 3, lng: 3 }, two)).toBe(false);
  });
  // Known points of Birmingham's own boundaries: tests/content/area-data.test.ts.
});

describe('distances', () => {
  it('measures great-circle distances', () => {
    // Birmingham New Street to Sutton Coldfield station: about 11 km.
    const km = distanceKm({ lat: 52.4778, lng: -1.8983 }, { lat: 52.5645, lng: -1.8247 });
    expect(km).toBeGreaterThan(10.5);
    expect(km).toBeLessThan(11.5);
    expect(distanceMiles({ lat: 52.4778, lng: -1.8983 }, { lat: 52.5645, lng: -1.8247 })).toBeCloseTo(km / 1.609344);
    expect(distanceKm({ lat: 52.48, lng: -1.9 }, { lat: 52.48, lng: -1.9 })).toBe(0);
  });

  it('says miles in plain words', () => {
    expect(formatMiles(0.26)).toBe('0.3 miles');
    expect(formatMiles(1)).toBe('1 mile');
    expect(formatMiles(12.4)).toBe('12 miles');
  });

  it('measures the distance to the nearest edge in metres', () => {
    const box: PolygonGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [-1.9, 52.48],
          [-1.89, 52.48],
          [-1.89, 52.49],
          [-1.9, 52.49],
          [-1.9, 52.48],
        ],
      ],
    };
    // 0.001 degrees of latitude is about 111 m.
    expect(distanceToEdgeMetres({ lat: 52.479, lng: -1.895 }, box)).toBeCloseTo(111.3, 0);
  });
});

describe('directions links', () => {
  it('builds a geo: URI and an OpenStreetMap directions link from coordinates', () => {
    const links = directionsLinks({ lat: 52.4797, lng: -1.9027 }, 'Hub (north)');
    expect(links.geo).toBe('geo:52.47970,-1.90270?q=52.47970,-1.90270(Hub%20north)');
    expect(links.openStreetMap).toBe(
      'https://www.openstreetmap.org/directions?to=52.47970%2C-1.90270#map=16/52.47970/-1.90270',
    );
  });
});

describe('SVG projection', () => {
  it('fits the area into the box, north up', () => {
    const projection = projectionFor({ minLat: 52, maxLat: 53, minLng: -2, maxLng: -1 }, 400, 0);
    expect(projection.width).toBe(400);
    expect(projection.project({ lat: 53, lng: -2 })).toEqual([0, 0]);
    const [x, y] = projection.project({ lat: 52, lng: -1 });
    expect(x).toBeCloseTo(400, 0);
    expect(y).toBeCloseTo(projection.height, 0);
    expect(geometryPath(square, projectionFor({ minLat: 0, maxLat: 1, minLng: 0, maxLng: 1 }, 100, 0))).toMatch(
      /^M0,100L100,100L100,0L0,0L0,100ZM/,
    );
  });
});

describe('map files', () => {
  // The area's own boundaries (area/area.config.ts): Birmingham's, the Fixton test area's or a fork's.
  const boundaries = loadBoundaries();
  const slugs = boundaries.features.map((feature) => feature.properties.slug);
  const [first] = boundaries.features;
  if (!first) throw new Error('the area has no boundaries');
  const inFirst = labelPoint(first.geometry);
  // The locality whose label point lies farthest from the first's.
  const farthest = boundaries.features.reduce((best, feature) =>
    distanceKm(inFirst, labelPoint(feature.geometry)) > distanceKm(inFirst, labelPoint(best.geometry)) ? feature : best,
  );
  const inFarthest = labelPoint(farthest.geometry);

  it('frames the city, or one locality with its neighbours, 400 units wide', () => {
    const city = cityProjection(boundaries);
    expect(city.width).toBe(400);
    const local = localityProjection(boundaries, first.properties.slug);
    expect(local?.width).toBe(400);
    expect(localityProjection(boundaries, 'nowhere')).toBeUndefined();
    // A point in the first locality fits both frames; one in the farthest locality only the city's.
    expect(boundariesContaining(inFirst, boundaries)).toEqual([first.properties.slug]);
    expect(boundariesContaining(inFarthest, boundaries)).toEqual([farthest.properties.slug]);
    expect(local && pinFits(local, inFirst)).toBe(true);
    expect(local && pinFits(local, inFarthest)).toBe(false);
    expect(pinFits(city, inFarthest)).toBe(true);
  });

  it('draws every boundary once, the highlighted one last, with pins and labels as asked', () => {
    const slug = first.properties.slug;
    const projection = localityProjection(boundaries, slug);
    if (!projection) throw new Error(`no ${slug} boundary`);
    const svg = boundarySvg({
      boundaries,
      projection,
      title: 'Map of "Here" & around',
      highlight: slug,
      pins: [inFirst],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 ')).toBe(true);
    expect(svg).toContain('<title>Map of &quot;Here&quot; &amp; around</title>');
    const areas = [...svg.matchAll(/<path d="[^"]+" data-locality="([^"]+)"( data-highlight="")?/g)];
    expect(areas.map((match) => match[1]).sort()).toEqual([...slugs].sort());
    expect(areas.filter((match) => match[2]).map((match) => match[1])).toEqual([slug]);
    expect(areas.at(-1)?.[1]).toBe(slug);
    expect(svg.match(/<use href="#pin"/g)).toHaveLength(1);
    expect(svg).not.toContain('<text');
    // Colours are attributes: an image cannot see the page's CSS, and the CSP forbids style attributes.
    expect(svg).not.toMatch(/style=|class=/);

    // Pins that would cover one another are drawn once; pins a few pixels apart are all drawn.
    const at = (dLat: number, dLng: number) => ({ lat: inFirst.lat + dLat, lng: inFirst.lng + dLng });
    const crowded = boundarySvg({
      boundaries,
      projection,
      title: 'Crowded',
      highlight: slug,
      pins: [at(0, 0), at(0.00001, -0.00001), at(0, 0), at(0.01, 0)],
    });
    expect(crowded.match(/<use href="#pin"/g)).toHaveLength(2);
    const many = Array.from({ length: 5000 }, (_, index) =>
      at(-0.01 + (index % 100) * 0.0002, -0.01 + Math.floor(index / 100) * 0.0004),
    );
    const drawn = drawnPins(projection, many);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(many.length / 4);
    const cells = drawn.map(([x, y]) => `${String(Math.floor(x / pinSpacing))},${String(Math.floor(y / pinSpacing))}`);
    expect(new Set(cells).size).toBe(drawn.length);

    const city = boundarySvg({ boundaries, projection: cityProjection(boundaries), title: 'City', labels: true });
    expect(city.match(/<text /g)).toHaveLength(slugs.length);
    expect(city).not.toContain('data-highlight');
    expect(city).not.toContain('#pin');
  });

  it('escapes text for XML', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});
