import { describe, expect, it } from 'vitest';
import {
  facetAttributes,
  facetsFromAttributes,
  filtersFromSearch,
  matchesFilters,
  searchWithFilters,
  type ServiceFacets,
} from '../../src/components/map/filters.ts';
import { buildMarkerFile, facetsOf, markerMatcher, readMarkerFile } from '../../src/components/map/marker-data.ts';

const cafe: ServiceFacets = {
  category: ['parenting', 'community-activities'],
  need: [],
  locality: ['erdington'],
  age: ['0-4'],
  cost: ['free'],
};
const helpline: ServiceFacets = {
  category: ['mental-health-wellbeing'],
  need: ['anxiety'],
  locality: ['online'],
  age: ['11-15'],
  cost: ['free'],
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

  it('round-trips facets through data attributes', () => {
    const attributes = facetAttributes(cafe);
    expect(
      facetsFromAttributes({ getAttribute: (name) => attributes[name as keyof typeof attributes] ?? null }),
    ).toEqual(cafe);
  });
});

describe('marker file', () => {
  it('stores terms once and points as flat triples, and reads back', () => {
    const file = buildMarkerFile([
      {
        id: 'cafe',
        name: 'Cafe',
        summary: 'A cafe.',
        costLabel: 'Free',
        facets: cafe,
        points: [{ lat: 52.5235123, lng: -1.8395 }],
      },
      { id: 'helpline', name: 'Helpline', summary: 'A helpline.', costLabel: 'Free', facets: helpline, points: [] },
      {
        id: 'hub',
        name: 'Hub',
        summary: 'A hub.',
        costLabel: 'Free',
        facets: cafe,
        points: [
          { lat: 52.4797, lng: -1.9027 },
          { lat: 52.4781, lng: -1.8985 },
        ],
      },
    ]);
    expect(file.services.map(([id]) => id)).toEqual(['cafe', 'hub']);
    expect(file.points).toEqual([52.52351, -1.8395, 0, 52.4797, -1.9027, 1, 52.4781, -1.8985, 1]);
    expect(file.terms.locality).toEqual(['erdington']);
    const { terms, services, markers } = readMarkerFile(JSON.parse(JSON.stringify(file)));
    expect(services[1]).toMatchObject({ id: 'hub', name: 'Hub', summary: 'A hub.', costLabel: 'Free' });
    expect(services[1] && facetsOf(terms, services[1])).toEqual(cafe);
    expect(markers).toHaveLength(3);
    expect(markers[2]).toEqual({ lat: 52.4781, lng: -1.8985, service: 1 });
  });
});

describe('marker matcher', () => {
  it('agrees with matchesFilters on every filter', () => {
    const file = buildMarkerFile([
      {
        id: 'cafe',
        name: 'Cafe',
        summary: 'A cafe.',
        costLabel: 'Free',
        facets: cafe,
        points: [{ lat: 52.5, lng: -1.8 }],
      },
      {
        id: 'line',
        name: 'Line',
        summary: 'A line.',
        costLabel: 'Free',
        facets: helpline,
        points: [{ lat: 52.4, lng: -1.9 }],
      },
    ]);
    const { terms, services } = readMarkerFile(file);
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
      for (const service of services) {
        expect(markerMatcher(terms, filters)(service)).toBe(matchesFilters(facetsOf(terms, service), filters));
      }
    }
  });
});
