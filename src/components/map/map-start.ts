/**
 * How the map page's script hands the map to the island. The script starts the
 * map as soon as the page has loaded (src/components/map/map-view.ts), without
 * waiting for React; the island, whenever it hydrates, picks it up from the
 * canvas element, so the two meet through the page rather than a shared module.
 */
import type { MapStart } from './types.ts';

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
