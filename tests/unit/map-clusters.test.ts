import { describe, expect, it } from 'vitest';
import { createClusterIndex, type DrawnFeature, type ViewBox } from '../../src/lib/map/cluster-index.ts';
import { startClusterIndex } from '../../src/components/map/cluster-client.ts';
import { clusterOptions, type MapPoints } from '../../src/lib/map/marker-data.ts';

/** 40 places: services 0-9 each have four, in a tight group around one of ten spots across the city. */
function groupedPoints(): MapPoints {
  const serviceCount = 10;
  const markerCount = 40;
  const points = new Float64Array(markerCount * 3);
  const pointCounts = new Int32Array(serviceCount).fill(4);
  const firstMarkers = new Int32Array(serviceCount);
  for (let service = 0; service < serviceCount; service++) {
    firstMarkers[service] = service * 4;
    for (let k = 0; k < 4; k++) {
      const at = (service * 4 + k) * 3;
      points[at] = 52.4 + service * 0.02 + k * 0.0005;
      points[at + 1] = -1.95 + service * 0.02 + k * 0.0005;
      points[at + 2] = service;
    }
  }
  return { serviceCount, markerCount, points, pointCounts, firstMarkers };
}

const city: ViewBox = [-2.2, 52.3, -1.6, 52.7];
const placesIn = (found: DrawnFeature[]) =>
  found.reduce((sum, feature) => sum + (feature.kind === 'cluster' ? feature.count : 1), 0);

describe('map cluster index', () => {
  it('draws every place, as clusters at city zoom and single places past the clustering limit', () => {
    const index = createClusterIndex(groupedPoints());
    const zoomedOut = index.inView(city, clusterOptions.minZoom);
    expect(placesIn(zoomedOut)).toBe(40);
    expect(zoomedOut.some((feature) => feature.kind === 'cluster')).toBe(true);
    const close = index.inView(city, clusterOptions.maxZoom + 1);
    expect(close).toHaveLength(40);
    expect(close.every((feature) => feature.kind === 'place')).toBe(true);
    expect(new Set(close.map((feature) => (feature.kind === 'place' ? feature.marker : -1))).size).toBe(40);
  });

  it('indexes only the places of matching services, and every place again when the filters are cleared', () => {
    const index = createClusterIndex(groupedPoints());
    const matches = new Uint8Array(10);
    matches[2] = 1;
    matches[7] = 1;
    expect(index.select(matches)).toBe(8);
    const found = index.inView(city, clusterOptions.maxZoom + 1);
    expect(new Set(found.map((feature) => (feature.kind === 'place' ? feature.service : -1)))).toEqual(new Set([2, 7]));
    expect(index.select(undefined)).toBe(40);
    expect(placesIn(index.inView(city, clusterOptions.minZoom))).toBe(40);
  });

  it("opens a cluster: the zoom where it splits, and its places' services", () => {
    const index = createClusterIndex(groupedPoints());
    const cluster = index.inView(city, 12).find((feature) => feature.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster at zoom 12');
    expect(index.expansionZoom(cluster.id)).toBeGreaterThan(12);
    const services = index.services(cluster.id, 50);
    expect(services).toHaveLength(cluster.count);
    expect(services.every((service) => service >= 0 && service < 10)).toBe(true);
  });

  it('answers on the main thread, in the order asked, where no worker can start', async () => {
    // Node has no Worker: this is the fallback a browser without workers (or with the worker's script blocked) gets.
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const clusters = startClusterIndex(Promise.resolve(groupedPoints()));
    const matches = new Uint8Array(10);
    matches[5] = 1;
    const selected = clusters.select(matches);
    const inView = clusters.inView(city, clusterOptions.maxZoom + 1);
    expect(await selected).toBe(4);
    const found = await inView;
    expect(found.map((feature) => (feature.kind === 'place' ? feature.service : -1))).toEqual([5, 5, 5, 5]);
    // A cluster id from an index since replaced has no answer: the promise rejects, nothing throws out of the map.
    await expect(clusters.services(123456, 10)).rejects.toThrow(/cluster/);
  });
});
