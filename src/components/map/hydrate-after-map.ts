/**
 * `client:after-map`: hydrates the map page's island once the map's first render
 * has finished (or failed), then when the browser is idle. With `client:idle`
 * React's modules were evaluated while Leaflet was still on its way, and held
 * the first clustered render back (docs/benchmarks.md). The island is not needed
 * before then: the page has already rendered its lists and links.
 *
 * The map's script (map-page.ts) marks the page (`mapSettled` in ids.ts). If that
 * script never runs, the island hydrates once the page has loaded and a few
 * seconds have passed, so the lists and filters still work.
 */
import type { ClientDirective } from 'astro';
import { mapSettled } from '../../lib/map/ids.ts';

const fallbackMs = 3000;

const hydrateAfterMap: ClientDirective = (load) => {
  let started = false;
  const hydrate = () => {
    if (started) return;
    started = true;
    const run = async () => {
      const hydrateIsland = await load();
      await hydrateIsland();
    };
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => void run(), { timeout: 500 });
    else setTimeout(() => void run(), 0);
  };
  if (document.documentElement.hasAttribute(mapSettled.attribute)) {
    hydrate();
    return;
  }
  document.addEventListener(mapSettled.event, hydrate, { once: true });
  const fallback = () => setTimeout(hydrate, fallbackMs);
  if (document.readyState === 'complete') fallback();
  else window.addEventListener('load', fallback, { once: true });
};

export default hydrateAfterMap;
