import { describe, expect, it } from 'vitest';
import { relatedServicesFor, youngHref, youngVariant } from '../../src/lib/young/site.ts';
import { localOfferHref } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/site.config.ts';

const service = (id: string, categories: string[], audiences: string[], status = 'current') => ({
  id,
  data: { categories, audiences, status },
});

describe('young people links', () => {
  it('puts the section under /young-people/ and the sister site at its root', () => {
    expect(youngHref('vision/', 'section')).toBe('/young-people/vision/');
    expect(youngHref('vision/', 'sister')).toBe('/vision/');
    expect(youngHref('', 'sister')).toBe('/');
  });
  it('builds the section unless the build is the sister site (SITE_VARIANT=young)', () => {
    expect(youngVariant).toBe('section');
    expect(youngHref('vision/')).toBe('/young-people/vision/');
  });
  it('links services back to the Local Offer: relative in the section, absolute from the sister site', () => {
    expect(localOfferHref('/services/kooth/')).toBe('/services/kooth/');
    expect(localOfferHref('/services/kooth/', true)).toBe(new URL('/services/kooth/', siteConfig.siteUrl).href);
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
