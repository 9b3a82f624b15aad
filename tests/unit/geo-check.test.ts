import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLocationsInLocalities } from '../../src/lib/geo/check.ts';
import type { BoundaryCollection } from '../../src/lib/geo/geometry.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import type { ContentFile } from '../../src/lib/content/types.ts';

// The Fixton test area's three rectangles (north, centre, south), whatever area this copy serves.
const boundaries = JSON.parse(
  readFileSync('tests/fixtures/area/area/fixton-localities.geojson', 'utf8'),
) as BoundaryCollection;
const service = (localities: string[], locations: Record<string, unknown>[]) => ({
  collection: 'services' as const,
  path: 'content/services/example.md',
  data: { localities, locations },
});

describe('coordinates outside the stated locality', () => {
  it('passes a point inside a stated locality', () => {
    expect(
      checkLocationsInLocalities([service(['fixton-centre'], [{ latitude: 54.045, longitude: -2.1 }])], boundaries),
    ).toEqual([]);
    expect(
      checkLocationsInLocalities(
        [service(['north-fixton', 'fixton-centre'], [{ latitude: 54.045, longitude: -2.1 }])],
        boundaries,
      ),
    ).toEqual([]);
  });

  it('reports a point in another locality, naming the file, the field and where it is', () => {
    const problems = checkLocationsInLocalities(
      [
        service(
          ['north-fixton'],
          [
            { latitude: 54.075, longitude: -2.1 },
            { latitude: 54.045, longitude: -2.1 },
          ],
        ),
      ],
      boundaries,
    );
    expect(problems).toEqual([
      {
        path: 'content/services/example.md',
        field: 'locations.1',
        message: expect.stringContaining(
          '54.045, -2.1 is in Fixton Centre, not in the stated localities (north-fixton)',
        ) as string,
      },
    ]);
  });

  it('reports a point outside every locality', () => {
    const [problem] = checkLocationsInLocalities(
      [service(['south-fixton'], [{ latitude: 54.15, longitude: -2.1 }])],
      boundaries,
    );
    expect(problem?.message).toContain('outside every locality boundary');
  });

  it('never prints the coordinates of a confidential location', () => {
    const [problem] = checkLocationsInLocalities(
      [service(['north-fixton'], [{ latitude: 54.045, longitude: -2.1, confidential: true }])],
      boundaries,
    );
    expect(problem?.message).toContain('this confidential location is in Fixton Centre');
    expect(problem?.message).not.toContain('54.045');
  });

  it('exempts city-wide and online services, and locations without coordinates', () => {
    expect(
      checkLocationsInLocalities([service(['citywide'], [{ latitude: 54.045, longitude: -2.1 }])], boundaries),
    ).toEqual([]);
    expect(
      checkLocationsInLocalities(
        [service(['north-fixton', 'online'], [{ latitude: 54.045, longitude: -2.1 }])],
        boundaries,
      ),
    ).toEqual([]);
    expect(
      checkLocationsInLocalities([service(['north-fixton'], [{ address: '1 Example Street' }])], boundaries),
    ).toEqual([]);
  });

  it('allows points a few metres outside a stated boundary (the boundaries are generalised)', () => {
    // In Birmingham, B16 8UU lies 0.4 m from the polygon of its ward's locality (shared/data/README.md); here, a
    // point just outside a locality's edge: take a vertex of Fixton Centre and nudge it about 10 m.
    const centre = boundaries.features.find((feature) => feature.properties.slug === 'fixton-centre');
    const ring = centre?.geometry.type === 'Polygon' ? centre.geometry.coordinates[0] : undefined;
    const [lng, lat] = ring?.[0] ?? [0, 0];
    const nudged = [
      { latitude: lat + 0.00009, longitude: lng },
      { latitude: lat - 0.00009, longitude: lng },
      { latitude: lat, longitude: lng + 0.00014 },
      { latitude: lat, longitude: lng - 0.00014 },
    ];
    for (const location of nudged) {
      expect(checkLocationsInLocalities([service(['fixton-centre'], [location])], boundaries)).toEqual([]);
    }
  });

  it('runs as part of the whole content check when boundaries are given', () => {
    const file: ContentFile = {
      collection: 'services',
      path: 'content/services/misplaced.md',
      body: 'About it.',
      data: { localities: ['north-fixton'], locations: [{ latitude: 54.045, longitude: -2.1 }] },
    };
    const withBoundaries = validateContent([file], { boundaries }).problems.filter((p) => p.field === 'locations.0');
    expect(withBoundaries).toHaveLength(1);
    expect(validateContent([file]).problems.filter((p) => p.field === 'locations.0')).toEqual([]);
  });
});
