import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { filtersFromSearch, matchesFilters, searchWithFilters, type ServiceFacets } from '../../src/lib/map/filters.ts';
import {
  buildMapFiles,
  facetsOf,
  markerFeatures,
  markerMatcher,
  markerPoint,
  readMapFiles,
  readMarkerFile,
  readPointsFile,
  type MarkerSource,
} from '../../src/lib/map/marker-data.ts';
import { listStep, mapResults, shownText } from '../../src/lib/map/results.ts';
import { LocatedItems, UnlocatedItems } from '../../src/components/map/ResultItems.tsx';
import { mapIslandTextOf } from '../../src/i18n/map-text.ts';
import { defaultLanguage, languageByCode } from '../../src/i18n/languages.ts';

const cafe: ServiceFacets = {
  category: ['parenting', 'community-activities'],
  need: [],
  locality: ['erdington'],
  age: ['0-4'],
  cost: ['free'],
  language: ['en', 'ur'],
};
const helpline: ServiceFacets = {
  category: ['mental-health-wellbeing'],
  need: ['anxiety'],
  locality: ['online'],
  age: ['11-15'],
  cost: ['free'],
  language: [],
};

describe('map filters', () => {
  it('matches every chosen filter', () => {
    expect(matchesFilters(cafe, {})).toBe(true);
    expect(matchesFilters(cafe, { category: 'parenting', cost: 'free' })).toBe(true);
    expect(matchesFilters(cafe, { category: 'parenting', cost: 'paid' })).toBe(false);
    expect(matchesFilters(cafe, { age: '11-15' })).toBe(false);
    expect(matchesFilters(cafe, { locality: 'ladywood' })).toBe(false);
  });

  it('counts city-wide and online services as available in every locality', () => {
    expect(matchesFilters(helpline, { locality: 'ladywood' })).toBe(true);
  });

  it('round-trips through the URL, keeping other parameters and dropping unknown values', () => {
    const search = searchWithFilters('?page=2', { category: 'parenting', locality: 'erdington' });
    expect(search).toBe('?page=2&category=parenting&locality=erdington');
    expect(filtersFromSearch(search)).toEqual({ category: 'parenting', locality: 'erdington' });
    expect(filtersFromSearch('?cost=nonsense&age=0-4', { cost: ['free'] })).toEqual({ age: '0-4' });
    expect(searchWithFilters('?category=parenting', {})).toBe('');
  });
});

/** A marker source with the labels filled in: only what a test is about needs saying. */
function source(id: string, facets: ServiceFacets, points: MarkerSource['points'] = []): MarkerSource {
  return {
    id,
    name: id[0]?.toUpperCase() + id.slice(1),
    summary: `A ${id}.`,
    costLabel: 'Free',
    ageLabel: '0 to 4 years',
    areasLabel: 'Erdington',
    noFixedPlace: 'Available online',
    facets,
    points,
  };
}

