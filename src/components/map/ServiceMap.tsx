/**
 * The map page's island: filters, "near me", and a Leaflet map with clustered
 * markers and the locality boundaries. The list of services is rendered on the
 * server (see src/pages/map/index.astro); this island filters and sorts that list
 * so that map and list always say the same thing.
 *
 * Leaflet touches `window` when imported, so it is imported inside an effect:
 * the server renders the text alternative and the controls (hidden until the
 * script runs), never Leaflet.
 */
import { useEffect, useRef, useState } from 'react';
import Supercluster, { type PointFeature } from 'supercluster';
import type * as Leaflet from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import {
  facetsFromAttributes,
  filterKeys,
  filtersFromSearch,
  matchesFilters,
  searchWithFilters,
  type FilterKey,
  type Filters,
} from './filters.ts';
import { markerMatcher, readMarkerFile, type MapService, type MarkerFile, type ReadMarkers } from './marker-data.ts';
import {
  boundsOf,
  distanceMiles,
  formatMiles,
  labelPoint,
  type BoundaryCollection,
  type LatLng,
} from '../../lib/geo.ts';
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
  filterOptions: FilterOption[];
}

interface Origin extends LatLng {
  label: string;
}

interface PointProps {
  marker: number;
}

const initialZoomLimit = 16;

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

/** Filters and sorts the server-rendered lists; returns how many of each are showing. */
function applyToLists(filters: Filters, origin: Origin | undefined): { located: number; unlocated: number } {
  const counts = { located: 0, unlocated: 0 };
  for (const [listId, key] of [
    [mapDom.locatedList, 'located'],
    [mapDom.unlocatedList, 'unlocated'],
  ] as const) {
    const list = document.getElementById(listId);
    if (!list) continue;
    const items = [...list.querySelectorAll<HTMLElement>(':scope > [data-map-item]')];
    for (const item of items) {
      const show = matchesFilters(facetsFromAttributes(item), filters);
      item.hidden = !show;
      if (show) counts[key] += 1;
      const distance = item.querySelector<HTMLElement>('[data-distance]');
      const points = (item.dataset.points ?? '')
        .split(';')
        .filter(Boolean)
        .map((pair) => pair.split(',').map(Number) as [number, number]);
      const miles =
        origin && points.length > 0
          ? Math.min(...points.map(([lat, lng]) => distanceMiles(origin, { lat, lng })))
          : undefined;
      item.dataset.miles = miles === undefined ? '' : String(miles);
      if (distance)
        distance.textContent = miles === undefined ? '' : `${formatMiles(miles)} from ${origin?.label ?? ''}`;
    }
    const sorted = [...items].sort((a, b) =>
      origin && a.dataset.miles && b.dataset.miles
        ? Number(a.dataset.miles) - Number(b.dataset.miles)
        : Number(a.dataset.order) - Number(b.dataset.order),
    );
    if (sorted.some((item, index) => item !== items[index])) list.append(...sorted);
    const count = document.getElementById(`${listId}-count`);
    if (count) count.textContent = counts[key].toLocaleString('en-GB');
    const empty = document.getElementById(`${listId}-empty`);
    if (empty) empty.hidden = counts[key] > 0;
  }
  return counts;
}

