import { describe, expect, it } from 'vitest';
import {
  facetByKey,
  facetCounts,
  facets,
  pagePath,
  pageWindow,
  relatedServices,
  relatedServicesFinder,
  servicesFor,
  type BrowsableService,
} from '../../src/lib/directory/browse.ts';
import { earlyHelpTeamOf } from '../../src/lib/directory/localities.ts';
import { firstLocality, secondLocality, thirdLocality } from '../support/area-localities.ts';
import { belongsToHub, browseLinksFor, hubs } from '../../src/lib/directory/hubs.ts';

const service = (id: string, data: Partial<BrowsableService> & { name?: string }) => ({
  id,
  data: {
    name: data.name ?? id,
    categories: data.categories ?? [],
    needs: data.needs ?? [],
    audiences: data.audiences ?? [],
    localities: data.localities ?? [],
    minimumAge: data.minimumAge,
    maximumAge: data.maximumAge,
  },
});

const kooth = service('kooth', {
  categories: ['mental-health-wellbeing'],
  localities: ['online'],
  minimumAge: 11,
  maximumAge: 25,
});
const team = service('local-early-help', {
  name: `${firstLocality.label} Early Help team`,
  categories: ['early-help-family-support'],
  localities: [firstLocality.value],
});
const club = service('club', {
  categories: ['community-activities'],
  localities: [firstLocality.value],
  maximumAge: 4,
});
const all = [kooth, team, club];

describe('browsing facets', () => {
  it('finds services by age band from their age range', () => {
    const age = facetByKey('age');
    expect(age).toBeDefined();
    if (!age) return;
    expect(servicesFor(all, age, '11-15').map((s) => s.id)).toEqual(['kooth', 'local-early-help']);
    expect(servicesFor(all, age, '0-4').map((s) => s.id)).toEqual(['local-early-help', 'club']);
  });

  it('counts every value of a facet in taxonomy order', () => {
    const locality = facetByKey('locality');
    if (!locality) throw new Error('no locality facet');
    const counts = facetCounts(all, locality);
    expect(counts.find((c) => c.value === firstLocality.value)?.count).toBe(2);
    expect(counts.find((c) => c.value === 'online')?.count).toBe(1);
    expect(counts.find((c) => c.value === secondLocality.value)?.count).toBe(0);
  });

  it('counts, for every facet and value, the services its browse page lists (a value given twice counts once)', () => {
    const twice = service('twice', { categories: ['community-activities', 'community-activities'], minimumAge: 3 });
    const items = [...all, twice];
    for (const facet of facets) {
      for (const { value, count } of facetCounts(items, facet)) {
        expect(count, `${facet.key}=${value}`).toBe(servicesFor(items, facet, value).length);
      }
    }
    const category = facetByKey('category');
    if (!category) throw new Error('no category facet');
    expect(facetCounts(items, category).find((c) => c.value === 'community-activities')?.count).toBe(2);
  });

  it('links a long list to the first, last and nearby pages only', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageWindow(4, 500)).toEqual([1, 2, 3, 4, 5, 6, null, 500]);
    expect(pageWindow(500, 500)).toEqual([1, null, 498, 499, 500]);
  });

  it('builds page URLs with page 1 at the base path', () => {
    expect(pagePath('/services/age/11-15/', 1)).toBe('/services/age/11-15/');
    expect(pagePath('/services/age/11-15/', 2)).toBe('/services/age/11-15/2/');
  });
});