describe('points and services files', () => {
  const { points, services: file } = buildMapFiles([
    source('cafe', cafe, [{ lat: 52.5235123, lng: -1.8395, line: 'Cafe, 1 High Street' }]),
    source('helpline', helpline),
    source('hub', cafe, [
      { lat: 52.4797, lng: -1.9027, line: 'Hub North' },
      { lat: 52.4781, lng: -1.8985, line: '' },
    ]),
  ]);

  it("holds every listed service in columns, and one line per place in the points' order", () => {
    expect(file.ids).toEqual(['cafe', 'helpline', 'hub']);
    expect(file.names).toEqual(['Cafe', 'Helpline', 'Hub']);
    expect(file.places).toEqual(['Cafe, 1 High Street', 'Hub North', '']);
  });

  it('keeps only the places in the points file, as whole metres from a corner and steps between services', () => {
    expect(points.services).toBe(3);
    // The south-west corner of the points, in 1e-5 degree steps.
    expect(points.origin).toEqual([5247810, -190270]);
    expect(points.points).toEqual([4541, 6320, 0, 160, 0, 2, 0, 420, 0]);
    // Nothing but numbers: no names, ids or addresses.
    expect(Object.keys(points).sort()).toEqual(['origin', 'points', 'services', 'version']);
  });

  it('stores terms and labels once', () => {
    expect(file.terms.locality).toEqual(['erdington', 'online']);
    expect(file.labels).toEqual(['Free', '0 to 4 years', 'Erdington', 'Available online']);
    // A located service has no "no fixed place" reason.
    expect(file.serviceLabels.slice(0, 8)).toEqual([0, 1, 2, -1, 0, 1, 2, 3]);
    // Per filter: how many values, then their term indexes (the cafe: two categories, no need, one of the rest).
    expect(file.facets.slice(0, 9)).toEqual([2, 0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('reads back, with each service knowing its markers', () => {
    const data = readMarkerFile(readPointsFile(JSON.parse(JSON.stringify(points))), JSON.parse(JSON.stringify(file)));
    expect(data.markerCount).toBe(3);
    expect(data.serviceCount).toBe(3);
    expect([...data.pointCounts]).toEqual([1, 0, 2]);
    const [cafeService, helplineService, hubService] = [0, 1, 2].map(data.service);
    expect(data.service(2)).toBe(hubService);
    expect(hubService).toMatchObject({ index: 2, id: 'hub', name: 'Hub', summary: 'A hub.', costLabel: 'Free' });
    expect(hubService?.places).toEqual(['Hub North', '']);
    expect(hubService?.firstMarker).toBe(1);
    expect(markerPoint(data, 2)).toEqual({ lat: 52.4781, lng: -1.8985 });
    expect(cafeService?.noFixedPlace).toBe('');
    expect(helplineService).toMatchObject({ places: [], noFixedPlace: 'Available online' });
    expect(facetsOf(data, 2)).toEqual(cafe);
    expect(facetsOf(data, 1)).toEqual(helpline);
    expect(markerFeatures(data).map((feature) => [feature.properties, feature.geometry.coordinates])).toEqual([
      [{ marker: 0, service: 0 }, [-1.8395, 52.52351]],
      [{ marker: 1, service: 2 }, [-1.9027, 52.4797]],
      [{ marker: 2, service: 2 }, [-1.8985, 52.4781]],
    ]);
  });

  it('reads the points alone, for the first render', () => {
    const read = readPointsFile(points);
    expect([...read.points]).toEqual([52.52351, -1.8395, 0, 52.4797, -1.9027, 2, 52.4781, -1.8985, 2]);
    expect([...read.pointCounts]).toEqual([1, 0, 2]);
    expect([...read.firstMarkers]).toEqual([0, 0, 1]);
  });

  it('refuses files of another version, or from different builds', () => {
    expect(() => readPointsFile({ ...points, version: 2 as never })).toThrow(/version 2/);
    expect(() => readMarkerFile(readPointsFile(points), { ...file, version: 2 as never })).toThrow(/version 2/);
    expect(() => readMarkerFile(readPointsFile({ ...points, services: 4 }), file)).toThrow(/different builds/);
  });
});

describe('map results', () => {
  const data = readMapFiles(
    buildMapFiles([
      source('north', cafe, [{ lat: 52.52, lng: -1.84, line: '' }]),
      source('line', helpline),
      source('south', { ...cafe, cost: ['paid'] }, [{ lat: 52.4, lng: -1.95, line: '' }]),
      source('middle', cafe, [
        { lat: 52.6, lng: -1.8, line: '' },
        { lat: 52.47, lng: -1.9, line: '' },
      ]),
    ]),
  );
  const ids = (services: readonly number[]) => services.map((i) => data.service(i).id);

  it('splits the matches into the two lists, in the usual order', () => {
    const all = mapResults(data, {});
    expect(ids(all.located)).toEqual(['north', 'south', 'middle']);
    expect(ids(all.unlocated)).toEqual(['line']);
    expect([...all.matches]).toEqual([1, 1, 1, 1]);
    expect(all.miles).toBeUndefined();
    const free = mapResults(data, { cost: 'free', locality: 'ladywood' });
    expect(ids(free.located)).toEqual([]);
    expect(ids(free.unlocated)).toEqual(['line']);
    expect([...free.matches]).toEqual([0, 1, 0, 0]);
  });

  it('sorts by the nearest place of each service when given an origin', () => {
    const near = mapResults(data, {}, { lat: 52.46, lng: -1.91 });
    expect(ids(near.located)).toEqual(['middle', 'south', 'north']);
    expect(near.miles?.get(3)).toBeLessThan(1);
    expect(ids(near.unlocated)).toEqual(['line']);
  });

  it('says how much of a list shows', () => {
    expect(listStep).toBe(50);
    expect(shownText(50, 1234)).toBe('Showing 50 of 1,234');
    expect(shownText(12, 12)).toBe('Showing all 12');
  });
});

describe('list items', () => {
  const data = readMapFiles(
    buildMapFiles([
      source('hub', cafe, [
        { lat: 52.4797, lng: -1.9027, line: 'Hub North, B1 1AA' },
        { lat: 52.4781, lng: -1.8985, line: '' },
      ]),
      source('line', helpline),
    ]),
  );
  const [hub, line] = [data.service(0), data.service(1)];
  const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
  const english = { text: mapIslandTextOf(defaultLanguage), lang: defaultLanguage.htmlLang };

  it('renders a located service with its facts and places, and its button hidden without the map', () => {
    const html = render(createElement(LocatedItems, { services: [hub], serviceBase: '/services/', ...english }));
    expect(html).toContain('<a href="/services/hub/">Hub</a>');
    expect(html).toContain('<span>Cost: Free</span><span>Ages: 0 to 4 years</span>');
    expect(html).toContain('<li>Hub North, B1 1AA</li><li>Address on the map</li>');
    expect(html).toContain('data-show-on-map="0" hidden=""');
    expect(html).not.toContain('data-distance');
  });

  it('adds the distance and the "Show on map" button in the browser', () => {
    const html = render(
      createElement(LocatedItems, {
        services: [hub],
        serviceBase: '/services/',
        ...english,
        distanceOf: () => '0.3 miles from B1',
        mapReady: true,
      }),
    );
    expect(html).toContain('<p class="map-results__distance" data-distance="">0.3 miles from B1</p>');
    expect(html).toContain('aria-label="Show on map: Hub" data-show-on-map="0">');
  });

  it('renders a service with no fixed place with why, where and the cost', () => {
    const html = render(createElement(UnlocatedItems, { services: [line], serviceBase: '/services/', ...english }));
    expect(html).toContain('<span>Available online</span><span>Areas: Erdington</span><span>Cost: Free</span>');
  });

  it("words the labels in a translated page's language and marks the English text", () => {
    const urdu = languageByCode('ur');
    if (!urdu) throw new Error('no Urdu strings');
    const html = render(
      createElement(LocatedItems, {
        services: [hub],
        serviceBase: '/ur/services/',
        text: mapIslandTextOf(urdu),
        lang: urdu.htmlLang,
        sourceLang: 'en-GB',
      }),
    );
    expect(html).toContain('<a href="/ur/services/hub/" lang="en-GB">Hub</a>');
    expect(html).toContain('<span>لاگت: Free</span>');
    expect(html).toContain('<li lang="en-GB">Hub North, B1 1AA</li><li>پتہ نقشے پر</li>');
    expect(html).toContain('aria-label="نقشے پر دکھائیں: Hub"');
    expect(html).not.toContain('Address on the map');
  });
});

describe('marker matcher', () => {
  it('agrees with matchesFilters on every filter', () => {
    const data = readMapFiles(
      buildMapFiles([
        source('cafe', cafe, [{ lat: 52.5, lng: -1.8, line: '' }]),
        source('line', helpline, [{ lat: 52.4, lng: -1.9, line: '' }]),
      ]),
    );
    const cases = [
      {},
      { category: 'parenting' },
      { category: 'parenting', cost: 'paid' },
      { locality: 'ladywood' },
      { locality: 'erdington' },
      { age: '11-15' },
      { need: 'anxiety', cost: 'free' },
      { category: 'not-a-term' },
    ];
    for (const filters of cases) {
      for (const i of [0, 1]) {
        expect(markerMatcher(data, filters)(i)).toBe(matchesFilters(facetsOf(data, i), filters));
      }
    }
  });
});
