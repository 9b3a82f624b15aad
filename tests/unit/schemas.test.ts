import { describe, expect, it } from 'vitest';
import { area } from '../../src/area.ts';
import { serviceSchema } from '../../src/schemas/services.ts';
import { articleSchema } from '../../src/schemas/articles.ts';
import { grantSchema } from '../../src/schemas/grants.ts';

const validService = {
  name: 'Example service',
  summary: 'A service used to test the schema.',
  organisation: 'example-org',
  categories: ['parenting'],
  audiences: ['families-parents-carers'],
  levelOfNeed: ['universal'],
  localities: ['citywide'],
  delivery: ['online'],
  cost: { type: 'free' },
  applicationProcess: 'Sign up on the website.',
  accessRoutes: ['self-refer-online'],
  status: 'current',
  assuredDate: '2024-05-01',
  assurerRole: 'Community Connector',
  source: 'Test fixture',
};

describe('service schema', () => {
  it('accepts what Decap CMS writes for cleared optional fields', () => {
    const result = serviceSchema.safeParse({
      ...validService,
      minimumAge: '',
      maximumAge: '',
      neighbourhood: '',
      eligibilityDescription: '',
      contact: { phone: '', email: '', website: '' },
      assuredDate: '2024-05-01T10:00:00.000Z',
    });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.minimumAge).toBeUndefined();
      expect(result.data.contact.website).toBeUndefined();
      expect(result.data.assuredDate).toBeInstanceOf(Date);
    }
  });

  it('needs a way in: applicationProcess is required', () => {
    const { applicationProcess: _omitted, ...withoutAccess } = validService;
    expect(serviceSchema.safeParse(withoutAccess).success).toBe(false);
  });

  it('accepts UK phone numbers as people write them and rejects words', () => {
    for (const phone of ['0121 303 1888', '116 123', '999', '+44 121 303 1888']) {
      expect(serviceSchema.safeParse({ ...validService, contact: { phone } }).success).toBe(true);
    }
    expect(serviceSchema.safeParse({ ...validService, contact: { phone: 'ring us' } }).success).toBe(false);
  });

  it('needs both latitude and longitude, inside the bounds of the area', () => {
    const located = (location: object) => serviceSchema.safeParse({ ...validService, locations: [location] }).success;
    // The middle of the area's box (area/area.config.ts), whichever area this copy serves.
    const latitude = (area.bounds.minLat + area.bounds.maxLat) / 2;
    const longitude = (area.bounds.minLng + area.bounds.maxLng) / 2;
    expect(located({ name: 'Middle', latitude, longitude })).toBe(true);
    expect(located({ name: 'Half a point', latitude })).toBe(false);
    expect(located({ name: 'Swapped', latitude: longitude, longitude: latitude })).toBe(false);
    expect(located({ name: 'North of the box', latitude: area.bounds.maxLat + 0.5, longitude })).toBe(false);
  });
});

describe('article schema', () => {
  const article = {
    title: 'An article title',
    summary: 'A summary of the article for the list.',
    author: 'Skylark',
    topics: ['mental-health'],
    publishedDate: '2024-01-01',
    status: 'draft',
    source: 'Test fixture',
  };
  it('accepts one-word pen names and rejects full names and ages', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, author: 'north_star' }).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, author: 'Jane Smith' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, author: 'Sam15' }).success).toBe(false);
  });
  it('lets a draft have no reviewer but not a published article', () => {
    expect(articleSchema.safeParse({ ...article, status: 'published' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, status: 'published', reviewer: 'Youth editor lead' }).success).toBe(
      true,
    );
  });
});

describe('grant schema', () => {
  const grant = {
    name: 'Example grant',
    summary: 'A grant used to test the schema.',
    funder: 'example-org',
    applicants: ['families'],
    categories: ['money-food-essentials'],
    status: 'rolling',
    eligibilityDescription: 'Families in the test.',
    howToApply: 'Apply through the test.',
    localities: ['citywide'],
    assuredDate: '2024-01-01',
    assurerRole: 'Test',
    source: 'Test fixture',
  };
  it('needs a closing date for an open grant, and a typical amount no higher than the maximum', () => {
    expect(grantSchema.safeParse(grant).success).toBe(true);
    expect(grantSchema.safeParse({ ...grant, status: 'open' }).success).toBe(false);
    expect(grantSchema.safeParse({ ...grant, amount: { maximum: 100, typical: 150 } }).success).toBe(false);
    expect(grantSchema.safeParse({ ...grant, amount: { maximum: '', typical: 150 } }).success).toBe(true);
  });
});
