/**
 * The Leaflet map of the map page, without React: loaded by the page's own
 * script (map-page.ts) once the page has first painted, so that the first
 * clustered render waits only for Leaflet, the boundaries and the small points
 * file, never for React, the island's hydration or the services file. The island
 * drives it afterwards (filters, "near me", "Show on map") through `MapView`.
 *
 * The cluster index is built in a Web Worker (cluster-client.ts) while Leaflet
 * loads; the map asks it what to draw for each view. The main thread's work is
 * split into tasks with a yield between them (map and tiles, boundaries,
 * markers), so no single task holds it for long.
 */
import * as leafletModule from 'leaflet';
import type * as Leaflet from 'leaflet';
import { filtersFromSearch } from '../../lib/map/filters.ts';
import { clusterOptions, markerPoint, type MapPoints } from '../../lib/map/marker-data.ts';
import type { ClusterQueries } from './types.ts';
import type { DrawnFeature } from '../../lib/map/cluster-index.ts';
import type { MapView, MapViewConfig, ServiceDetails } from './types.ts';
// formatMessage keeps one number format and plural rules per language: a cluster's label makes none of its own.
import { formatMessage, type Vars } from '../../i18n/format.ts';
import type { MapViewText } from '../../i18n/map-text.ts';
import { boundsOf, labelPoint, type BoundaryCollection, type LatLng } from '../../lib/geo/geometry.ts';

/** Leaflet is a CommonJS (UMD) module: bundled, its exports may arrive as the default export. */
const L = ((leafletModule as { default?: typeof Leaflet }).default ?? leafletModule) as typeof Leaflet;

/** Past this zoom places are never clustered. */
const clusterZoomLimit = clusterOptions.maxZoom;

/** How many new markers are made in one task before the map lets the browser paint and handle input. */
const markersPerSlice = 40;

/** Lets the browser paint and handle input before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The map's words in the page's language, and the `lang` of text written in English (undefined on English pages). */
interface Words {
  say: (key: keyof MapViewText, vars?: Vars) => string;
  sourceLang: string | undefined;
}

/** Marks an element holding text written in English (names, summaries) on a translated page. */
function inSource(element: HTMLElement, words: Words): HTMLElement {
  if (words.sourceLang) element.lang = words.sourceLang;
  return element;
}

/** A popup's box: in the page's direction, inside the canvas, which is left to right on every page. */
function popupRoot(): HTMLElement {
  const root = document.createElement('div');
  root.className = 'map-popup';
  root.dir = document.documentElement.dir || 'ltr';
  return root;
}

function popupContent(service: ServiceDetails | undefined, serviceBase: string, words: Words): HTMLElement {
  const root = popupRoot();
  if (!service) {
    root.textContent = words.say('map.popupLoading');
    return root;
  }
  const title = document.createElement('p');
  title.className = 'map-popup__title';
  const link = document.createElement('a');
  link.href = `${serviceBase}${service.id}/`;
  link.textContent = service.name;
  title.append(inSource(link, words));
  const summary = inSource(document.createElement('p'), words);
  summary.textContent = service.summary;
  const cost = document.createElement('p');
  cost.textContent = words.say('map.cost', { label: service.costLabel });
  root.append(title, summary, cost);
  return root;
}