describe('related services', () => {
  it('prefers shared topics, then a shared locality, and never the service itself', () => {
    const other = service('other-mh', { categories: ['mental-health-wellbeing'], localities: ['citywide'] });
    expect(relatedServices(kooth, [...all, other]).map((s) => s.id)).toEqual(['other-mh']);
    expect(relatedServices(team, all).map((s) => s.id)).toEqual(['club']);
  });

  it('does not treat "whole city" or "online" as a shared locality', () => {
    const online = service('online-thing', { categories: ['parenting'], localities: ['online'] });
    expect(relatedServices(kooth, [kooth, online])).toEqual([]);
  });

  it('the indexed finder picks the same services as scoring every pair and sorting', () => {
    // The reference: score every other service, sort by score then name, keep four.
    const local = (areas: readonly string[]) => areas.filter((a) => a !== 'citywide' && a !== 'online');
    const reference = (me: ReturnType<typeof service>, list: ReturnType<typeof service>[]) =>
      list
        .filter((other) => other.id !== me.id)
        .map((other) => ({
          other,
          score:
            other.data.categories.filter((c) => me.data.categories.includes(c)).length * 2 +
            local(other.data.localities).filter((a) => local(me.data.localities).includes(a)).length,
        }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || a.other.data.name.localeCompare(b.other.data.name, 'en-GB'))
        .slice(0, 4)
        .map(({ other }) => other.id);
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = (values: string[]) => values.filter(() => next() < 0.3);
    const list = Array.from({ length: 300 }, (_, i) =>
      service(`s-${String(i)}`, {
        // Few distinct names, so many ties are broken by name (and some names repeat).
        name: `Service ${String(Math.floor(next() * 60))}`,
        categories: pick(['a', 'b', 'c', 'd', 'e']),
        localities: pick([firstLocality.value, secondLocality.value, 'citywide', 'online', thirdLocality.value]),
      }),
    );
    const find = relatedServicesFinder(list);
    for (const me of list) {
      const found = find(me).map((s) => s.id);
      const expected = reference(me, list);
      // Equal names may come in either order; the names and scores must match.
      expect(found.map((id) => list.find((s) => s.id === id)?.data.name)).toEqual(
        expected.map((id) => list.find((s) => s.id === id)?.data.name),
      );
      expect(found).not.toContain(me.id);
    }
  });
});

describe('localities and hubs', () => {
  it('finds the Early Help team of a locality by name', () => {
    expect(earlyHelpTeamOf(firstLocality.value, all)?.id).toBe('local-early-help');
    expect(earlyHelpTeamOf(secondLocality.value, all)).toBeUndefined();
  });

  it('gathers entries for a hub by category, need or article topic', () => {
    expect(belongsToHub({ categories: ['autism-adhd'] }, hubs['/autism/'])).toBe(true);
    expect(belongsToHub({ categories: ['parenting'], needs: ['adhd'] }, hubs['/autism/'])).toBe(true);
    expect(belongsToHub({ topics: ['mental-health'] }, hubs['/mental-health/'])).toBe(true);
    expect(belongsToHub({ pfaPathways: ['employment'] }, hubs['/preparing-for-adulthood/'])).toBe(true);
    expect(belongsToHub({ categories: ['parenting'] }, hubs['/autism/'])).toBe(false);
  });

  it('links a hub section to the browse lists of its rule, leaving out values with no listing', () => {
    const listed = [
      service('a', { categories: ['autism-adhd'], needs: ['autism'] }),
      service('b', { needs: ['autism', 'adhd'] }),
      { id: 'c', data: { ...service('c', {}).data, pfaPathways: ['employment'] } },
    ];
    expect(browseLinksFor({ categories: ['autism-adhd'] }, listed)).toEqual([
      {
        facet: 'category',
        value: 'autism-adhd',
        href: '/services/category/autism-adhd/',
        label: 'Autism and ADHD',
        count: 1,
      },
    ]);
    expect(browseLinksFor({ needs: ['autism', 'adhd', 'anxiety'] }, listed)).toEqual([
      { facet: 'need', value: 'autism', href: '/services/need/autism/', label: 'Autism', count: 2 },
      { facet: 'need', value: 'adhd', href: '/services/need/adhd/', label: 'ADHD', count: 1 },
    ]);
    expect(
      browseLinksFor({ categories: ['preparing-for-adulthood'], pfaPathways: ['employment', 'health'] }, listed),
    ).toEqual([
      { facet: 'pathway', value: 'employment', href: '/services/pathway/employment/', label: 'Employment', count: 1 },
    ]);
  });

  it('browses by area of adult life, for the preparing for adulthood hub', () => {
    const pathway = facetByKey('pathway');
    if (!pathway) throw new Error('no pathway facet');
    const young = { id: 'y', data: { ...club.data, pfaPathways: ['education', 'health'] } };
    expect(servicesFor([...all, young], pathway, 'health').map((s) => s.id)).toEqual(['y']);
    expect(pathway.valuesOf(kooth.data)).toEqual([]);
  });
});
