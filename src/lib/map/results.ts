/**
 * What the map page lists for a choice of filters (and, for "near me", a place to
 * sort from): the services with a place on the map and those with none, in the
 * order shown. Pure: the island uses it for the lists and the markers alike, so
 * map and list always say the same.
 */
import { distanceMiles, type LatLng } from '../geo/geometry.ts';
import type { Filters } from './filters.ts';
import { markerMatcher, markerPoint, type ReadMarkers } from './marker-data.ts';

/**
 * How many services each list shows at first, and how many more each "Show more"
 * adds. The server renders this many too, so the page's HTML stays within its
 * budget however many services there are; the rest are one click (or, without
 * JavaScript, the paged directory) away.
 */
export const listStep = 50;

export interface MapResults {
  /** Services (by index) with a place on the map that match, nearest first when sorting by distance. */
  located: number[];
  /** Services (by index) with no fixed place that match, in the usual order. */
  unlocated: number[];
  /** Whether each service (by index) matches: the markers to cluster. */
  matches: Uint8Array;
  /** Miles from the origin to each located service's nearest place, by service index, when sorting by distance. */
  miles: Map<number, number> | undefined;
}

export function mapResults(data: ReadMarkers, filters: Filters, origin?: LatLng): MapResults {
  const matcher = markerMatcher(data, filters);
  const matches = new Uint8Array(data.serviceCount);
  const located: number[] = [];
  const unlocated: number[] = [];
  for (let i = 0; i < data.serviceCount; i++) {
    if (!matcher(i)) continue;
    matches[i] = 1;
    ((data.pointCounts[i] ?? 0) > 0 ? located : unlocated).push(i);
  }
  if (!origin) return { located, unlocated, matches, miles: undefined };
  const miles = new Map<number, number>();
  for (const i of located) {
    const first = data.service(i).firstMarker;
    let nearest = Infinity;
    for (let marker = first; marker < first + (data.pointCounts[i] ?? 0); marker++) {
      nearest = Math.min(nearest, distanceMiles(origin, markerPoint(data, marker)));
    }
    miles.set(i, nearest);
  }
  // Array.prototype.sort is stable: services the same distance away keep their usual order.
  located.sort((a, b) => (miles.get(a) ?? Infinity) - (miles.get(b) ?? Infinity));
  return { located, unlocated, matches, miles };
}

/** "Showing 50 of 1,234", or "Showing all 12" once the list is complete. */
export function shownText(shown: number, total: number): string {
  const number = (n: number) => n.toLocaleString('en-GB');
  return shown >= total ? `Showing all ${number(total)}` : `Showing ${number(shown)} of ${number(total)}`;
}
