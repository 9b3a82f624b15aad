/**
 * The promises the Birmingham dataset in content/ makes, asserted so that they
 * cannot silently regress when entries are edited or imported:
 * one Early Help team per locality, no 2020-21 scheme shown as open, no
 * contact detail without a stated origin, no personal names from the seeds,
 * a source for every fact, and the guides a SEND Local Offer must have.
 */
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/lib/content/files.ts';
import { entryIdFromPath, validateContent } from '../../src/lib/content/validation.ts';
import type { ContentFile } from '../../src/lib/content/types.ts';
import { localityAreas } from '../../src/schemas/taxonomy.ts';

const read = readContentFolder('content');
const files = read.files;

const inCollection = (collection: ContentFile['collection']) => files.filter((file) => file.collection === collection);
const idOf = (file: ContentFile) => entryIdFromPath(file.path);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const services = inCollection('services');
const grants = inCollection('grants');
const organisations = inCollection('organisations');
const localities = inCollection('localities');
const guides = inCollection('guides');

/**
 * One of the partnership's documents, named as a member of the public can find it: its title,
 * then its publisher and year ("Our City: Investing in Children & Family Services, business case
 * refresh, Birmingham Children's Partnership, 2021").
 */
const seedCitation =
  /(Our City: Investing in Children & Family Services|Transition Project – Preparation for Adulthood|Birmingham Children and Young People: Improving Outcomes for Children|Transition Strategy 2018-2021)[^;]*, (?:[A-Z][a-z]+ )?(?:19|20)\d\d\b/;
/** The business case refresh, which holds the locality profiles. */
const businessCase = /Our City: Investing in Children & Family Services, business case refresh, Birmingham Children's Partnership, 2021/;
const publicSource =
  /legislation\.gov\.uk|\bgov\.uk\b|nhs\.uk|public record|SEND Code of Practice|Regulations 20\d\d|Act 20\d\d|Act 19\d\d/;
/** Words that say where a phone number, email address or website was taken from. */
const contactOrigin = /website|web address|public record|given in the source/i;

describe('the dataset', () => {
  it('passes the content check with no problems', () => {
    const result = validateContent(files, { today: new Date() });
    expect([...read.problems, ...result.problems]).toEqual([]);
  });

  it('is roughly complete: services, grants, localities, organisations and guides', () => {
    expect(services.length).toBeGreaterThanOrEqual(60);
    expect(grants.length).toBeGreaterThanOrEqual(6);
    expect(organisations.length).toBeGreaterThanOrEqual(12);
    expect(guides.length).toBeGreaterThanOrEqual(15);
  });
});

describe('localities', () => {
  it('has all ten localities, one file each, named by their taxonomy slug', () => {
    expect(localities.map(idOf).sort()).toEqual(localityAreas.map((area) => area.value).sort());
    for (const locality of localities) {
      expect(locality.data.boundaryKey, locality.path).toBe(idOf(locality));
      expect(list(locality.data.wards), locality.path).toHaveLength(4);
    }
  });

  it('quotes each locality profile from the business case in the body and cites it', () => {
    for (const locality of localities) {
      expect(locality.body.trimStart().startsWith('"'), locality.path).toBe(true);
      expect(text(locality.data.source), locality.path).toMatch(businessCase);
    }
  });

  it.each(localityAreas.map((area) => [area.label, area.value] as const))(
    'has exactly one "%s Early Help team" service, in that locality only',
    (label, slug) => {
      const teams = services.filter((service) => service.data.name === `${label} Early Help team`);
      expect(teams).toHaveLength(1);
      const [team] = teams;
      expect(list(team?.data.localities)).toEqual([slug]);
      expect(list(team?.data.categories)).toContain('early-help-family-support');
    },
  );

  it('links every locality page to its own Early Help team', () => {
    for (const locality of localities) {
      expect(locality.body, locality.path).toContain(`/services/${idOf(locality)}-early-help/`);
    }
  });
});

describe('grants', () => {
  /** Time-limited schemes of 2020-21 (COVID-19 and the 2021 round), by file name. */
  const schemes2020to2021 = [
    'resilience-fund',
    'emergency-food-and-fuel-payments',
    'community-grants-2020',
    'community-grants-2021',
    'northfield-food-assistance-and-warm-home-vouchers',
  ];

  it.each(schemes2020to2021)('%s exists and is closed', (id) => {
    const grant = grants.find((file) => idOf(file) === id);
    expect(grant, id).toBeDefined();
    expect(grant?.data.status).toBe('closed');
  });

  it('shows no grant dated 2020 or 2021 as open or open all year', () => {
    for (const grant of grants) {
      const dates = [grant.data.opens, grant.data.closes].filter((value) => value instanceof Date);
      const from2020to2021 =
        dates.some((date) => date.getUTCFullYear() === 2020 || date.getUTCFullYear() === 2021) ||
        /COVID|lockdown/i.test(`${text(grant.data.name)} ${text(grant.data.summary)}`);
      if (from2020to2021) expect(grant.data.status, grant.path).toBe('closed');
    }
  });

  it('opens no grant known only from the seed documents', () => {
    for (const grant of grants) {
      const onlyFromSeeds = !publicSource.test(text(grant.data.source));
      if (onlyFromSeeds) expect(['closed', 'planned'], grant.path).toContain(grant.data.status);
    }
  });

  it('says in the body that a planned grant must be confirmed', () => {
    for (const grant of grants.filter((file) => file.data.status === 'planned')) {
      expect(grant.body, grant.path).toMatch(/must be confirmed/);
    }
  });
});

