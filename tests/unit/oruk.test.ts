import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOrukRecords } from '../../src/integrations/oruk-records.ts';
import { articleJsonLd, jsonLdText, organisationJsonLd, serviceJsonLd } from '../../src/lib/open-data/json-ld.ts';
import {
  orukJsonText,
  orukServicesDir,
  pageAt,
  pageCount,
  paginate,
  serviceToOruk,
  type OrukContext,
} from '../../src/lib/open-data/oruk.ts';
import { servicesToGeoJson } from '../../src/lib/open-data/geojson.ts';
import { isUuid } from '../../src/lib/open-data/uuid.ts';
import { charityNumberOf } from '../../src/lib/import/oruk-reader.ts';
import type { Article } from '../../src/schemas/articles.ts';
import { confidentialStrings, exportFixtureDir, loadContent } from '../support/fixture-content.ts';
import { homeLocality, homePoint } from '../support/rehome.ts';
import { errorsOf, orukValidators } from '../support/oruk-validator.ts';
import { orukServiceSchema as orukServiceZod } from '../../src/schemas/oruk/service.ts';

const context: OrukContext = { siteUrl: 'https://localoffer.example.org', city: 'Birmingham' };
const { services, organisations } = loadContent(exportFixtureDir);
const withOrganisations = services.map((service) => {
  const organisation = organisations.get(service.data.organisation);
  if (!organisation) throw new Error(service.data.organisation);
  return { service, organisation };
});
const records = withOrganisations.map(({ service, organisation }) => serviceToOruk(context, service, organisation));
const validators = orukValidators();