function leavesContent(
  count: number,
  services: ServiceDetails[] | undefined,
  serviceBase: string,
  words: Words,
): HTMLElement {
  const root = popupRoot();
  const title = document.createElement('p');
  title.className = 'map-popup__title';
  title.textContent = words.say('map.placeServices', { count });
  root.append(title);
  if (!services) {
    root.append(words.say('map.placeLoading'));
    return root;
  }
  const list = document.createElement('ul');
  for (const service of services) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${serviceBase}${service.id}/`;
    link.textContent = service.name;
    item.append(inSource(link, words), ` (${service.costLabel})`);
    list.append(item);
  }
  root.append(list);
  return root;
}

/** A single place's marker label, before and after its service's details are known. */
const pinLabel = (service: ServiceDetails | undefined, { say }: Words) => {
  const name = service?.name ?? say('map.aService');
  return { title: name, label: say('map.showDetails', { name }) };
};

/** Draws the map on the page's canvas once the points (and, if they load, the boundaries) are there. */
export async function createMapView(
  canvas: HTMLElement,
  config: MapViewConfig,
  pointsRead: Promise<MapPoints>,
  boundariesRead: Promise<BoundaryCollection | undefined>,
  clusters: ClusterQueries,
): Promise<MapView> {
  const [boundaries, loaded] = await Promise.all([boundariesRead, pointsRead]);
  // A task of its own after this module's evaluation (Leaflet's included): the two together were one long task.
  await nextTask();
  const { serviceBase, tiles, boundaryLabels, lang, text, sourceLang } = config;
  const words: Words = { say: (key, vars) => formatMessage(text[key], lang, vars), sourceLang };
  const m = L.map(canvas, {
    keyboard: true,
    zoomSnap: 0.5,
    zoomDelta: 1,
    maxZoom: 18,
    minZoom: clusterOptions.minZoom,
    zoomControl: false,
  });
  // Leaflet's own zoom buttons, named in the page's language.
  L.control.zoom({ zoomInTitle: words.say('map.zoomIn'), zoomOutTitle: words.say('map.zoomOut') }).addTo(m);
  // On a translated page the credits' names stay as written, marked as English.
  const english = sourceLang ? ` lang="${sourceLang}"` : '';
  m.attributionControl.setPrefix(`<a href="https://leafletjs.com"${english}>Leaflet</a>`);
  const tileLayer = L.tileLayer(tiles.url, { attribution: `<span${english}>${tiles.attribution}</span>`, maxZoom: 19 });
  const tilesNotice = document.querySelector<HTMLElement>('[data-testid="tiles-failed"]');
  tileLayer.on('tileerror', () => {
    if (tilesNotice) tilesNotice.hidden = false;
  });
  m.attributionControl.addAttribution(
    `${words.say('map.boundariesCredit')} <span${english}>OS, ONS and Royal Mail data, OGL v3</span>`,
  );
  const boundaryLayers = new Map<string, Leaflet.Polygon>();
  if (boundaries) {
    const b = boundsOf(boundaries.features.map((feature) => feature.geometry));
    m.fitBounds([
      [b.minLat, b.minLng],
      [b.maxLat, b.maxLng],
    ]);
  } else {
    m.setView([52.48, -1.89], 11);
  }
  tileLayer.addTo(m);
  await nextTask();
  if (boundaries) {
    const labels = L.layerGroup().addTo(m);
    L.geoJSON(boundaries as unknown as GeoJSON.FeatureCollection, {
      interactive: false,
      style: { color: '#7a1f5c', weight: 2, fillColor: '#7a1f5c', fillOpacity: 0.04 },
      onEachFeature: (feature, layer) => {
        const slug = String((feature.properties as { slug?: string } | null)?.slug ?? '');
        boundaryLayers.set(slug, layer as Leaflet.Polygon);
      },
    }).addTo(m);
    for (const [slug, layer] of boundaryLayers) {
      const element = layer.getElement();
      element?.setAttribute('data-locality', slug);
      element?.setAttribute('aria-hidden', 'true');
    }
    for (const feature of boundaries.features) {
      const [lat, lng] = boundaryLabels[feature.properties.slug] ?? [NaN, NaN];
      const at = Number.isNaN(lat) ? labelPoint(feature.geometry) : { lat, lng };
      L.marker([at.lat, at.lng], {
        icon: L.divIcon({
          className: 'map-locality-label',
          html: `<span${english}>${feature.properties.name.replace(/[<>&]/g, '')}</span>`,
          iconSize: [110, 20],
        }),
        interactive: false,
        keyboard: false,
      }).addTo(labels);
    }
    await nextTask();
  }
  performance.mark('map:data-ready');

  const clusterLayer = L.layerGroup().addTo(m);
  const originLayer = L.layerGroup().addTo(m);
  const pinIcon = L.divIcon({ className: 'map-pin', html: '<span aria-hidden="true"></span>', iconSize: [26, 26] });
  let indexedKey: string | undefined;
  let details: ((service: number) => ServiceDetails) | undefined;
  let drawnOnce = false;
  /** Bumped by each change of filters: cluster ids belong to one index. */
  let generation = 0;
  /** The index the drawn markers came from. */
  let drawnGeneration = 0;
  /** Bumped by each redraw asked for: an answer for an older view is dropped. */
  let latestDraw = 0;
  /** The redraw asked for last, settled once its markers are on the map. */
  let drawing: Promise<void> = Promise.resolve();
  /** The markers drawn now, by cluster or point, so that a pan only adds and removes what changed. */
  let drawn = new Map<string, Leaflet.Marker>();
  /** The single markers drawn now, by service index, for "Show on map" in the list. */
  const pinsByService = new Map<number, Leaflet.Marker>();
  /** The service of each single marker made. */
  const pinService = new WeakMap<Leaflet.Marker, number>();

  const labelPin = (marker: Leaflet.Marker, service: number) => {
    const known = details?.(service);
    const { title, label } = pinLabel(known, words);
    const element = marker.getElement();
    element?.setAttribute('title', title);
    element?.setAttribute('aria-label', label);
    if (known) element?.setAttribute('data-service', known.id);
  };

  /** Opens a cluster: zooms to where it splits, or lists its services when they share one place. */
  const openCluster = async (feature: Extract<DrawnFeature, { kind: 'cluster' }>) => {
    const expansion = await clusters.expansionZoom(feature.id);
    if (expansion > clusterZoomLimit) {
      const leaves = await clusters.services(feature.id, 50);
      const describe = details;
      L.popup()
        .setLatLng([feature.lat, feature.lng])
        .setContent(
          leavesContent(feature.count, describe && leaves.map((service) => describe(service)), serviceBase, words),
        )
        .openOn(m);
    } else {
      m.setView([feature.lat, feature.lng], expansion);
      m.getContainer().focus({ preventScroll: true });
    }
  };

  /** A new Leaflet marker for a cluster or a single place. */
  const createMarker = (feature: DrawnFeature): Leaflet.Marker => {
    if (feature.kind === 'cluster') {
      const { count } = feature;
      const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
      const label = words.say('map.cluster', { count });
      const marker = L.marker([feature.lat, feature.lng], {
        icon: L.divIcon({
          className: `map-cluster map-cluster--${size}`,
          html: `<span aria-hidden="true">${feature.label}</span>`,
          iconSize: size === 'small' ? [34, 34] : size === 'medium' ? [42, 42] : [50, 50],
        }),
        title: label,
        keyboard: true,
      });
      // A cluster of an index replaced since (the filters changed) has no answer: its marker is about to go.
      marker.on('click', () => void openCluster(feature).catch(() => undefined));
      marker.addTo(clusterLayer);
      const element = marker.getElement();
      element?.setAttribute('aria-label', label);
      element?.setAttribute('data-count', String(count));
      return marker;
    }
    const { service } = feature;
    const marker = L.marker([feature.lat, feature.lng], { icon: pinIcon, keyboard: true, riseOnHover: true });
    marker.bindPopup(() => popupContent(details?.(service), serviceBase, words), { maxWidth: 280 });
    pinService.set(marker, service);
    marker.addTo(clusterLayer);
    marker.getElement()?.setAttribute('data-count', '1');
    labelPin(marker, service);
    return marker;
  };

  /**
   * Puts the clusters and places in view on the map, keeping the markers already
   * there, and takes away the rest. New markers are made a slice at a time, so
   * a first view of many clusters does not hold the main thread in one long task.
   * Returns false when a newer view was asked for meanwhile: that one finishes the job.
   */
  const draw = async (found: DrawnFeature[], from: number, asked: number): Promise<boolean> => {
    if (from !== drawnGeneration) {
      clusterLayer.clearLayers();
      drawn = new Map();
      drawnGeneration = from;
    }
    const wanted = new Set<string>();
    pinsByService.clear();
    let made = 0;
    for (const feature of found) {
      // Cluster ids are stable for one index and zoom; a new index (filters changed) starts from an empty map above.
      const key = feature.kind === 'cluster' ? `c${String(feature.id)}` : `p${String(feature.marker)}`;
      wanted.add(key);
      let marker = drawn.get(key);
      if (!marker) {
        if (made > 0 && made % markersPerSlice === 0) {
          await nextTask();
          if (asked !== latestDraw) return false;
        }
        marker = createMarker(feature);
        // Kept track of at once: a redraw that takes over from this one reuses or removes it.
        drawn.set(key, marker);
        made++;
      }
      if (feature.kind === 'place' && !pinsByService.has(feature.service)) pinsByService.set(feature.service, marker);
    }
    for (const [key, marker] of drawn) {
      if (wanted.has(key)) continue;
      clusterLayer.removeLayer(marker);
      drawn.delete(key);
    }
    return true;
  };

  /**
   * Asks the index for what is in view and draws it. Leaflet layers exist only
   * for what is in view. The canvas says `data-markers="drawing"` until the
   * answer for the latest view is drawn.
   */
  const redraw = (): Promise<void> => {
    const asked = ++latestDraw;
    const from = generation;
    const bounds = m.getBounds();
    canvas.dataset.zoom = String(m.getZoom());
    canvas.dataset.markers = 'drawing';
    drawing = clusters
      .inView([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], Math.floor(m.getZoom()))
      .then(async (found) => {
        if (asked !== latestDraw || !(await draw(found, from, asked))) return;
        canvas.dataset.markers = 'drawn';
        if (!drawnOnce) {
          drawnOnce = true;
          performance.mark('map:clusters-ready');
        }
      })
      .catch(() => {
        if (asked === latestDraw) canvas.dataset.markers = 'failed';
      });
    return drawing;
  };
  m.on('moveend', () => void redraw());

  const showMatches: MapView['showMatches'] = (key, matches, locality) => {
    for (const [slug, layer] of boundaryLayers) {
      layer.setStyle(
        locality === slug
          ? { weight: 4, fillOpacity: 0.18, color: '#5a1543' }
          : { weight: 2, fillOpacity: 0.04, color: '#7a1f5c' },
      );
    }
    if (indexedKey === key) return drawing;
    indexedKey = key;
    generation++;
    // Asked before the view's question, so the worker answers that from the new index; a failure shows there too.
    clusters.select(matches).catch(() => undefined);
    return redraw();
  };

  // Filters in the URL need the services file: the island draws the markers once it has them.
  if (Object.keys(filtersFromSearch(window.location.search)).length === 0) {
    await showMatches('', undefined, undefined);
  }

  return {
    showMatches,
    setDetails: (next) => {
      details = next;
      for (const marker of drawn.values()) {
        const service = pinService.get(marker);
        if (service !== undefined) labelPin(marker, service);
      }
    },
    showService: (service) => {
      const first = loaded.firstMarkers[service] ?? 0;
      if ((loaded.pointCounts[service] ?? 0) === 0) return;
      const { lat, lng } = markerPoint(loaded, first);
      // The redraw for the new view is asked for on the same event, just before this.
      m.once('moveend', () => {
        void drawing.then(() => {
          const pin = pinsByService.get(service);
          pin?.openPopup();
          pin?.getElement()?.focus({ preventScroll: true });
        });
      });
      canvas.scrollIntoView({ block: 'center' });
      m.setView([lat, lng], clusterZoomLimit + 1, { animate: false });
    },
    setOrigin: (origin: LatLng | undefined) => {
      originLayer.clearLayers();
      if (!origin) return;
      L.circleMarker([origin.lat, origin.lng], {
        radius: 9,
        color: '#0b0c0c',
        weight: 3,
        fillColor: '#ffbf47',
        fillOpacity: 1,
        interactive: false,
      }).addTo(originLayer);
      m.setView([origin.lat, origin.lng], 13);
    },
    fitLocality: (slug) => {
      const layer = boundaryLayers.get(slug);
      if (layer) m.fitBounds(layer.getBounds());
    },
  };
}