describe('sources and contact details', () => {
  it('cites a seed document by title, publisher and year, or a public source, for every service, grant and organisation', () => {
    for (const file of [...services, ...grants, ...organisations, ...localities]) {
      const source = text(file.data.source);
      expect(seedCitation.test(source) || publicSource.test(source), `${file.path}: ${source}`).toBe(true);
    }
  });

  it('cites national law or guidance in every guide that is not based on the seeds', () => {
    for (const guide of guides) {
      const source = text(guide.data.source);
      expect(seedCitation.test(source) || publicSource.test(source), guide.path).toBe(true);
    }
  });

  it('gives no phone, email or website unless the source says where it comes from', () => {
    for (const file of [...services, ...grants, ...organisations]) {
      const contact = record(file.data.contact);
      const given = ['phone', 'email', 'website'].filter((field) => text(contact[field]) !== '');
      if (text(file.data.website) !== '') given.push('website');
      if (given.length > 0)
        expect(text(file.data.source), `${file.path} gives ${given.join(', ')}`).toMatch(contactOrigin);
    }
  });

  it('publishes no phone numbers or email addresses at all (none is confirmed yet)', () => {
    for (const file of [...services, ...organisations]) {
      const contact = record(file.data.contact);
      expect(contact.phone, file.path).toBeUndefined();
      expect(contact.email, file.path).toBeUndefined();
    }
    for (const file of files) {
      expect(file.body, file.path).not.toMatch(/\b0121[ -]?\d{3}[ -]?\d{4}\b|[\w.]+@[\w.]+\.\w+/);
    }
  });

  it('places no service at invented coordinates or addresses', () => {
    for (const service of services) {
      expect(service.data.locations ?? [], service.path).toEqual([]);
    }
  });

  it('marks every seed import for a Community Connector to confirm, dated as its source', () => {
    const sourceDates: Record<string, string> = {
      '003': '2021-02-09',
      '000': '2018-06-26',
      '004': '2011-03-01',
    };
    for (const file of [...services, ...grants]) {
      expect(text(file.data.assurerRole), file.path).toBe('Seed import (to be confirmed by a Community Connector)');
      const assured = file.data.assuredDate instanceof Date ? file.data.assuredDate.toISOString().slice(0, 10) : '';
      expect(Object.values(sourceDates), file.path).toContain(assured);
    }
  });

  it('gives every historic service an end date and says the date is the source date when unknown', () => {
    for (const service of services.filter((file) => file.data.status === 'historic')) {
      expect(service.data.endDate, service.path).toBeInstanceOf(Date);
      expect(service.body, service.path).toMatch(/date of the (2011 )?source|kept for the record/);
    }
  });
});

describe('privacy', () => {
  /**
   * Names of private individuals in the seeds: councillors and officers
   * (seed 000, lines 35, 87-101, 251-287, 800-803, 1340-1367; seed 003, lines 19-21,
   * 915, 1039), dashboard data owners (seed 003, lines 2277-2423) and case-study
   * families (seed 003, line 1475). None may appear on the site.
   */
  const fullNames = [
    'Graeme Betts',
    'Andy Couldrick',
    'Richard Selwyn',
    'Kate Booth',
    'Paulette Hamilton',
    'Mohammed Aikhlaq',
    'Rob Pocock',
    'Albert Bore',
    'Josh Jones',
    'Brigid Jones',
    'Muhammad Afzal',
    'Meirion Jenkins',
    'Zaheer Khan',
    'Narinder Kaur Kooner',
    'Ewan Mackey',
    'Paul Tilsley',
    'Kate Charlton',
    'Clive Heaphy',
    'Amanda Simcox',
    'Emma Williamson',
    'Jayne Power',
    'Marie Reynolds',
    'Dawn Hewins',
    'Suman McCartney',
    'Jon Lawton',
    'Rob James',
    'Peter Bishop',
    'Kim Ensor',
    'Alice Bath',
    'Kalvinder Kohli',
    'Maria Gavin',
    'Max Vaughan',
  ];
  const distinctiveSurnames = [
    'Betts',
    'Couldrick',
    'Selwyn',
    'Aikhlaq',
    'Pocock',
    'Tilsley',
    'Heaphy',
    'Simcox',
    'Hewins',
    'Ensor',
    'Amery',
    'Eccles',
    'Mountford',
    'Sekhon',
    'Haider',
    'Anwar',
    'Parton',
    'McKenzie',
    'Martinez',
    'Wartinez',
  ];
  /** First names of the case-study family in seed 003, line 1475, matched as whole words. */
  const caseStudyFirstNames = ['Kate', 'Ben'];

  const everything = files.map((file) => ({ path: file.path, all: `${JSON.stringify(file.data)}\n${file.body}` }));

  it('contains none of the personal names the seeds give', () => {
    for (const { path, all } of everything) {
      const lower = all.toLowerCase();
      for (const name of fullNames) expect(lower.includes(name.toLowerCase()), `${path}: ${name}`).toBe(false);
      for (const name of [...distinctiveSurnames, ...caseStudyFirstNames]) {
        expect(new RegExp(`\\b${name}\\b`).test(all), `${path}: ${name}`).toBe(false);
      }
      expect(all, path).not.toMatch(/\bCllr\b|Councillor [A-Z]|\b[A-Z]\. ?[A-Z][a-z]+ \(data owner\)/);
    }
  });
});