describe('Open Referral UK export', () => {
  it('validates against our ORUK v3 JSON Schema (generated from the zod schemas written from the specification)', () => {
    for (const record of records) {
      expect(validators.service(record), errorsOf(validators.service)).toBe(true);
      expect(orukServiceZod.safeParse(record).success).toBe(true);
    }
    const [page] = paginate(records, 50);
    expect(validators.page(page), errorsOf(validators.page)).toBe(true);
  });

  it('rejects a field the feed does not publish, and a missing required one, in both schemas', () => {
    const [record] = records;
    const leaked = { ...record, service_at_locations: [], secret_address: '7 Quiet Close' };
    expect(validators.service(leaked)).toBe(false);
    expect(orukServiceZod.safeParse(leaked).success).toBe(false);
    const { name: _name, ...unnamed } = record ?? { name: '' };
    expect(validators.service(unnamed)).toBe(false);
    expect(orukServiceZod.safeParse(unnamed).success).toBe(false);
  });

  if (!validators.official) {
    console.info(
      `Official Open Referral UK schema files not found in ${validators.officialDir}: checked against our own schema only (set ORUK_SCHEMA_DIR to use them).`,
    );
  }
  // Runs only where the official files are provided (they cannot be committed here: see docs/open-referral.md).
  it.skipIf(!validators.official)('validates against the official ORUK schema files when they are present', () => {
    if (!validators.official) return;
    for (const record of records) {
      expect(validators.official(record), errorsOf(validators.official)).toBe(true);
    }
  });

  it("publishes a charity's registered number as an organisation identifier, in its register's scheme", () => {
    const dropIn = withOrganisations.find(({ service }) => service.id === 'test-drop-in');
    if (!dropIn) throw new Error('no test-drop-in in the export fixture');
    const exported = (charityNumber: string | undefined) =>
      serviceToOruk(context, dropIn.service, {
        ...dropIn.organisation,
        data: { ...dropIn.organisation.data, charityNumber },
      }).organization;
    const organisation = exported('0000001');
    expect(organisation.organization_identifiers).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        organization_id: organisation.id,
        identifier_scheme: 'GB-CHC',
        identifier_type: 'Registered charity number (Charity Commission for England and Wales)',
        identifier: '0000001',
      },
    ]);
    expect(isUuid(organisation.organization_identifiers[0]?.id ?? '')).toBe(true);
    // The fixture's trust is that charity; Kooth is no charity: an empty list.
    expect(records.find((r) => r.x_local_offer.slug === 'test-drop-in')?.organization).toEqual(organisation);
    expect(records.find((r) => r.x_local_offer.slug === 'kooth')?.organization.organization_identifiers).toEqual([]);
    expect(exported(undefined).organization_identifiers).toEqual([]);
    // Every register, as org-id.guide writes its numbers, and read back to the same number by the import.
    const registers = {
      '0000001': { identifier_scheme: 'GB-CHC', identifier: '0000001' },
      '0000001-1': { identifier_scheme: 'GB-CHC', identifier: '0000001-1' },
      SC000001: { identifier_scheme: 'GB-SC', identifier: 'SC000001' },
      NIC000001: { identifier_scheme: 'GB-NIC', identifier: '000001' },
      XN00001: { identifier_type: 'HMRC charity reference (Northern Ireland)', identifier: 'XN00001' },
    };
    for (const [charityNumber, expected] of Object.entries(registers)) {
      const own = exported(charityNumber);
      expect(own.organization_identifiers, charityNumber).toEqual([expect.objectContaining(expected)]);
      expect(charityNumberOf(own), charityNumber).toBe(charityNumber);
      const record = serviceToOruk(context, dropIn.service, {
        ...dropIn.organisation,
        data: { ...dropIn.organisation.data, charityNumber },
      });
      expect(validators.service(record), errorsOf(validators.service)).toBe(true);
      if (validators.official) expect(validators.official(record), errorsOf(validators.official)).toBe(true);
    }
    expect(exported('XN00001').organization_identifiers[0]).not.toHaveProperty('identifier_scheme');
    // The official schema does check identifiers: one without its type fails it.
    if (validators.official) {
      const record = serviceToOruk(context, dropIn.service, dropIn.organisation);
      const [identifier] = record.organization.organization_identifiers;
      const broken = {
        ...record,
        organization: {
          ...record.organization,
          organization_identifiers: [{ ...identifier, identifier_type: undefined }],
        },
      };
      expect(validators.official(JSON.parse(JSON.stringify(broken)))).toBe(false);
    }
  });

  it('never includes a confidential location', () => {
    const text = JSON.stringify(records);
    for (const secret of confidentialStrings) expect(text).not.toContain(secret);
    const refuge = records.find((r) => r.x_local_offer.slug === 'test-refuge');
    expect(refuge?.service_at_locations).toEqual([]);
    const dropIn = records.find((r) => r.x_local_offer.slug === 'test-drop-in');
    expect(dropIn?.service_at_locations.map((s) => s.location.name)).toEqual(['Test Community Hall', 'Test Library']);
  });

  it('maps the fields of docs/content-model.md', () => {
    const dropIn = records.find((r) => r.x_local_offer.slug === 'test-drop-in');
    expect(dropIn).toMatchObject({
      name: 'Test Family Drop-in',
      status: 'active',
      minimum_age: 0,
      maximum_age: 11,
      url: 'https://safe-homes.example.org/drop-in',
      email: 'dropin@safe-homes.example.org',
      assured_date: '2026-09-15',
      application_process: 'Just turn up. You do not need to book or be referred.',
      eligibility_description: 'Any family with children under 12.',
      phones: [{ number: '0121 000 0002' }],
      schedules: [
        { freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:30', closes_at: '11:30', description: 'Term time only.' },
        { byday: 'SA', opens_at: '10:00', closes_at: '12:00' },
      ],
      languages: [
        { name: 'English', code: 'en' },
        { name: 'Urdu', code: 'ur' },
        { name: 'Punjabi', code: 'pa' },
      ],
      cost_options: [{ option: 'Low cost' }],
      organization: { name: 'Safe Homes Test Trust', email: 'hello@safe-homes.example.org' },
    });
    const location = dropIn?.service_at_locations[0]?.location;
    const dropInPoint = homePoint(52.5231, -1.8352);
    expect(location).toMatchObject({ latitude: dropInPoint.lat, longitude: dropInPoint.lng });
    expect(location?.addresses[0]).toMatchObject({ address_1: '1 Example Road, Erdington', postal_code: 'B23 6AA' });
    const terms = dropIn?.attributes.map((a) => `${a.taxonomy_term.taxonomy}/${a.taxonomy_term.term}`);
    expect(terms).toEqual(
      expect.arrayContaining([
        'local-offer:categories/parenting',
        `local-offer:localities/${homeLocality('erdington')}`,
        'local-offer:needs/food-poverty',
      ]),
    );
  });

  it('gives stable UUIDs, different for another site', () => {
    const again = withOrganisations.map(({ service, organisation }) => serviceToOruk(context, service, organisation));
    expect(again.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(records.every((r) => isUuid(r.id) && isUuid(r.organization_id))).toBe(true);
    const [first] = withOrganisations;
    if (!first) throw new Error('no fixture services');
    const other = serviceToOruk(
      { ...context, siteUrl: 'https://other.example.org' },
      first.service,
      first.organisation,
    );
    expect(other.id).not.toBe(records[0]?.id);
  });

  it('pages like the ORUK API', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.page_number, p.size, p.first_page, p.last_page, p.total_pages, p.total_items])).toEqual([
      [1, 2, true, false, 3, 5],
      [2, 2, false, false, 3, 5],
      [3, 1, false, true, 3, 5],
    ]);
    expect(paginate([], 50)).toEqual([expect.objectContaining({ empty: true, total_pages: 1, contents: [] })]);
  });

  it('makes one page on its own, converting only that page’s items', () => {
    const converted: number[] = [];
    const page = pageAt([1, 2, 3, 4, 5], 2, 2, (n) => {
      converted.push(n);
      return `item ${String(n)}`;
    });
    expect(converted).toEqual([3, 4]);
    expect(page).toEqual({ ...paginate([1, 2, 3, 4, 5], 2)[1], contents: ['item 3', 'item 4'] });
    expect(pageCount(5, 2)).toBe(3);
    expect(pageCount(0, 50)).toBe(1);
  });
});

