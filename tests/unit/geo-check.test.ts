import { describe, expect, it } from 'vitest';
import { checkLocationsInLocalities } from '../../src/lib/geo/check.ts';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import type { ContentFile } from '../../src/lib/content/types.ts';

const boundaries = loadBoundaries();
const service = (localities: string[], locations: Record<string, unknown>[]) => ({
  collection: 'services' as const,
  path: 'content/services/example.md',
  data: { localities, locations },
});

describe('coordinates outside the stated locality', () => {
  it('passes a point inside a stated locality', () => {
    expect(
      checkLocationsInLocalities([service(['ladywood'], [{ latitude: 52.4797, longitude: -1.9027 }])], boundaries),
    ).toEqual([]);
    expect(
      checkLocationsInLocalities(
        [service(['erdington', 'ladywood'], [{ latitude: 52.4797, longitude: -1.9027 }])],
        boundaries,
      ),
    ).toEqual([]);
  });

  it('reports a point in another locality, naming the file, the field and where it is', () => {
    const problems = checkLocationsInLocalities(
      [
        service(
          ['erdington'],
          [
            { latitude: 52.5235, longitude: -1.8395 },
            { latitude: 52.4797, longitude: -1.9027 },
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
          '52.4797, -1.9027 is in Ladywood, not in the stated localities (erdington)',
        ) as string,
      },
    ]);
  });

  it('reports a point outside every locality', () => {
    const [problem] = checkLocationsInLocalities(
      [service(['yardley'], [{ latitude: 52.4118, longitude: -1.7776 }])],
      boundaries,
    );
    expect(problem?.message).toContain('outside every locality boundary');
  });

  it('never prints the coordinates of a confidential location', () => {
    const [problem] = checkLocationsInLocalities(
      [service(['erdington'], [{ latitude: 52.4797, longitude: -1.9027, confidential: true }])],
      boundaries,
    );
    expect(problem?.message).toContain('this confidential location is in Ladywood');
    expect(problem?.message).not.toContain('52.4797');
  });

  it('exempts city-wide and online services, and locations without coordinates', () => {
    expect(
      checkLocationsInLocalities([service(['citywide'], [{ latitude: 52.4797, longitude: -1.9027 }])], boundaries),
    ).toEqual([]);
    expect(
      checkLocationsInLocalities(
        [service(['erdington', 'online'], [{ latitude: 52.4797, longitude: -1.9027 }])],
        boundaries,
      ),
    ).toEqual([]);
    expect(checkLocationsInLocalities([service(['erdington'], [{ address: '1 Example Street' }])], boundaries)).toEqual(
      [],
    );
  });

  it('allows points a few metres outside a stated boundary (the boundaries are generalised)', () => {
    // B16 8UU lies 0.4 m from the polygon of its ward's locality (shared/data/README.md); here, a point just
    // outside Ladywood's edge near Erdington's: take a Ladywood vertex and nudge it about 10 m.
    const ladywood = boundaries.features.find((feature) => feature.properties.slug === 'ladywood');
    const ring = ladywood?.geometry.type === 'Polygon' ? ladywood.geometry.coordinates[0] : undefined;
    const [lng, lat] = ring?.[0] ?? [0, 0];
    const nudged = [
      { latitude: lat + 0.00009, longitude: lng },
      { latitude: lat - 0.00009, longitude: lng },
      { latitude: lat, longitude: lng + 0.00014 },
      { latitude: lat, longitude: lng - 0.00014 },
    ];
    for (const location of nudged) {
      expect(checkLocationsInLocalities([service(['ladywood'], [location])], boundaries)).toEqual([]);
    }
  });

  it('runs as part of the whole content check when boundaries are given', () => {
    const file: ContentFile = {
      collection: 'services',
      path: 'content/services/misplaced.md',
      body: 'About it.',
      data: { localities: ['erdington'], locations: [{ latitude: 52.4797, longitude: -1.9027 }] },
    };
    const withBoundaries = validateContent([file], { boundaries }).problems.filter((p) => p.field === 'locations.0');
    expect(withBoundaries).toHaveLength(1);
    expect(validateContent([file]).problems.filter((p) => p.field === 'locations.0')).toEqual([]);
  });
});