describe('guides', () => {
  const guideIds = new Set(guides.map(idOf));

  it.each([
    'send-identifying-and-assessing-needs',
    'send-asking-for-an-ehc-needs-assessment',
    'send-travel-arrangements',
    'send-childcare-and-leisure',
    'send-preparing-for-adulthood',
    'send-information-advice-and-support',
    'send-complaints-disagreements-and-mediation',
  ])(
    'has the SEND Local Offer guide %s, citing the SEND Regulations 2014 Schedule 2 and the Code of Practice',
    (id) => {
      expect(guideIds.has(id)).toBe(true);
      const guide = guides.find((file) => idOf(file) === id);
      expect(text(guide?.data.source)).toContain('Schedule 2');
      expect(text(guide?.data.source)).toContain('SEND Code of Practice');
      expect(list(guide?.data.relatedServices).length).toBeGreaterThan(0);
    },
  );

  it.each([
    'preparing-for-adulthood',
    'pfa-education',
    'pfa-employment',
    'pfa-independent-living-and-housing',
    'pfa-friends-relationships-and-community',
    'pfa-health',
    'early-help-offer',
    'make-every-contact-count',
    'how-to-use-the-local-offer',
  ])('has the guide %s', (id) => {
    expect(guideIds.has(id)).toBe(true);
  });

  it('tags each Preparation for Adulthood pathway guide with its pathway', () => {
    const expected: Record<string, string> = {
      'pfa-education': 'education',
      'pfa-employment': 'employment',
      'pfa-independent-living-and-housing': 'independent-living-housing',
      'pfa-friends-relationships-and-community': 'community-inclusion',
      'pfa-health': 'health',
    };
    for (const [id, pathway] of Object.entries(expected)) {
      const guide = guides.find((file) => idOf(file) === id);
      expect(list(guide?.data.pfaPathways), id).toContain(pathway);
    }
  });

  it('explains the Preparation for Adulthood words families meet', () => {
    const overview = guides.find((file) => idOf(file) === 'preparing-for-adulthood');
    for (const term of [
      'EHC plan',
      'Annual review',
      'Transition assessment',
      'Personal budget',
      'Direct payment',
      'Short breaks',
      'Enablement',
      'Advocacy',
      'Supported living',
    ]) {
      expect(overview?.body, term).toContain(`**${term}`);
    }
  });

  it('lists every locality Early Help team in the Early Help offer guide', () => {
    const guide = guides.find((file) => idOf(file) === 'early-help-offer');
    for (const area of localityAreas) expect(list(guide?.data.relatedServices)).toContain(`${area.value}-early-help`);
  });
});

describe('references', () => {
  const organisationIds = new Set(organisations.map(idOf));
  const serviceIds = new Set(services.map(idOf));
  const guideIds = (id: string) => guides.some((guide) => idOf(guide) === id);

  it('names only organisations that exist', () => {
    for (const service of services)
      expect(organisationIds.has(text(service.data.organisation)), service.path).toBe(true);
    for (const grant of grants) expect(organisationIds.has(text(grant.data.funder)), grant.path).toBe(true);
    for (const locality of localities) {
      const lead = text(locality.data.leadOrganisation);
      if (lead !== '') expect(organisationIds.has(lead), locality.path).toBe(true);
    }
  });

  it('links only to services, localities and grants that exist', () => {
    const grantIds = new Set(grants.map(idOf));
    const localityIds = new Set(localities.map(idOf));
    const known: Record<string, Set<string>> = { services: serviceIds, grants: grantIds, localities: localityIds };
    for (const file of files) {
      for (const match of file.body.matchAll(/\]\(\/(services|grants|localities)\/([a-z0-9-]+)\/\)/g)) {
        const [, collection = '', id = ''] = match;
        expect(known[collection]?.has(id), `${file.path} links to /${collection}/${id}/`).toBe(true);
      }
      for (const match of file.body.matchAll(/\]\(\/guides\/([a-z0-9-]+)\/\)/g)) {
        expect(guideIds(match[1] ?? ''), `${file.path} links to /guides/${match[1] ?? ''}/`).toBe(true);
      }
    }
  });
});
