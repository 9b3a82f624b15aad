import { describe, expect, it } from 'vitest';
import { localOfferHref, relatedServicesFor, youngHref } from '../../src/lib/young/site.ts';
import { siteConfig } from '../../src/site.config.ts';

const service = (id: string, categories: string[], audiences: string[], status = 'current') => ({
  id,
  data: { categories, audiences, status },
});

describe('young people links', () => {
  it('puts the section under /young-people/ and the sister site at its root', () => {
    expect(youngHref('section', 'vision/')).toBe('/young-people/vision/');
    expect(youngHref('sister', 'vision/')).toBe('/vision/');
    expect(youngHref('sister')).toBe('/');
  });
  it('links services back to the Local Offer: relative in the section, absolute from the sister site', () => {
    expect(localOfferHref('section', '/services/kooth/')).toBe('/services/kooth/');
    expect(localOfferHref('sister', '/services/kooth/')).toBe(new URL('/services/kooth/', siteConfig.siteUrl).href);
  });
});

describe('related services for an article', () => {
  const services = [
    service('kooth', ['mental-health-wellbeing'], ['young-people']),
    service('adult-only', ['mental-health-wellbeing'], ['families-parents-carers']),
    service('old-scheme', ['mental-health-wellbeing'], ['young-people'], 'historic'),
    service('jobs', ['employment-training'], ['young-adults-18-25']),
  ];
  it('lists named services first, then running young people services in the topic categories', () => {
    const related = relatedServicesFor({ relatedServices: ['jobs'], topics: ['mental-health'] }, services);
    expect(related.map((each) => each.id)).toEqual(['jobs', 'kooth']);
  });
  it('lists mental health services for an article on mental health', () => {
    const related = relatedServicesFor({ relatedServices: [], topics: ['mental-health'] }, services);
    expect(related.map((each) => each.id)).toEqual(['kooth']);
  });
});
