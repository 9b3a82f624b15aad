/**
 * The map page's island: filters, "near me" and the two lists under the map.
 *
 * The map itself is not React's: the page's own script starts it as soon as the
 * page loads (map-view.ts), so the first clustered render never waits for React
 * or for the services file. This island picks the map up from its canvas
 * (map-start.ts) and drives it: the markers of the services that match the
 * filters, the place "near me" sorts from, "Show on map".
 *
 * The page renders the first items of each list on the server (see
 * src/pages/map/index.astro). Once the points and services files have loaded,
 * this island renders the lists from them instead (into the same elements,
 * through portals), filtered and sorted as the markers are, so that map and list
 * always say the same thing, and a page at a time ("Show more"), so that 10,000
 * services never become 10,000 list items at once.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  filterKeys,
  filtersFromSearch,
  searchWithFilters,
  type FilterKey,
  type FilterOption,
  type Filters,
} from '../../lib/map/filters.ts';
import { readMarkerFile, type MapService, type ReadMarkers } from '../../lib/map/marker-data.ts';
import { awaitMap } from './map-start.ts';
import type { MapView } from './types.ts';
import { listStep, mapResults, type MapResults } from '../../lib/map/results.ts';
import { LocatedItems, UnlocatedItems } from './ResultItems.tsx';
import { ShowMore } from './ShowMore.tsx';
import type { LatLng } from '../../lib/geo/geometry.ts';
import { lookupPostcode, parseDistrictCsv, type PostcodeDistrict } from '../../lib/geo/postcode.ts';
import { mapDom } from '../../lib/map/ids.ts';
import { area } from '../../area.ts';
import { formatMessage, type Vars } from '../../i18n/format.ts';
import type { MapIslandText } from '../../i18n/map-text.ts';
import { Marked } from '../../i18n/Marked.tsx';

export interface ServiceMapProps {
  postcodesUrl: string;
  /** Path prefix of service pages, e.g. "/services/". */
  serviceBase: string;
  filterOptions: FilterOption[];
  /** The island's words in the page's language (src/i18n/map-text.ts), and that language's tag. */
  text: MapIslandText;
  lang: string;
  /** The `lang` of text written in English (names, summaries, addresses, locality names) on a translated page. */
  sourceLang?: string | undefined;
  /** On a translated page: each area's name, locality names marked as English (see ResultItems.tsx). */
  areaNames?: Readonly<Record<string, { label: string; lang?: string | undefined }>> | undefined;
  /** On a translated page: the services file's labels in its language (/data/map-labels/<code>.json). */
  labelsUrl?: string | undefined;
}

interface Origin extends LatLng {
  label: string;
}

type ListKey = 'located' | 'unlocated';
const listKeys: readonly ListKey[] = ['located', 'unlocated'];
const listIds: Record<ListKey, string> = { located: mapDom.locatedList, unlocated: mapDom.unlocatedList };
const listWhat = { located: 'map.locatedWhat', unlocated: 'map.unlocatedWhat' } as const satisfies Record<
  ListKey,
  keyof MapIslandText
>;

/** The page's elements the island renders into: the lists, the ones under them ("Show more"), the status lines. */
type ListTargets = Record<ListKey | `${ListKey}More` | 'summary' | 'problem', HTMLElement>;

function findListTargets(): ListTargets | undefined {
  const byId = (id: string) => document.getElementById(id) ?? undefined;
  const located = byId(mapDom.locatedList);
  const unlocated = byId(mapDom.unlocatedList);
  const locatedMore = byId(`${mapDom.locatedList}-more`);
  const unlocatedMore = byId(`${mapDom.unlocatedList}-more`);
  const summary = byId(mapDom.summary);
  const problem = byId(mapDom.problem);
  return located && unlocated && locatedMore && unlocatedMore && summary && problem
    ? { located, unlocated, locatedMore, unlocatedMore, summary, problem }
    : undefined;
}

/** The area's two example postcodes: a district, then a full postcode. */
const examples = [area.examplePostcodes[0] ?? '', area.examplePostcodes[1] ?? ''] as const;

type Say = (key: keyof MapIslandText, vars?: Vars) => string;

/** Text for screen readers and the visible status line. */
function summaryText(say: Say, onMap: number, markers: number, unlocated: number): string {
  return say('map.summary', {
    all: say('map.services', { count: onMap + unlocated }),
    onMap: say('map.services', { count: onMap }),
    places: say('map.places', { count: markers }),
    unlocated: say('map.services', { count: unlocated }),
  });
}

/** "Showing 20 of 45 services on the map." */
function showingText(say: Say, shown: number, total: number, key: ListKey): string {
  const what = say(listWhat[key]);
  return shown >= total ? say('map.showingAll', { total, what }) : say('map.showingSome', { shown, total, what });
}

