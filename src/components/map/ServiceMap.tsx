/**
 * The map page's island: filters, "near me", a Leaflet map with clustered
 * markers and the locality boundaries, and the two lists beside it.
 *
 * The page renders the first items of each list on the server (see
 * src/pages/map/index.astro). Once the marker file has loaded, this island renders
 * the lists from it instead (into the same elements, through portals), filtered
 * and sorted as the markers are, so that map and list always say the same thing,
 * and a page at a time ("Show more"), so that 10,000 services never become
 * 10,000 list items at once.
 *
 * Leaflet touches `window` when imported, so it is imported inside an effect:
 * the server renders the text alternative and the controls (hidden until the
 * script runs), never Leaflet.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import Supercluster, { type PointFeature } from 'supercluster';
import type * as Leaflet from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { filterKeys, filtersFromSearch, searchWithFilters, type FilterKey, type Filters } from './filters.ts';
import {
  clusterOptions,
  markerFeatures,
  markerPoint,
  readMarkerFile,
  type MapService,
  type MarkerFile,
  type MarkerProps,
  type ReadMarkers,
} from './marker-data.ts';
import { listStep, mapResults, shownText, type MapResults } from './results.ts';
import { LocatedItems, UnlocatedItems } from './ResultItems.tsx';
import { ShowMore } from './ShowMore.tsx';
import { boundsOf, formatMiles, labelPoint, type BoundaryCollection, type LatLng } from '../../lib/geo.ts';
import { lookupPostcode, parseDistrictCsv, type PostcodeDistrict } from '../../lib/geo-postcode.ts';
import { mapDom } from './ids.ts';

export interface FilterOption {
  key: FilterKey;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
}

export interface ServiceMapProps {
  markersUrl: string;
  boundariesUrl: string;
  postcodesUrl: string;
  /** Path prefix of service pages, e.g. "/services/". */
  serviceBase: string;
  tiles: { url: string; attribution: string };
  boundaryAttribution: string;
  /** Where each locality's name goes on the map ([lat, lng] by slug), worked out at build time. */
  boundaryLabels: Record<string, [number, number]>;
  filterOptions: FilterOption[];
}

interface Origin extends LatLng {
  label: string;
}

type ListKey = 'located' | 'unlocated';
const listKeys: readonly ListKey[] = ['located', 'unlocated'];
const listIds: Record<ListKey, string> = { located: mapDom.locatedList, unlocated: mapDom.unlocatedList };
const listWhat: Record<ListKey, string> = {
  located: 'services on the map',
  unlocated: 'services with no fixed place',
};

/** The page's list elements and the ones under them (for "Show more"), which the island renders into. */
type ListTargets = Record<ListKey | `${ListKey}More`, HTMLElement>;

function findListTargets(): ListTargets | undefined {
  const byId = (id: string) => document.getElementById(id) ?? undefined;
  const located = byId(mapDom.locatedList);
  const unlocated = byId(mapDom.unlocatedList);
  const locatedMore = byId(`${mapDom.locatedList}-more`);
  const unlocatedMore = byId(`${mapDom.unlocatedList}-more`);
  return located && unlocated && locatedMore && unlocatedMore
    ? { located, unlocated, locatedMore, unlocatedMore }
    : undefined;
}

/** Past this zoom places are never clustered. */
const initialZoomLimit = clusterOptions.maxZoom;

/**
 * Leaflet starts loading as soon as this module runs in the browser, while React
 * hydrates; on the server (where Leaflet cannot be imported) nothing happens.
 */
const leafletModule: Promise<typeof Leaflet> | undefined =
  typeof window === 'undefined'
    ? undefined
    : import('leaflet').then((module) => (module.default ?? module) as typeof Leaflet);

/** Text for screen readers and the visible status line. */
function summaryText(onMap: number, markers: number, unlocated: number): string {
  const services = (n: number) => `${n.toLocaleString('en-GB')} service${n === 1 ? '' : 's'}`;
  return `Showing ${services(onMap + unlocated)}: ${services(onMap)} on the map (${markers.toLocaleString('en-GB')} place${
    markers === 1 ? '' : 's'
  }) and ${services(unlocated)} with no fixed place.`;
}

