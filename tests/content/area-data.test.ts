/**
 * Birmingham's own area data (area/): its ten locality boundaries hold known places where
 * they should be. The code's geometry is tested on any area's boundaries in tests/unit/geo.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { boundariesContaining, labelPoint, pointInGeometry } from '../../src/lib/geo/geometry.ts';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import { readFileSync } from 'node:fs';
import { parseDistrictCsv } from '../../src/lib/geo/postcode.ts';

describe('Birmingham locality boundaries', () => {
  it('places known Birmingham points in the right locality (shared/data/README.md)', () => {
    const boundaries = loadBoundaries();
    expect(boundaries.features).toHaveLength(10);
    expect(boundariesContaining({ lat: 52.4797, lng: -1.9027 }, boundaries)).toEqual(['ladywood']);
    expect(boundariesContaining({ lat: 52.5631, lng: -1.8228 }, boundaries)).toEqual(['sutton-coldfield']);
    expect(boundariesContaining({ lat: 52.417, lng: -1.968 }, boundaries)).toEqual(['northfield']);
    expect(boundariesContaining({ lat: 52.5235, lng: -1.8395 }, boundaries)).toEqual(['erdington']);
    expect(boundariesContaining({ lat: 52.441, lng: -1.936 }, boundaries)).toEqual(['selly-oak']);
    expect(boundariesContaining({ lat: 52.4867, lng: -1.8412 }, boundaries)).toEqual(['hodge-hill']);
    // Hodge Hill's centroid falls outside the crescent-shaped polygon.
    expect(boundariesContaining({ lat: 52.4892, lng: -1.8135 }, boundaries)).not.toContain('hodge-hill');
    // Solihull is outside every locality.
    expect(boundariesContaining({ lat: 52.4118, lng: -1.7776 }, boundaries)).toEqual([]);
  });

  it('finds a label point inside even a crescent-shaped locality', () => {
    const hodgeHill = loadBoundaries().features.find((feature) => feature.properties.slug === 'hodge-hill');
    expect(hodgeHill).toBeDefined();
    if (!hodgeHill) return;
    expect(pointInGeometry(labelPoint(hodgeHill.geometry), hodgeHill.geometry)).toBe(true);
  });
});

describe('Birmingham postcode districts', () => {
  it('has the 78 districts, each with its locality or none (B90 is Solihull)', () => {
    const districts = parseDistrictCsv(readFileSync('area/birmingham-postcode-districts.csv', 'utf8'));
    expect(districts).toHaveLength(78);
    expect(districts[0]).toEqual({ outcode: 'B1', lat: 52.48028, lng: -1.90848, locality: 'Ladywood' });
    expect(districts.find((district) => district.outcode === 'B90')?.locality).toBe('');
  });
});