describe('GeoJSON export', () => {
  it('has located public places only, as [longitude, latitude]', () => {
    const geojson = servicesToGeoJson(withOrganisations, 'https://example.org');
    const dropInPoint = homePoint(52.5231, -1.8352);
    expect(geojson.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([
      ['test-drop-in', [dropInPoint.lng, dropInPoint.lat]],
    ]);
    for (const secret of confidentialStrings) expect(JSON.stringify(geojson)).not.toContain(secret);
  });
});

describe('schema.org JSON-LD', () => {
  const find = (id: string) => {
    const found = withOrganisations.find(({ service }) => service.id === id);
    if (!found) throw new Error(`no fixture service ${id}`);
    return found;
  };
  const dropIn = find('test-drop-in');
  const refuge = find('test-refuge');

  it('describes a service with provider, area, audience, hours and public places only', () => {
    const ld = serviceJsonLd(dropIn.service, dropIn.organisation, 'https://example.org');
    expect(ld).toMatchObject({
      '@type': 'Service',
      name: 'Test Family Drop-in',
      provider: { '@type': 'Organization', name: 'Safe Homes Test Trust' },
      audience: { '@type': 'PeopleAudience', suggestedMinAge: 0, suggestedMaxAge: 11 },
      hoursAvailable: [
        { dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '09:30' },
        {},
      ],
    });
    expect(ld.location).toHaveLength(2);
    for (const secret of confidentialStrings) {
      expect(JSON.stringify(serviceJsonLd(refuge.service, refuge.organisation, 'https://example.org'))).not.toContain(
        secret,
      );
      expect(JSON.stringify(ld)).not.toContain(secret);
    }
  });

  it('uses GovernmentService for a council service and Organization types for organisations', () => {
    const council = { id: 'council', data: { ...dropIn.organisation.data, kind: 'council' as const } };
    expect(serviceJsonLd(dropIn.service, council, 'https://example.org')['@type']).toBe('GovernmentService');
    expect(organisationJsonLd(council, 'https://example.org/organisations/council/')['@type']).toBe(
      'GovernmentOrganization',
    );
  });

  it('credits an article to its pen name', () => {
    const article = {
      id: 'exam-stress',
      data: {
        title: 'Exam stress',
        summary: 'What helped me.',
        author: 'Skylark',
        publishedDate: new Date('2026-03-01'),
      } as Article,
    };
    expect(articleJsonLd(article, 'Partnership', 'https://example.org', '/young-people/exam-stress/')).toMatchObject({
      '@type': 'Article',
      author: { '@type': 'Person', name: 'Skylark' },
      datePublished: '2026-03-01',
      url: 'https://example.org/young-people/exam-stress/',
    });
  });

  it('cannot close its script element early', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('ORUK record files written from the feed pages', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'oruk-records-'));
  const servicesDir = join(outDir, orukServicesDir);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes each record of every page as its own file, as the page holds it', () => {
    mkdirSync(servicesDir, { recursive: true });
    const pages = paginate(records, 2);
    for (const page of pages)
      writeFileSync(join(servicesDir, `page-${String(page.page_number)}.json`), orukJsonText(page));
    expect(pages.length).toBeGreaterThan(1);
    expect(writeOrukRecords(outDir)).toBe(records.length);
    for (const record of records) {
      expect(readFileSync(join(servicesDir, `${record.id}.json`), 'utf8')).toBe(orukJsonText(record));
    }
  });

  it('writes the whole feed as one page, the same text as that page made at once', () => {
    // From the pages of 2 the test above wrote: the records in page order, as the route made them.
    const wholeFeed = readFileSync(join(outDir, `${orukServicesDir}.json`), 'utf8');
    expect(wholeFeed).toBe(orukJsonText(pageAt(records, 1, records.length)));
  });

  it('writes an empty feed as one empty page', () => {
    const emptyDir = mkdtempSync(join(tmpdir(), 'oruk-records-empty-'));
    try {
      mkdirSync(join(emptyDir, orukServicesDir), { recursive: true });
      writeFileSync(join(emptyDir, orukServicesDir, 'page-1.json'), orukJsonText(paginate([], 50)[0]));
      expect(writeOrukRecords(emptyDir)).toBe(0);
      expect(readFileSync(join(emptyDir, `${orukServicesDir}.json`), 'utf8')).toBe(orukJsonText(pageAt([], 1, 1)));
    } finally {
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it('refuses a record whose id is not a UUID, rather than write outside the feed', () => {
    const [first] = records;
    if (!first) throw new Error('the export fixture has no services');
    const page = paginate([{ ...first, id: '../../index' }], 50)[0];
    writeFileSync(join(servicesDir, 'page-1.json'), orukJsonText(page));
    expect(() => writeOrukRecords(outDir)).toThrow(/page-1\.json: record id "\.\.\/\.\.\/index" is not a UUID/);
  });

  it('writes nothing for a site without the feed (the young people’s site)', () => {
    expect(writeOrukRecords(join(outDir, 'nowhere'))).toBe(0);
  });
});
