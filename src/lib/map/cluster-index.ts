/**
 * The map's cluster index (supercluster) and the questions the map asks it:
 * which clusters and places are in view, how far to zoom to open a cluster, and
 * which services are in one. It runs in a Web Worker (cluster-worker.ts), so that
 * building the index for 10,000 places happens while the main thread loads and
 * starts Leaflet; where a worker cannot start, the map runs it on the main thread
 * (cluster-client.ts). Either way the answers are plain data that can be posted.
 */
import Supercluster, { type PointFeature } from 'supercluster';
import { clusterOptions, markerFeatures, type MapPoints, type MarkerProps } from './marker-data.ts';

/** A cluster or a single place in view, as the map draws it. */
export type DrawnFeature =
  | { kind: 'cluster'; id: number; count: number; label: string; lat: number; lng: number }
  | { kind: 'place'; marker: number; service: number; lat: number; lng: number };

/** [west, south, east, north] in degrees. */
export type ViewBox = [number, number, number, number];

export interface ClusterIndex {
  /** Indexes the places of the services that match (every place when `matches` is undefined). Returns how many. */
  select: (matches: Uint8Array | undefined) => number;
  inView: (box: ViewBox, zoom: number) => DrawnFeature[];
  /** The zoom at which a cluster splits. */
  expansionZoom: (clusterId: number) => number;
  /** The services of up to `limit` places in a cluster. */
  services: (clusterId: number, limit: number) => number[];
}

export function createClusterIndex(points: Pick<MapPoints, 'points' | 'markerCount'>): ClusterIndex {
  const features: PointFeature<MarkerProps>[] = markerFeatures(points);
  const load = (chosen: PointFeature<MarkerProps>[]) =>
    new Supercluster<MarkerProps>({ ...clusterOptions }).load(chosen);
  // Every place, indexed at once (the map shows them all first) and kept for when the filters are cleared.
  const everything = load(features);
  let index = everything;
  return {
    select: (matches) => {
      const chosen = matches ? features.filter((feature) => matches[feature.properties.service]) : features;
      index = matches ? load(chosen) : everything;
      return chosen.length;
    },
    inView: (box, zoom) =>
      index.getClusters(box, zoom).map((feature): DrawnFeature => {
        const [lng, lat] = feature.geometry.coordinates as [number, number];
        const properties = feature.properties;
        if ('cluster' in properties && properties.cluster) {
          return {
            kind: 'cluster',
            id: properties.cluster_id,
            count: properties.point_count,
            label: String(properties.point_count_abbreviated),
            lat,
            lng,
          };
        }
        const { marker, service } = properties as MarkerProps;
        return { kind: 'place', marker, service, lat, lng };
      }),
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
    services: (clusterId, limit) => index.getLeaves(clusterId, limit).map((leaf) => leaf.properties.service),
  };
}

/** Answers one call of the index by name: the worker's messages and the main thread's fallback both come as these. */
export function answerCall(index: ClusterIndex, method: keyof ClusterIndex, args: readonly unknown[]): unknown {
  return (index[method] as (...values: readonly unknown[]) => unknown)(...args);
}
