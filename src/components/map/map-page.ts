/**
 * The map page's own script (ServiceMap.astro): small, so that it runs at once.
 * It asks for the points and boundaries straight away (the page preloads both),
 * starts the cluster index's worker on the points (cluster-client.ts), lets the
 * page paint its text first, then loads Leaflet and the map (map-view.ts), and
 * hands all of it to the island through the canvas (map-start.ts). Evaluating Leaflet before the first paint held the page's
 * text back (Lighthouse saw the largest paint come after the map's work).
 */
import { readPointsFile, type PointsFile, type ServicesFile } from '../../lib/map/marker-data.ts';
import { announceMap } from './map-start.ts';
import type { MapViewConfig } from './types.ts';
import { startClusterIndex } from './cluster-client.ts';
import { mapDom, mapSettled } from '../../lib/map/ids.ts';
import type { BoundaryCollection } from '../../lib/geo/geometry.ts';

/** Resolves once the browser has painted a frame: after the next animation frame, in the task that follows it. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function startFromPage(): void {
  const canvas = document.getElementById(mapDom.canvas);
  const settings = canvas?.dataset.config;
  if (!canvas || !settings) return;
  const config = JSON.parse(settings) as MapViewConfig;
  const loading = document.querySelector<HTMLElement>('.service-map__loading');
  if (loading) loading.hidden = false;
  const points = fetch(config.pointsUrl).then(async (response) => {
    if (!response.ok) throw new Error(`${config.pointsUrl}: ${String(response.status)}`);
    return readPointsFile((await response.json()) as PointsFile);
  });
  const boundaries = fetch(config.boundariesUrl)
    .then((response) => (response.ok ? (response.json() as Promise<BoundaryCollection>) : undefined))
    .catch(() => undefined);
  const clusters = startClusterIndex(points);
  const view = afterPaint()
    .then(() => import('./map-view.ts'))
    .then(({ createMapView }) => createMapView(canvas, config, points, boundaries, clusters));
  const done = () => {
    if (loading) loading.hidden = true;
    // The island hydrates now (client:after-map, hydrate-after-map.ts).
    document.documentElement.setAttribute(mapSettled.attribute, '');
    document.dispatchEvent(new Event(mapSettled.event));
  };
  view.then(done, done);
  // The services file is for the lists and popups: asked for once the first render is done, so that on a slow
  // connection it does not share the bandwidth with Leaflet and the points.
  const services = view
    .catch(() => undefined)
    .then(() => fetch(config.servicesUrl))
    .then(async (response) => {
      if (!response.ok) throw new Error(`${config.servicesUrl}: ${String(response.status)}`);
      return (await response.json()) as ServicesFile;
    });
  // The island reports failures; this keeps an unhandled rejection out of the console until it looks.
  for (const promise of [view, points, services]) promise.catch(() => undefined);
  announceMap(canvas, { points, view, services });
}
