/**
 * How the map page's script hands the map to the island. The script starts the
 * map as soon as the page has loaded (src/components/map/map-view.ts), without
 * waiting for React; the island, whenever it hydrates, picks it up from the
 * canvas element, so the two meet through the page rather than a shared module.
 */
import type { MapPoints, ServicesFile } from './marker-data.ts';
import type { LatLng } from '../../lib/geo/geometry.ts';

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

export const mapStartEvent = 'service-map-start';

type CanvasWithMap = HTMLElement & { serviceMap?: MapStart };

/** Called by the page's script: puts the map where the island will look for it. */
export function announceMap(canvas: HTMLElement, start: MapStart): void {
  (canvas as CanvasWithMap).serviceMap = start;
  canvas.dispatchEvent(new Event(mapStartEvent));
}

/** Called by the island: the map the script started, now or when it starts. */
export function awaitMap(canvas: HTMLElement): Promise<MapStart> {
  const started = (canvas as CanvasWithMap).serviceMap;
  if (started) return Promise.resolve(started);
  return new Promise((resolve) => {
    canvas.addEventListener(
      mapStartEvent,
      () => {
        const start = (canvas as CanvasWithMap).serviceMap;
        if (start) resolve(start);
      },
      { once: true },
    );
  });
}