export default function ServiceMap(props: ServiceMapProps) {
  const { markersUrl, boundariesUrl, postcodesUrl, serviceBase, tiles, boundaryAttribution, filterOptions } = props;
  const mapElement = useRef<HTMLElement>(null);
  const [mounted, setMounted] = useState(false);
  const [filters, setFilters] = useState<Filters>({});
  const [status, setStatus] = useState('');
  const [loadProblem, setLoadProblem] = useState('');
  const [tilesFailed, setTilesFailed] = useState(false);
  const [origin, setOrigin] = useState<Origin | undefined>();
  const [postcode, setPostcode] = useState('');
  const [postcodeError, setPostcodeError] = useState('');
  const [nearMeMessage, setNearMeMessage] = useState('');
  const [ready, setReady] = useState(false);

  const leaflet = useRef<typeof Leaflet | undefined>(undefined);
  const map = useRef<Leaflet.Map | undefined>(undefined);
  const clusterLayer = useRef<Leaflet.LayerGroup | undefined>(undefined);
  const originLayer = useRef<Leaflet.LayerGroup | undefined>(undefined);
  const boundaryLayers = useRef(new Map<string, Leaflet.Polygon>());
  const data = useRef<ReadMarkers | undefined>(undefined);
  const index = useRef<Supercluster<PointProps> | undefined>(undefined);
  const districts = useRef<PostcodeDistrict[] | undefined>(undefined);
  const markerTotal = useRef(0);
  /** The single markers drawn now, by service id, for "Show on map" in the list. */
  const pinsByService = useRef(new Map<string, Leaflet.Marker>());

  const allowed = Object.fromEntries(
    filterOptions.map((option) => [option.key, option.options.map((o) => o.value)]),
  ) as Partial<Record<FilterKey, string[]>>;

  /** Draws the clusters and single markers in view. */
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
    layer.clearLayers();
    pinsByService.current.clear();
    m.getContainer().dataset.zoom = String(m.getZoom());
    for (const feature of features) {
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
            const leaves = clusters
              .getLeaves(clusterId, 50)
              .map((leaf) => loaded.services[loaded.markers[leaf.properties.marker]?.service ?? -1])
              .filter((service): service is MapService => service !== undefined);
            L.popup().setLatLng([lat, lng]).setContent(leavesContent(leaves, serviceBase)).openOn(m);
          } else {
            m.setView([lat, lng], expansion);
            m.getContainer().focus({ preventScroll: true });
          }
        });
        marker.addTo(layer);
        const element = marker.getElement();
        element?.setAttribute('aria-label', label);
        element?.setAttribute('data-count', String(count));
      } else {
        const point = loaded.markers[(properties as PointProps).marker];
        const service = point ? loaded.services[point.service] : undefined;
        if (!service) continue;
        const marker = L.marker([lat, lng], {
          icon: L.divIcon({ className: 'map-pin', html: '<span aria-hidden="true"></span>', iconSize: [26, 26] }),
          title: service.name,
          keyboard: true,
          riseOnHover: true,
        });
        marker.bindPopup(() => popupContent(service, serviceBase), { maxWidth: 280 });
        marker.addTo(layer);
        const element = marker.getElement();
        element?.setAttribute('aria-label', `${service.name}: show details`);
        element?.setAttribute('data-count', '1');
        element?.setAttribute('data-service', service.id);
        if (!pinsByService.current.has(service.id)) pinsByService.current.set(service.id, marker);
      }
    }
  };

  /** Rebuilds the cluster index for the filters, redraws, and filters the lists. */
  const applyFilters = (current: Filters, currentOrigin: Origin | undefined) => {
    const counts = applyToLists(current, currentOrigin);
    const loaded = data.current;
    if (!loaded) {
      setStatus(summaryText(counts.located, 0, counts.unlocated));
      return;
    }
    const matches = markerMatcher(loaded.terms, current);
    const visible = loaded.services.map(matches);
    const points: PointFeature<PointProps>[] = [];
    loaded.markers.forEach((marker, i) => {
      if (visible[marker.service])
        points.push({
          type: 'Feature',
          properties: { marker: i },
          geometry: { type: 'Point', coordinates: [marker.lng, marker.lat] },
        });
    });
    markerTotal.current = points.length;
    index.current = new Supercluster<PointProps>({ radius: 60, maxZoom: initialZoomLimit }).load(points);
    renderClusters();
    const element = mapElement.current;
    if (element) element.dataset.markerCount = String(points.length);
    for (const [slug, layer] of boundaryLayers.current) {
      layer.setStyle(
        current.locality === slug
          ? { weight: 4, fillOpacity: 0.18, color: '#5a1543' }
          : { weight: 2, fillOpacity: 0.04, color: '#7a1f5c' },
      );
    }
    setStatus(summaryText(counts.located, points.length, counts.unlocated));
  };

  // Start: read the URL, load Leaflet and the data, draw the map.
  useEffect(() => {
    setMounted(true);
    const initial = filtersFromSearch(window.location.search, allowed);
    setFilters(initial);
    let cancelled = false;
    const element = mapElement.current;
    (async () => {
      const [L, markerFile, boundaries] = await Promise.all([
        leafletModule ?? Promise.reject(new Error('Leaflet only runs in the browser')),
        fetch(markersUrl).then((response) => {
          if (!response.ok) throw new Error(`${markersUrl}: ${String(response.status)}`);
          return response.json() as Promise<MarkerFile>;
        }),
        fetch(boundariesUrl)
          .then((response) => (response.ok ? (response.json() as Promise<BoundaryCollection>) : undefined))
          .catch(() => undefined),
      ]);
      if (cancelled || !element) return;
      leaflet.current = L;
      data.current = readMarkerFile(markerFile);
      const m = L.map(element, { keyboard: true, zoomSnap: 0.5, zoomDelta: 1, maxZoom: 18, minZoom: 9 });
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
          const at = labelPoint(feature.geometry);
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
      applyFilters(initial, undefined);
      // "Show on map" in the list: zoom past clustering to the service's first place and open its popup.
      const list = document.getElementById(mapDom.locatedList);
      list?.querySelectorAll<HTMLButtonElement>('[data-show-on-map]').forEach((button) => (button.hidden = false));
      list?.addEventListener('click', (event) => {
        const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-show-on-map]');
        const item = button?.closest<HTMLElement>('[data-map-item]');
        const id = item?.dataset.service;
        const [lat, lng] = (item?.dataset.points ?? '').split(';')[0]?.split(',').map(Number) ?? [];
        if (!id || lat === undefined || lng === undefined || Number.isNaN(lat) || Number.isNaN(lng)) return;
        m.once('moveend', () => {
          const pin = pinsByService.current.get(id);
          pin?.openPopup();
          pin?.getElement()?.focus({ preventScroll: true });
        });
        element.scrollIntoView({ block: 'center' });
        m.setView([lat, lng], initialZoomLimit + 1, { animate: false });
      });
      element.dataset.state = 'ready';
      performance.mark('map:clusters-ready');
      setReady(true);
    })().catch(() => {
      if (cancelled) return;
      setLoadProblem('The map could not be loaded. The lists below still show every service.');
      applyFilters(initial, undefined);
      if (element) element.dataset.state = 'failed';
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = undefined;
    };
    // Runs once: the props are static.
  }, []);

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
    applyFilters(filters, next);
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
    const nearest = document.querySelector<HTMLElement>(`#${mapDom.locatedList} > [data-map-item]:not([hidden])`);
    const name = nearest?.querySelector('a')?.textContent?.trim();
    const miles = nearest?.dataset.miles ? formatMiles(Number(nearest.dataset.miles)) : undefined;
    setNearMeMessage(
      `Sorted by distance from ${next.label}.${name && miles ? ` Nearest: ${name}, ${miles} away.` : ''}`,
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

  return (
    <div className="service-map">
      <div className="service-map__controls" hidden={!mounted}>
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
    </div>
  );
}
