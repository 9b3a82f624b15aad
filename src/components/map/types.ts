/**
 * The types the map page's script (map-page.ts), the Leaflet map (map-view.ts), the
 * island (ServiceMap.tsx) and the cluster index's worker and its client share, in their own file so that none of those
 * modules imports another for a type.
 */
import type { MapPoints, ServicesFile } from '../../lib/map/marker-data.ts';
import type { LatLng } from '../../lib/geo/geometry.ts';
import type { ClusterIndex } from '../../lib/map/cluster-index.ts';
import type { MapViewText } from '../../i18n/map-text.ts';

export interface MapViewConfig {
  pointsUrl: string;
  servicesUrl: string;
  boundariesUrl: string;
  /** Path prefix of service pages, e.g. "/services/". */
  serviceBase: string;
  tiles: { url: string; attribution: string };
  /** Where each locality's name goes on the map ([lat, lng] by slug), worked out at build time. */
  boundaryLabels: Record<string, [number, number]>;
  /** The page's language tag, and the map's words (popups, marker labels, zoom buttons) in it. */
  lang: string;
  text: MapViewText;
  /** The `lang` of names and summaries written in English, on a translated page. */
  sourceLang?: string | undefined;
}

/** What a marker's popup and label need of its service: from the services file, once it has loaded. */
export interface ServiceDetails {
  id: string;
  name: string;
  summary: string;
  costLabel: string;
}

export interface MapView {
  /**
   * Clusters and draws the places of the services that match (every place when
   * `matches` is undefined), and highlights the chosen locality's boundary.
   * Settles once the markers are drawn.
   */
  showMatches: (key: string, matches: Uint8Array | undefined, locality: string | undefined) => Promise<void>;
  /** Gives markers their services' names (labels, popups); until then they say the details are loading. */
  setDetails: (details: (service: number) => ServiceDetails) => void;
  /** Zooms past clustering to a service's first place, opens its popup and focuses its marker. */
  showService: (service: number) => void;
  /** Marks where the list is sorted from (or clears it), and centres the map there. */
  setOrigin: (origin: LatLng | undefined) => void;
  fitLocality: (slug: string) => void;
}

export interface MapStart {
  /** The places, read from the points file: the lists need them too. */
  points: Promise<MapPoints>;
  /** The map, once it is drawn (and its markers, unless filters in the URL wait for the island). */
  view: Promise<MapView>;
  /** The services file, asked for once the map is drawn (or has failed). */
  services: Promise<ServicesFile>;
}

/** Each call of `ClusterIndex`, answered with a promise. */
export type ClusterQueries = {
  [Method in keyof ClusterIndex]: (
    ...args: Parameters<ClusterIndex[Method]>
  ) => Promise<ReturnType<ClusterIndex[Method]>>;
};

/** The worker's first message: the places to index. */
export interface ClusterStart {
  points: Float64Array;
  markerCount: number;
}

export interface ClusterCall {
  id: number;
  method: keyof ClusterIndex;
  args: unknown[];
}

export type ClusterReply = { id: number; result: unknown } | { id: number; error: string };