function popupContent(service: MapService, serviceBase: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = document.createElement('p');
  title.className = 'map-popup__title';
  const link = document.createElement('a');
  link.href = `${serviceBase}${service.id}/`;
  link.textContent = service.name;
  title.append(link);
  const summary = document.createElement('p');
  summary.textContent = service.summary;
  const cost = document.createElement('p');
  const costLabel = document.createElement('strong');
  costLabel.textContent = 'Cost: ';
  cost.append(costLabel, service.costLabel);
  root.append(title, summary, cost);
  return root;
}

function leavesContent(services: MapService[], serviceBase: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = document.createElement('p');
  title.className = 'map-popup__title';
  title.textContent = `${String(services.length)} services at this place`;
  const list = document.createElement('ul');
  for (const service of services) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `${serviceBase}${service.id}/`;
    link.textContent = service.name;
    item.append(link, ` (${service.costLabel})`);
    list.append(item);
  }
  root.append(title, list);
  return root;
}

export default function ServiceMap(props: ServiceMapProps) {
  const {
    markersUrl,
    boundariesUrl,
    postcodesUrl,
    serviceBase,
    tiles,
    boundaryAttribution,
    boundaryLabels,
    filterOptions,
  } = props;
  const mapElement = useRef<HTMLElement>(null);
  const [mounted, setMounted] = useState(false);
  const [filters, setFilters] = useState<Filters>({});
  const [status, setStatus] = useState('');
  const [loadProblem, setLoadProblem] = useState('');
  const [dataFailed, setDataFailed] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [origin, setOrigin] = useState<Origin | undefined>();
  const [postcode, setPostcode] = useState('');
  const [postcodeError, setPostcodeError] = useState('');
  const [nearMeMessage, setNearMeMessage] = useState('');
  const [ready, setReady] = useState(false);
  const [results, setResults] = useState<MapResults | undefined>();
  const [shown, setShown] = useState<Record<ListKey, number>>({ located: listStep, unlocated: listStep });
  const [targets, setTargets] = useState<ListTargets | undefined>();

  const leaflet = useRef<typeof Leaflet | undefined>(undefined);
  const map = useRef<Leaflet.Map | undefined>(undefined);
  const clusterLayer = useRef<Leaflet.LayerGroup | undefined>(undefined);
  const originLayer = useRef<Leaflet.LayerGroup | undefined>(undefined);
  const boundaryLayers = useRef(new Map<string, Leaflet.Polygon>());
  const data = useRef<ReadMarkers | undefined>(undefined);
  const features = useRef<PointFeature<MarkerProps>[] | undefined>(undefined);
  /** How many places the cluster index holds (those of the services that match). */
  const markerTotal = useRef(0);
  const index = useRef<Supercluster<MarkerProps> | undefined>(undefined);
  /** The filters the cluster index was built for: sorting by distance alone does not rebuild it. */
  const indexedFor = useRef<{ key: string; filters: Filters } | undefined>(undefined);
  const districts = useRef<PostcodeDistrict[] | undefined>(undefined);
  /** The markers drawn now, by cluster or point, so that a pan only adds and removes what changed. */
  const drawn = useRef(new Map<string, Leaflet.Marker>());
  const pinIcon = useRef<Leaflet.DivIcon | undefined>(undefined);
  /** The single markers drawn now, by service id, for "Show on map" in the list. */
  const pinsByService = useRef(new Map<string, Leaflet.Marker>());
  /** The server-rendered list items and notes, removed once the island's own are on the page. */
  const serverNodes = useRef<ChildNode[]>([]);
  /** After "Show more": the list and position of the first new item, to move focus to. */
  const focusNext = useRef<{ key: ListKey; index: number } | undefined>(undefined);

  const allowed = Object.fromEntries(
    filterOptions.map((option) => [option.key, option.options.map((o) => o.value)]),
  ) as Partial<Record<FilterKey, string[]>>;

  /** A new Leaflet marker for a cluster or a single place. */
  const createMarker = (
    L: typeof Leaflet,
    m: Leaflet.Map,
    clusters: Supercluster<MarkerProps>,
    loaded: ReadMarkers,
    feature: ReturnType<Supercluster<MarkerProps>['getClusters']>[number],
  ): { marker: Leaflet.Marker; label: string; count: number; service?: MapService } | undefined => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      const count = properties.point_count;
      const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
      const label = `${count.toLocaleString('en-GB')} places: zoom in`;
      const marker = L.marker([lat, lng], {
        icon: L.divIcon({
          className: `map-cluster map-cluster--${size}`,
          html: `<span aria-hidden="true">${String(properties.point_count_abbreviated)}</span>`,
          iconSize: size === 'small' ? [34, 34] : size === 'medium' ? [42, 42] : [50, 50],
        }),
        title: label,
        keyboard: true,
      });
      marker.on('click', () => {
        const clusterId = properties.cluster_id;
        const expansion = clusters.getClusterExpansionZoom(clusterId);
        if (expansion > initialZoomLimit) {
          const leaves = clusters.getLeaves(clusterId, 50).map((leaf) => loaded.service(leaf.properties.service));
          L.popup().setLatLng([lat, lng]).setContent(leavesContent(leaves, serviceBase)).openOn(m);
        } else {
          m.setView([lat, lng], expansion);
          m.getContainer().focus({ preventScroll: true });
        }
      });
      return { marker, label, count };
    }
    const service = loaded.service((properties as MarkerProps).service);
    pinIcon.current ??= L.divIcon({
      className: 'map-pin',
      html: '<span aria-hidden="true"></span>',
      iconSize: [26, 26],
    });
    const marker = L.marker([lat, lng], {
      icon: pinIcon.current,
      title: service.name,
      keyboard: true,
      riseOnHover: true,
    });
    marker.bindPopup(() => popupContent(service, serviceBase), { maxWidth: 280 });
    return { marker, label: `${service.name}: show details`, count: 1, service };
  };

  /**
   * Draws the clusters and single markers in view. Leaflet layers exist only for
   * what is in view, and a marker still in view after a pan is kept as it is.
   */
  const renderClusters = () => {
    const L = leaflet.current;
    const m = map.current;
    const layer = clusterLayer.current;
    const clusters = index.current;
    const loaded = data.current;
    if (!L || !m || !layer || !clusters || !loaded) return;
    const bounds = m.getBounds();
    const zoom = Math.floor(m.getZoom());
    const features = clusters.getClusters(
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      zoom,
    );
    const previous = drawn.current;
    const next = new Map<string, Leaflet.Marker>();
    pinsByService.current.clear();
    m.getContainer().dataset.zoom = String(m.getZoom());
    for (const feature of features) {
      const properties = feature.properties;
      // Cluster ids are stable for one index and zoom; the index is rebuilt (and `drawn` emptied) when filters change.
      const key =
        'cluster' in properties && properties.cluster
          ? `c${String(properties.cluster_id)}`
          : `p${String((properties as MarkerProps).marker)}`;
      let marker = previous.get(key);
      if (marker) {
        previous.delete(key);
      } else {
        const made = createMarker(L, m, clusters, loaded, feature);
        if (!made) continue;
        marker = made.marker;
        marker.addTo(layer);
        const element = marker.getElement();
        element?.setAttribute('aria-label', made.label);
        element?.setAttribute('data-count', String(made.count));
        if (made.service) element?.setAttribute('data-service', made.service.id);
      }
      next.set(key, marker);
      const id = marker.getElement()?.dataset.service;
      if (id && !pinsByService.current.has(id)) pinsByService.current.set(id, marker);
    }
    for (const gone of previous.values()) layer.removeLayer(gone);
    drawn.current = next;
  };

  /** Draws the markers for a new cluster index, and marks the chosen locality's boundary. */
  const drawMarkers = () => {
    const current = indexedFor.current?.filters ?? {};
    if (!map.current) return;
    clusterLayer.current?.clearLayers();
    drawn.current = new Map();
    renderClusters();
    for (const [slug, layer] of boundaryLayers.current) {
      layer.setStyle(
        current.locality === slug
          ? { weight: 4, fillOpacity: 0.18, color: '#5a1543' }
          : { weight: 2, fillOpacity: 0.04, color: '#7a1f5c' },
      );
    }
  };

  /**
   * Works out the results for the filters (and distance) and hands them to the
   * lists; when the filters changed, rebuilds the cluster index and, once the map
   * is there, its markers.
   */
  const applyFilters = (current: Filters, currentOrigin: Origin | undefined): MapResults | undefined => {
    const loaded = data.current;
    if (!loaded) return undefined;
    const next = mapResults(loaded, current, currentOrigin);
    setResults(next);
    setShown({ located: listStep, unlocated: listStep });
    const key = searchWithFilters('', current);
    if (indexedFor.current?.key !== key || !index.current) {
      features.current ??= markerFeatures(loaded);
      const points = features.current.filter((feature) => next.matches[feature.properties.service]);
      indexedFor.current = { key, filters: current };
      markerTotal.current = points.length;
      index.current = new Supercluster<MarkerProps>({ ...clusterOptions }).load(points);
      drawMarkers();
    }
    const element = mapElement.current;
    if (element) element.dataset.markerCount = String(markerTotal.current);
    setStatus(summaryText(next.located.length, markerTotal.current, next.unlocated.length));
    return next;
  };

  // Start: read the URL, load the data and Leaflet, draw the map and the lists.
  useEffect(() => {
    setMounted(true);
    const initial = filtersFromSearch(window.location.search, allowed);
    setFilters(initial);
    const found = findListTargets();
    serverNodes.current = found ? Object.values(found).flatMap((target) => [...target.childNodes]) : [];
    setTargets(found);
    let cancelled = false;
    const element = mapElement.current;
    const markers = fetch(markersUrl).then(async (response) => {
      if (!response.ok) throw new Error(`${markersUrl}: ${String(response.status)}`);
      return readMarkerFile((await response.json()) as MarkerFile);
    });
    const boundariesFile = fetch(boundariesUrl)
      .then((response) => (response.ok ? (response.json() as Promise<BoundaryCollection>) : undefined))
      .catch(() => undefined);
    (async () => {
      try {
        data.current = await markers;
      } catch {
        if (cancelled) return;
        // The page's own first items and its links to the directory stay; filters would have nothing to filter.
        setDataFailed(true);
        setLoadProblem(
          'The map and its filters could not be loaded. The lists below show the first services, and the directory lists them all.',
        );
        if (element) element.dataset.state = 'failed';
        return;
      }
      if (cancelled) return;
      // The lists and the cluster index need only the data: both are ready while Leaflet may still be loading.
      // The page already shows the first items, so React renders the island's own in time slices (a transition),
      // letting Leaflet and the map start in between.
      startTransition(() => {
        applyFilters(initial, undefined);
      });
      const [L, boundaries] = await Promise.all([
        leafletModule ?? Promise.reject(new Error('Leaflet only runs in the browser')),
        boundariesFile,
      ]);
      if (cancelled || !element) return;
      leaflet.current = L;
      const m = L.map(element, {
        keyboard: true,
        zoomSnap: 0.5,
        zoomDelta: 1,
        maxZoom: 18,
        minZoom: clusterOptions.minZoom,
      });
      map.current = m;
      m.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
      const tileLayer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 });
      tileLayer.on('tileerror', () => setTilesFailed(true));
      tileLayer.addTo(m);
      m.attributionControl.addAttribution('Boundaries and postcodes: OS, ONS and Royal Mail data, OGL v3');
      if (boundaries) {
        const labels = L.layerGroup().addTo(m);
        L.geoJSON(boundaries as unknown as GeoJSON.FeatureCollection, {
          interactive: false,
          style: { color: '#7a1f5c', weight: 2, fillColor: '#7a1f5c', fillOpacity: 0.04 },
          onEachFeature: (feature, layer) => {
            const slug = String((feature.properties as { slug?: string } | null)?.slug ?? '');
            boundaryLayers.current.set(slug, layer as Leaflet.Polygon);
            (layer as Leaflet.Path).getElement?.()?.setAttribute('data-locality', slug);
          },
        }).addTo(m);
        for (const feature of boundaries.features) {
          const [lat, lng] = boundaryLabels[feature.properties.slug] ?? [NaN, NaN];
          const at = Number.isNaN(lat) ? labelPoint(feature.geometry) : { lat, lng };
          L.marker([at.lat, at.lng], {
            icon: L.divIcon({
              className: 'map-locality-label',
              html: `<span>${feature.properties.name.replace(/[<>&]/g, '')}</span>`,
              iconSize: [110, 20],
            }),
            interactive: false,
            keyboard: false,
          }).addTo(labels);
        }
        const b = boundsOf(boundaries.features.map((feature) => feature.geometry));
        m.fitBounds([
          [b.minLat, b.minLng],
          [b.maxLat, b.maxLng],
        ]);
        for (const layer of boundaryLayers.current.values()) layer.getElement()?.setAttribute('aria-hidden', 'true');
      } else {
        m.setView([52.48, -1.89], 11);
      }
      performance.mark('map:data-ready');
      clusterLayer.current = L.layerGroup().addTo(m);
      originLayer.current = L.layerGroup().addTo(m);
      m.on('moveend', renderClusters);
      drawMarkers();
      performance.mark('map:clusters-ready');
      // The canvas says "ready" once the lists are rendered too (below), in the same commit.
      setReady(true);
    })().catch(() => {
      if (cancelled) return;
      // The lists already work from the data: only the map is missing.
      setLoadProblem('The map could not be loaded. The lists below still show every service.');
      if (element) element.dataset.state = 'failed';
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = undefined;
    };
    // Runs once: the props are static.
  }, []);

  // The island's list items replace the page's in the same paint: no flash of an empty list.
  useLayoutEffect(() => {
    if (targets && results) {
      for (const node of serverNodes.current) node.remove();
      serverNodes.current = [];
    }
    // "Ready" once the map is drawn and the lists are the island's (tests and the benchmark wait for it).
    if (ready && results && mapElement.current) mapElement.current.dataset.state = 'ready';
  }, [targets, results, ready]);

  // The counts in the list headings, and the "nothing matches" lines.
  useEffect(() => {
    if (!results) return;
    for (const key of listKeys) {
      const count = document.getElementById(`${listIds[key]}-count`);
      if (count) count.textContent = results[key].length.toLocaleString('en-GB');
      const empty = document.getElementById(`${listIds[key]}-empty`);
      if (empty) empty.hidden = results[key].length > 0;
    }
  }, [results]);

  // After "Show more", focus goes to the first new item, where reading carries on.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = undefined;
    document
      .querySelector<HTMLElement>(`#${listIds[target.key]} > li:nth-child(${String(target.index + 1)}) a`)
      ?.focus();
  }, [shown]);

  const showMore = (key: ListKey) => {
    if (!results) return;
    const total = results[key].length;
    const from = shown[key];
    const to = Math.min(total, from + listStep);
    focusNext.current = { key, index: from };
    setShown({ ...shown, [key]: to });
    setStatus(`${shownText(to, total)} ${listWhat[key]}.`);
  };

  // "Show on map" in the list: zoom past clustering to the service's first place and open its popup.
  const showOnMap = (service: MapService) => {
    const m = map.current;
    const loaded = data.current;
    const element = mapElement.current;
    if (!m || !loaded || !element || service.places.length === 0) return;
    const { lat, lng } = markerPoint(loaded, service.firstMarker);
    m.once('moveend', () => {
      const pin = pinsByService.current.get(service.id);
      pin?.openPopup();
      pin?.getElement()?.focus({ preventScroll: true });
    });
    element.scrollIntoView({ block: 'center' });
    m.setView([lat, lng], initialZoomLimit + 1, { animate: false });
  };

  const updateFilters = (next: Filters) => {
    setFilters(next);
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${searchWithFilters(window.location.search, next)}${window.location.hash}`,
    );
    applyFilters(next, origin);
    const layer = next.locality ? boundaryLayers.current.get(next.locality) : undefined;
    if (layer && map.current) map.current.fitBounds(layer.getBounds());
  };

  const chooseOrigin = (next: Origin | undefined) => {
    setOrigin(next);
    const updated = applyFilters(filters, next);
    const L = leaflet.current;
    const m = map.current;
    originLayer.current?.clearLayers();
    if (!next) {
      setNearMeMessage('The list is back in its usual order.');
      return;
    }
    if (L && m && originLayer.current) {
      L.circleMarker([next.lat, next.lng], {
        radius: 9,
        color: '#0b0c0c',
        weight: 3,
        fillColor: '#ffbf47',
        fillOpacity: 1,
        interactive: false,
      }).addTo(originLayer.current);
      m.setView([next.lat, next.lng], 13);
    }
    const nearest = updated?.located[0];
    const miles = nearest === undefined ? undefined : updated?.miles?.get(nearest);
    const name = nearest === undefined ? undefined : data.current?.service(nearest).name;
    setNearMeMessage(
      `Sorted by distance from ${next.label}.${name && miles !== undefined ? ` Nearest: ${name}, ${formatMiles(miles)} away.` : ''}`,
    );
  };

  const findPostcode = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setPostcodeError('');
    try {
      if (!districts.current) {
        const response = await fetch(postcodesUrl);
        districts.current = response.ok ? parseDistrictCsv(await response.text()) : [];
      }
    } catch {
      districts.current = [];
    }
    const result = lookupPostcode(postcode, districts.current);
    if (result.ok) {
      chooseOrigin({ lat: result.district.lat, lng: result.district.lng, label: result.district.outcode });
    } else if (result.reason === 'not-a-postcode') {
      setPostcodeError('Enter a postcode like B15 2TT, or the first part of it, like B15.');
    } else {
      setPostcodeError(
        `We do not know where ${result.postcode?.outcode ?? 'that postcode'} is. Enter a Birmingham postcode, for example B15 or B23 6AA.`,
      );
    }
  };

  const locateMe = () => {
    if (!('geolocation' in navigator)) {
      setNearMeMessage('Your browser cannot share your location. Enter a postcode instead.');
      return;
    }
    setNearMeMessage('Finding your location…');
    navigator.geolocation.getCurrentPosition(
      (position) =>
        chooseOrigin({ lat: position.coords.latitude, lng: position.coords.longitude, label: 'your location' }),
      () => setNearMeMessage('Your location was not shared, so the list is not sorted. Enter a postcode instead.'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  const activeFilters = filterKeys.filter((key) => filters[key]).length;
  // Set before `results`, and never changed after.
  const loaded = data.current;
  const miles = results?.miles;
  const distanceOf =
    miles && origin
      ? (service: MapService) => {
          const value = miles.get(service.index);
          return value === undefined ? undefined : `${formatMiles(value)} from ${origin.label}`;
        }
      : undefined;

  return (
    <div className="service-map">
      <div className="service-map__controls" hidden={!mounted || dataFailed}>
        {/* Filters apply as soon as a choice changes, so they are a labelled group, not a form to submit. */}
        <div className="map-filters" role="group" aria-labelledby="map-filters-title">
          <h2 id="map-filters-title" className="map-filters__title">
            Filter map and list
          </h2>
          <div className="map-filters__fields">
            {filterOptions.map((option) => (
              <div className="field" key={option.key}>
                <label htmlFor={`map-filter-${option.key}`}>{option.label}</label>
                {option.hint && (
                  <p className="field__hint" id={`map-filter-${option.key}-hint`}>
                    {option.hint}
                  </p>
                )}
                <select
                  id={`map-filter-${option.key}`}
                  name={option.key}
                  value={filters[option.key] ?? ''}
                  aria-describedby={option.hint ? `map-filter-${option.key}-hint` : undefined}
                  onChange={(event) => updateFilters({ ...filters, [option.key]: event.target.value || undefined })}
                >
                  <option value="">Any</option>
                  {option.options.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {activeFilters > 0 && (
            <button type="button" className="button button--secondary" onClick={() => updateFilters({})}>
              Clear {activeFilters === 1 ? 'the filter' : `all ${String(activeFilters)} filters`}
            </button>
          )}
        </div>

        <section className="near-me" aria-labelledby="near-me-title">
          <h2 id="near-me-title" className="near-me__title">
            Services near you
          </h2>
          <p className="field__hint">
            Sort the list by distance. Your location or postcode stays on your device: nothing is sent anywhere.
          </p>
          <form className="near-me__postcode" onSubmit={(event) => void findPostcode(event)} noValidate>
            <label htmlFor="near-me-postcode">Postcode or postcode district</label>
            <p className="field__hint" id="near-me-postcode-hint">
              For example B15 or B15 2TT. Only the first part is used.
            </p>
            {postcodeError && (
              <p className="field__error" id="near-me-postcode-error">
                <span className="visually-hidden">Error: </span>
                {postcodeError}
              </p>
            )}
            <div className="near-me__row">
              <input
                id="near-me-postcode"
                name="postcode"
                type="text"
                autoComplete="postal-code"
                spellCheck={false}
                value={postcode}
                aria-invalid={postcodeError ? true : undefined}
                aria-describedby={
                  postcodeError ? 'near-me-postcode-hint near-me-postcode-error' : 'near-me-postcode-hint'
                }
                onChange={(event) => setPostcode(event.target.value)}
              />
              <button type="submit" className="button">
                Sort by distance
              </button>
            </div>
          </form>
          <p className="near-me__or">
            <button type="button" className="button button--secondary" onClick={locateMe}>
              Use my location
            </button>
            {origin && (
              <button type="button" className="button button--secondary" onClick={() => chooseOrigin(undefined)}>
                Stop sorting by distance
              </button>
            )}
          </p>
          <p className="near-me__status" role="status">
            {nearMeMessage}
          </p>
        </section>
      </div>

      <a className="skip-map" href={`#${mapDom.resultsHeading}`}>
        Skip the map
      </a>
      <div className="service-map__frame">
        <p className="service-map__alternative" id="service-map-description">
          A map of Birmingham showing the ten locality boundaries and a marker for each service with a public address.
          Markers close together are grouped: select a group to zoom in. Every service on the map is also in the lists
          below.
        </p>
        <section
          ref={mapElement}
          className="service-map__canvas"
          data-state="loading"
          aria-label="Map of services"
          aria-describedby="service-map-description"
        />
        {!ready && !loadProblem && mounted && <p className="service-map__loading">Loading the map…</p>}
      </div>
      {loadProblem && (
        <p className="notice" role="alert">
          {loadProblem}
        </p>
      )}
      {tilesFailed && (
        <p className="notice service-map__tiles-notice" data-testid="tiles-failed">
          The background map could not load (you may be offline). Boundaries, markers and the lists still work.
        </p>
      )}
      <p className="map-attribution">
        Map tiles: <span dangerouslySetInnerHTML={{ __html: tiles.attribution }} />. Boundaries and postcodes:{' '}
        {boundaryAttribution}
      </p>
      <p className="service-map__summary" role="status" aria-live="polite">
        {status}
      </p>
      {targets && results && loaded && (
        <>
          {createPortal(
            <LocatedItems
              services={results.located.slice(0, shown.located).map((i) => loaded.service(i))}
              serviceBase={serviceBase}
              distanceOf={distanceOf}
              onShowOnMap={ready ? showOnMap : undefined}
            />,
            targets.located,
          )}
          {createPortal(
            <UnlocatedItems
              services={results.unlocated.slice(0, shown.unlocated).map((i) => loaded.service(i))}
              serviceBase={serviceBase}
            />,
            targets.unlocated,
          )}
          {listKeys.map((key) =>
            createPortal(
              <ShowMore
                shown={Math.min(shown[key], results[key].length)}
                total={results[key].length}
                what={listWhat[key]}
                onMore={() => showMore(key)}
              />,
              targets[`${key}More`],
              key,
            ),
          )}
        </>
      )}
    </div>
  );
}