/** "1.2 miles": a tenth of a mile under ten, whole miles past. */
function milesText(say: Say, miles: number): string {
  return say('map.miles', { count: miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles) });
}

export default function ServiceMap(props: ServiceMapProps) {
  const { postcodesUrl, serviceBase, filterOptions, text, lang, sourceLang, labelsUrl, areaNames } = props;
  const say: Say = (key, vars) => formatMessage(text[key], lang, vars);
  const [filters, setFilters] = useState<Filters>({});
  const [status, setStatus] = useState('');
  const [loadProblem, setLoadProblem] = useState('');
  const [dataFailed, setDataFailed] = useState(false);
  const [origin, setOrigin] = useState<Origin | undefined>();
  const [postcode, setPostcode] = useState('');
  // Messages that may name English words (the area, a service), marked with <Marked>.
  const [postcodeError, setPostcodeError] = useState<ReactNode>('');
  const [nearMeMessage, setNearMeMessage] = useState<ReactNode>('');
  const [ready, setReady] = useState(false);
  const [results, setResults] = useState<MapResults | undefined>();
  const [shown, setShown] = useState<Record<ListKey, number>>({ located: listStep, unlocated: listStep });
  const [targets, setTargets] = useState<ListTargets | undefined>();
  /**
   * Whether the island renders the lists. Until filters, distance or "Show more"
   * change them, the page's own first items are the same ones in the same order,
   * so they stay: React renders no list items while the page is starting.
   */
  const [listsOwned, setListsOwned] = useState(false);

  const canvas = useRef<HTMLElement | undefined>(undefined);
  const view = useRef<MapView | undefined>(undefined);
  const data = useRef<ReadMarkers | undefined>(undefined);
  const districts = useRef<PostcodeDistrict[] | undefined>(undefined);
  /** The server-rendered list items, removed once the island's own are on the page. */
  const serverItems = useRef<ChildNode[]>([]);
  /** The server-rendered notes under the lists, replaced by "Show more" once the data has loaded. */
  const serverNotes = useRef<ChildNode[]>([]);
  /** After "Show more": the list and position of the first new item, to move focus to. */
  const focusNext = useRef<{ key: ListKey; index: number } | undefined>(undefined);

  const allowed = Object.fromEntries(
    filterOptions.map((option) => [option.key, option.options.map((o) => o.value)]),
  ) as Partial<Record<FilterKey, string[]>>;

  /** The filters and matches the lists show now: what the map draws once it is there. */
  const latest = useRef<{ filters: Filters; matches: Uint8Array } | undefined>(undefined);

  /** Hands the matching services' places to the map, which redraws its markers when the filters changed. */
  const drawMatches = (current: Filters, matches: Uint8Array) => {
    latest.current = { filters: current, matches };
    const key = searchWithFilters('', current);
    // The canvas says when the markers are drawn (data-markers); the lists do not wait for them.
    void view.current?.showMatches(key, key === '' ? undefined : matches, current.locality);
  };

  /** Works out the results for the filters (and distance), hands them to the lists and the markers to the map. */
  const applyFilters = (current: Filters, currentOrigin: Origin | undefined): MapResults | undefined => {
    const loaded = data.current;
    if (!loaded) return undefined;
    const next = mapResults(loaded, current, currentOrigin);
    setResults(next);
    setShown({ located: listStep, unlocated: listStep });
    drawMatches(current, next.matches);
    let places = 0;
    for (const i of next.located) places += loaded.pointCounts[i] ?? 0;
    setStatus(summaryText(say, next.located.length, places, next.unlocated.length));
    return next;
  };

  // Start: read the URL, load the services file, pick up the map, render the lists.
  useEffect(() => {
    const initial = filtersFromSearch(window.location.search, allowed);
    setFilters(initial);
    const found = findListTargets();
    serverItems.current = found ? [found.located, found.unlocated].flatMap((target) => [...target.childNodes]) : [];
    serverNotes.current = found
      ? [found.locatedMore, found.unlocatedMore].flatMap((target) => [...target.childNodes])
      : [];
    if (Object.keys(initial).length > 0) setListsOwned(true);
    setTargets(found);
    let cancelled = false;
    const element = document.getElementById(mapDom.canvas) ?? undefined;
    canvas.current = element;
    const start = element ? awaitMap(element) : Promise.reject(new Error('The page has no map canvas'));
    // A translated page's labels: asked for now, alongside the map's own files.
    const labels = labelsUrl
      ? fetch(labelsUrl)
          .then((response) => (response.ok ? (response.json() as Promise<string[]>) : undefined))
          .catch(() => undefined)
      : Promise.resolve(undefined);
    (async () => {
      let loaded: ReadMarkers;
      try {
        const { points, services } = await start;
        const [read, file, ownLabels] = await Promise.all([points, services, labels]);
        // English labels when the language's file is missing or from another build: better than none.
        loaded = readMarkerFile(
          read,
          ownLabels && ownLabels.length === file.labels.length ? { ...file, labels: ownLabels } : file,
        );
      } catch {
        if (cancelled) return;
        // The page's own first items and its links to the directory stay; filters would have nothing to filter.
        setDataFailed(true);
        setLoadProblem(say('map.loadFailed'));
        if (element) element.dataset.state = 'failed';
        return;
      }
      if (cancelled) return;
      data.current = loaded;
      // The page already shows the first items, so React renders the island's own in time slices (a transition).
      startTransition(() => {
        const first = applyFilters(initial, undefined);
        // The page's items stay only if they are the ones the data files list first (a page and files from one build).
        const pageIds = (list: HTMLElement | undefined) =>
          [...(list?.querySelectorAll<HTMLElement>(':scope > [data-service]') ?? [])].map(
            (item) => item.dataset.service,
          );
        const dataIds = (services: number[] = []) => services.slice(0, listStep).map((i) => loaded.service(i).id);
        const same = (a: (string | undefined)[], b: string[]) =>
          a.length === b.length && a.every((id, i) => id === b[i]);
        if (
          !same(pageIds(found?.located), dataIds(first?.located)) ||
          !same(pageIds(found?.unlocated), dataIds(first?.unlocated))
        )
          setListsOwned(true);
      });
      try {
        view.current = await (await start).view;
      } catch {
        if (cancelled) return;
        // The lists already work from the data: only the map is missing.
        setLoadProblem(say('map.mapFailed'));
        if (element) element.dataset.state = 'failed';
        return;
      }
      if (cancelled) return;
      view.current.setDetails((i) => loaded.service(i));
      const drawnNow = latest.current ?? { filters: initial, matches: mapResults(loaded, initial).matches };
      drawMatches(drawnNow.filters, drawnNow.matches);
      // The canvas says "ready" once the lists are rendered too (below), in the same commit.
      setReady(true);
    })();
    return () => {
      cancelled = true;
    };
    // Runs once: the props are static.
  }, []);

  // The island's list items replace the page's in the same paint: no flash of an empty list.
  useLayoutEffect(() => {
    if (targets && results) {
      for (const node of serverNotes.current) node.remove();
      serverNotes.current = [];
    }
    if (targets && results && listsOwned) {
      for (const node of serverItems.current) node.remove();
      serverItems.current = [];
    }
    // "Ready" once the map is drawn and the lists are the island's (tests and the benchmark wait for it).
    if (ready && results && canvas.current) canvas.current.dataset.state = 'ready';
  }, [targets, results, ready, listsOwned]);

  // "Show on map", on the page's items and the island's alike: one listener on the list.
  useEffect(() => {
    const list = targets?.located;
    if (!ready || !list) return;
    for (const button of list.querySelectorAll<HTMLElement>('[data-show-on-map]')) button.hidden = false;
    const onClick = (event: Event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('[data-show-on-map]');
      if (button) view.current?.showService(Number(button.dataset.showOnMap));
    };
    list.addEventListener('click', onClick);
    return () => list.removeEventListener('click', onClick);
  }, [ready, targets]);

  // The counts in the list headings, and the "nothing matches" lines.
  useEffect(() => {
    if (!results) return;
    for (const key of listKeys) {
      const count = document.getElementById(`${listIds[key]}-count`);
      if (count) count.textContent = new Intl.NumberFormat(lang).format(results[key].length);
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
    setListsOwned(true);
    setShown({ ...shown, [key]: to });
    setStatus(showingText(say, to, total, key));
  };

  const updateFilters = (next: Filters) => {
    setFilters(next);
    setListsOwned(true);
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${searchWithFilters(window.location.search, next)}${window.location.hash}`,
    );
    applyFilters(next, origin);
    if (next.locality) view.current?.fitLocality(next.locality);
  };

  const chooseOrigin = (next: Origin | undefined) => {
    setOrigin(next);
    setListsOwned(true);
    const updated = applyFilters(filters, next);
    view.current?.setOrigin(next);
    if (!next) {
      setNearMeMessage(say('map.usualOrder'));
      return;
    }
    const nearest = updated?.located[0];
    const miles = nearest === undefined ? undefined : updated?.miles?.get(nearest);
    const name = nearest === undefined ? undefined : data.current?.service(nearest).name;
    const sorted = say('map.sortedFrom', { place: next.label });
    setNearMeMessage(
      name && miles !== undefined ? (
        <>
          {sorted}{' '}
          <Marked text={say('map.nearest', { distance: milesText(say, miles) })} english={{ name }} lang={sourceLang} />
        </>
      ) : (
        sorted
      ),
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
      setPostcodeError(say('map.notPostcode', { first: examples[0], second: examples[1] }));
    } else {
      setPostcodeError(
        <Marked
          text={say('map.unknownPostcode', {
            postcode: result.postcode?.outcode ?? say('map.thatPostcode'),
            first: examples[0],
            second: examples[1],
          })}
          english={{ area: area.name }}
          lang={sourceLang}
        />,
      );
    }
  };

  const locateMe = () => {
    if (!('geolocation' in navigator)) {
      setNearMeMessage(say('map.noGeolocation'));
      return;
    }
    setNearMeMessage(say('map.finding'));
    navigator.geolocation.getCurrentPosition(
      (position) =>
        chooseOrigin({ lat: position.coords.latitude, lng: position.coords.longitude, label: say('map.yourLocation') }),
      () => setNearMeMessage(say('map.notShared')),
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
          return value === undefined
            ? undefined
            : say('map.distanceFrom', { distance: milesText(say, value), place: origin.label });
        }
      : undefined;

  return (
    <>
      <div className="service-map__controls" hidden={dataFailed}>
        {/* Filters apply as soon as a choice changes, so they are a labelled group, not a form to submit. */}
        <div className="map-filters" role="group" aria-labelledby="map-filters-title">
          <h2 id="map-filters-title" className="map-filters__title">
            {say('map.filtersTitle')}
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
                  <option value="">{say('map.any')}</option>
                  {option.options.map((choice) => (
                    <option key={choice.value} value={choice.value} lang={choice.lang}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {activeFilters > 0 && (
            <button type="button" className="button button--secondary" onClick={() => updateFilters({})}>
              {say('map.clear', { count: activeFilters })}
            </button>
          )}
        </div>

        <section className="near-me" aria-labelledby="near-me-title">
          <h2 id="near-me-title" className="near-me__title">
            {say('map.nearTitle')}
          </h2>
          <p className="field__hint">{say('map.nearHint')}</p>
          <form className="near-me__postcode" onSubmit={(event) => void findPostcode(event)} noValidate>
            <label htmlFor="near-me-postcode">{say('map.postcodeLabel')}</label>
            <p className="field__hint" id="near-me-postcode-hint">
              {say('map.postcodeHint', { first: examples[0], second: examples[1] })}
            </p>
            {postcodeError && (
              <p className="field__error" id="near-me-postcode-error">
                <span className="visually-hidden">{`${say('map.error')} `}</span>
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
                {say('map.sort')}
              </button>
            </div>
          </form>
          <p className="near-me__or">
            <button type="button" className="button button--secondary" onClick={locateMe}>
              {say('map.useLocation')}
            </button>
            {origin && (
              <button type="button" className="button button--secondary" onClick={() => chooseOrigin(undefined)}>
                {say('map.stopSorting')}
              </button>
            )}
          </p>
          <p className="near-me__status" role="status">
            {nearMeMessage}
          </p>
        </section>
      </div>
      {targets && createPortal(status, targets.summary)}
      {targets &&
        loadProblem &&
        createPortal(
          <p className="notice" role="alert">
            {loadProblem}
          </p>,
          targets.problem,
        )}
      {targets && results && loaded && (
        <>
          {listsOwned &&
            createPortal(
              <LocatedItems
                services={results.located.slice(0, shown.located).map((i) => loaded.service(i))}
                serviceBase={serviceBase}
                text={text}
                lang={lang}
                sourceLang={sourceLang}
                distanceOf={distanceOf}
                mapReady={ready}
              />,
              targets.located,
            )}
          {listsOwned &&
            createPortal(
              <UnlocatedItems
                services={results.unlocated.slice(0, shown.unlocated).map((i) => loaded.service(i))}
                serviceBase={serviceBase}
                text={text}
                lang={lang}
                sourceLang={sourceLang}
                areaNames={areaNames}
              />,
              targets.unlocated,
            )}
          {listKeys.map((key) =>
            createPortal(
              <ShowMore
                shown={Math.min(shown[key], results[key].length)}
                total={results[key].length}
                showing={showingText(say, Math.min(shown[key], results[key].length), results[key].length, key)}
                more={(count) => say('map.showMore', { count, what: say(listWhat[key]) })}
                onMore={() => showMore(key)}
              />,
              targets[`${key}More`],
              key,
            ),
          )}
        </>
      )}
    </>
  );
}
