/**
 * schema.org structured data (JSON-LD) for listing pages, so that search
 * engines and other tools can read a service's provider, area, audience, hours
 * and contact details. Pure builders; src/components/StructuredData.astro
 * writes them into the page head.
 *
 * Confidential locations are never described (no address, no coordinates).
 */
import type { Article } from '../../schemas/articles.ts';
import type { Grant } from '../../schemas/grants.ts';
import type { Organisation } from '../../schemas/organisations.ts';
import type { Service } from '../../schemas/services.ts';
import { audiences, categories, grantApplicants, serviceAreas, termLabel } from '../../schemas/taxonomy.ts';
import { isoDate } from '../directory/labels.ts';

export type JsonLd = Record<string, unknown>;

/** Organisations that are public bodies: their services are schema.org GovernmentServices. */
const publicBodies: readonly Organisation['kind'][] = ['council', 'childrens-trust', 'nhs', 'police'];

const schemaDay: Record<string, string> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
};

function compact(value: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

function areas(values: readonly string[]): JsonLd[] {
  return values
    .filter((value) => value !== 'online')
    .map((value) => ({ '@type': 'AdministrativeArea', name: termLabel(serviceAreas, value) }));
}

export interface OrganisationRef {
  id: string;
  data: Organisation;
}

export function organisationJsonLd(organisation: OrganisationRef, pageUrl: string): JsonLd {
  const { data } = organisation;
  return compact({
    '@context': 'https://schema.org',
    '@type': data.kind === 'council' ? 'GovernmentOrganization' : 'Organization',
    '@id': pageUrl,
    name: data.name,
    alternateName: data.alternateName,
    description: data.summary,
    url: data.website ?? pageUrl,
    email: data.contact.email,
    telephone: data.contact.phone,
    areaServed: areas(data.localities),
  });
}

function providerOf(organisation: OrganisationRef, siteUrl: string): JsonLd {
  const ld = organisationJsonLd(organisation, new URL(`/organisations/${organisation.id}/`, siteUrl).href);
  delete ld['@context'];
  return ld;
}

export function serviceJsonLd(
  service: { id: string; data: Service },
  organisation: OrganisationRef | undefined,
  siteUrl: string,
): JsonLd {
  const { data } = service;
  const pageUrl = new URL(`/services/${service.id}/`, siteUrl).href;
  const government = organisation !== undefined && publicBodies.includes(organisation.data.kind);
  const provider = organisation ? providerOf(organisation, siteUrl) : undefined;
  const places = data.locations
    .filter((location) => !location.confidential)
    .map((location) =>
      compact({
        '@type': 'Place',
        name: location.name,
        address:
          location.address || location.postcode
            ? compact({
                '@type': 'PostalAddress',
                streetAddress: location.address,
                postalCode: location.postcode,
                addressCountry: 'GB',
              })
            : undefined,
        geo:
          location.latitude !== undefined && location.longitude !== undefined
            ? { '@type': 'GeoCoordinates', latitude: location.latitude, longitude: location.longitude }
            : undefined,
      }),
    );
  const hours = (data.schedule?.regular ?? []).map((slot) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: slot.days.map((day) => schemaDay[day]),
    opens: slot.opensAt,
    closes: slot.closesAt,
  }));
  const channel = compact({
    '@type': 'ServiceChannel',
    serviceUrl: data.contact.website,
    servicePhone: data.contact.phone ? { '@type': 'ContactPoint', telephone: data.contact.phone } : undefined,
    // schema.org takes a language's name or its IETF tag: the ISO 639 code is one.
    availableLanguage: data.languages,
  });
  return compact({
    '@context': 'https://schema.org',
    '@type': government ? 'GovernmentService' : 'Service',
    '@id': pageUrl,
    name: data.name,
    description: data.summary,
    url: pageUrl,
    serviceType: data.categories.map((value) => termLabel(categories, value)),
    provider,
    serviceOperator: government ? provider : undefined,
    areaServed: areas(data.localities),
    audience: compact({
      '@type': 'PeopleAudience',
      audienceType: data.audiences.map((value) => termLabel(audiences, value)).join(', '),
      suggestedMinAge: data.minimumAge,
      suggestedMaxAge: data.maximumAge,
    }),
    availableChannel: Object.keys(channel).length > 1 ? channel : undefined,
    hoursAvailable: hours,
    location: places,
    isAccessibleForFree: data.cost.type === 'free' || data.cost.type === 'free-referral-needed' ? true : undefined,
    email: data.contact.email,
    keywords: data.keywords.length > 0 ? data.keywords.join(', ') : undefined,
    dateModified: isoDate(data.assuredDate),
  });
}

export function grantJsonLd(
  grant: { id: string; data: Grant },
  funder: OrganisationRef | undefined,
  siteUrl: string,
): JsonLd {
  const { data } = grant;
  const pageUrl = new URL(`/grants/${grant.id}/`, siteUrl).href;
  const amount = data.amount.maximum ?? data.amount.typical;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'MonetaryGrant',
    '@id': pageUrl,
    name: data.name,
    description: data.summary,
    url: pageUrl,
    funder: funder ? providerOf(funder, siteUrl) : undefined,
    amount:
      amount === undefined
        ? undefined
        : compact({
            '@type': 'MonetaryAmount',
            currency: 'GBP',
            maxValue: data.amount.maximum,
            value: data.amount.typical,
          }),
    audience: {
      '@type': 'Audience',
      audienceType: data.applicants.map((value) => termLabel(grantApplicants, value)).join(', '),
    },
    areaServed: areas(data.localities),
    startDate: data.opens ? isoDate(data.opens) : undefined,
    endDate: data.closes ? isoDate(data.closes) : undefined,
    dateModified: isoDate(data.assuredDate),
  });
}

export function articleJsonLd(
  article: { id: string; data: Article },
  publisherName: string,
  siteUrl: string,
  path = `/young-people/${article.id}/`,
): JsonLd {
  const { data } = article;
  const pageUrl = new URL(path, siteUrl).href;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': pageUrl,
    headline: data.title,
    description: data.summary,
    url: pageUrl,
    // A pen name only: young editors are never named (see src/schemas/articles.ts).
    author: { '@type': 'Person', name: data.author },
    datePublished: isoDate(data.publishedDate),
    inLanguage: 'en-GB',
    publisher: { '@type': 'Organization', name: publisherName },
    mainEntityOfPage: pageUrl,
  });
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element early. */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
