import { describe, expect, it } from 'vitest';
import { localityFilterValues, searchDataFor, type MetaLabels } from '../../src/lib/search/index-entry.ts';
import { translator } from '../../src/i18n/index.ts';
import { defaultLanguage, languageByCode } from '../../src/i18n/languages.ts';
import { localityAreas } from '../../src/area.ts';
import { firstLocality, secondLocality } from '../support/area-localities.ts';

const service = {
  name: 'Community Autism Support Service',
  summary: 'Support for families of autistic children.',
  categories: ['autism-adhd'],
  needs: ['autism'],
  localities: ['citywide'],
  delivery: ['in-person'],
  cost: { type: 'free' },
  minimumAge: 3,
  maximumAge: 12,
  keywords: ['waiting list'],
  assuredDate: new Date('2024-03-01'),
};

describe('search data for a page', () => {
  it('gives a service its type, filters, metadata and both sort keys', () => {
    const data = searchDataFor('service', service, {
      synonyms: [{ term: 'autism', alternatives: ['ASD'] }],
    });
    expect(data.filters).toMatchObject({
      type: ['service'],
      category: ['autism-adhd'],
      need: ['autism'],
      cost: ['free'],
      delivery: ['in-person'],
      age: ['0-4', '5-10', '11-15'],
    });
    expect(data.meta).toEqual({
      title: 'Community Autism Support Service',
      type: 'Service',
      summary: 'Support for families of autistic children.',
      localities: 'Whole city',
      cost: 'Free',
      ages: '3 to 12 years',
    });
    expect(data.sort).toEqual({ name: 'community autism support service', reviewed: '2024-03-01' });
    expect(data.headlineWords).toEqual([
      'Support for families of autistic children.',
      'waiting list',
      'Autism and ADHD',
      'Autism',
      'ASD',
    ]);
    expect(data.extraWords).toEqual([]);
  });

  it("words a translated page's result facts in its language, and says when the areas are English names", () => {
    const urdu = translator(languageByCode('ur') ?? defaultLanguage);
    const labels: MetaLabels = {
      type: (type) => urdu.t(`search.kind.${type}`),
      area: (value) => ({ label: urdu.term('serviceAreas', value), lang: urdu.termLang('serviceAreas', value) }),
      list: urdu.list,
      cost: (value) => urdu.term('costTypes', value),
      ages: urdu.ages,
    };
    const citywide = searchDataFor('service', service, { labels });
    expect(citywide.meta).toMatchObject({
      type: urdu.t('search.kind.service'),
      localities: urdu.term('serviceAreas', 'citywide'),
      cost: urdu.term('costTypes', 'free'),
      ages: urdu.ages(service),
    });
    expect(citywide.meta.localitiesLang).toBeUndefined();
    const local = searchDataFor(
      'service',
      { ...service, localities: [firstLocality.value, secondLocality.value] },
      { labels },
    );
    expect(local.meta.localitiesLang).toBe(defaultLanguage.htmlLang);
    // The filters and sort keys are the same in every language.
    expect(citywide.filters).toEqual(searchDataFor('service', service).filters);
  });

  it('weights the words of what a page is about above words only its text has', () => {
    const data = searchDataFor(
      'service',
      { ...service, audiences: ['young-carers'], keywords: [] },
      {
        body: 'We also run a group for bereaved families.',
        synonyms: [
          { term: 'autism', alternatives: ['ASD'], related: ['Asperger'] },
          { term: 'bereavement', alternatives: ['bereaved', 'grief'] },
        ],
      },
    );
    // Topics, needs and audiences are words that match, with the synonyms of the headline.
    expect(data.headlineWords).toEqual(expect.arrayContaining(['Autism and ADHD', 'Young carers', 'ASD', 'Asperger']));
    // A synonym of the body alone is indexed at the body's weight.
    expect(data.extraWords).toEqual(['bereavement', 'grief']);
  });

  it('gives pages without a review date a sort key that sorts them last', () => {
    const data = searchDataFor('organisation', {
      name: 'Kooth',
      summary: 'Online counselling.',
      localities: ['online'],
    });
    expect(data.sort.reviewed).toBe('0000-00-00');
    expect(data.filters).not.toHaveProperty('age');
    expect(data.meta).not.toHaveProperty('ages');
  });

  it('offers whole-city and online help in every locality', () => {
    expect(localityFilterValues([firstLocality.value])).toEqual([firstLocality.value]);
    const everywhere = localityFilterValues(['citywide']);
    // Every locality of the area, and "whole city" itself.
    expect(everywhere).toHaveLength(localityAreas.length + 1);
    expect(everywhere).toContain(secondLocality.value);
    expect(localityFilterValues(['online'])).toContain('online');
  });
});
