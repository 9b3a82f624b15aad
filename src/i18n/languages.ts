/**
 * The interface languages, in the switcher's order. Everything about a language
 * (own-script name, direction, review status, strings, term labels) is in its
 * strings file (English's is below: its strings file holds the keys every language is typed by);
 * adding a language is that file plus its line here (README, "Adding a language").
 * English is the source and is served without a prefix; every other language lives under /<code>/.
 */
import { englishStrings } from './strings/en.ts';
import { urdu } from './strings/ur.ts';
import { arabic } from './strings/ar.ts';
import { bengali } from './strings/bn.ts';
import { polish } from './strings/pl.ts';
import { romanian } from './strings/ro.ts';
import type { LanguageDefinition, TermLabels } from './types.ts';
import {
  accessRoutes,
  ageBands,
  audiences,
  categories,
  costTypes,
  deliveryModes,
  grantApplicants,
  grantStatuses,
  levelsOfNeed,
  organisationKinds,
  pfaPathways,
  serviceAreas,
  serviceKinds,
  serviceStatuses,
  specificNeeds,
  weekdays,
  type TermDefinition,
} from '../schemas/taxonomy.ts';

/** English term labels: the taxonomy's own, so they are written once. */
function labels<const T extends readonly TermDefinition[]>(terms: T): Record<T[number]['value'], string> {
  return Object.fromEntries(terms.map((term) => [term.value, term.label])) as Record<T[number]['value'], string>;
}

const englishTerms: TermLabels = {
  serviceKinds: labels(serviceKinds),
  categories: labels(categories),
  audiences: labels(audiences),
  ageBands: labels(ageBands),
  levelsOfNeed: labels(levelsOfNeed),
  specificNeeds: labels(specificNeeds),
  serviceAreas: labels(serviceAreas),
  deliveryModes: labels(deliveryModes),
  costTypes: labels(costTypes),
  accessRoutes: labels(accessRoutes),
  serviceStatuses: labels(serviceStatuses),
  weekdays: labels(weekdays),
  grantApplicants: labels(grantApplicants),
  grantStatuses: labels(grantStatuses),
  pfaPathways: labels(pfaPathways),
  organisationKinds: labels(organisationKinds),
};

export const english: LanguageDefinition = {
  code: 'en',
  htmlLang: 'en-GB',
  ownName: 'English',
  englishName: 'English',
  dir: 'ltr',
  // The source language: written by the partnership, nothing to review.
  review: { reviewed: true, reviewedBy: 'Source language', reviewedOn: '2026-12-06' },
  strings: englishStrings,
  terms: englishTerms,
};

export const defaultLanguage: LanguageDefinition = english;

export const languages: readonly LanguageDefinition[] = [english, urdu, arabic, bengali, polish, romanian];

/** The languages with their own /<code>/ pages: all but the default. */
export const translatedLanguages: readonly LanguageDefinition[] = languages.filter(
  (language) => language.code !== defaultLanguage.code,
);

export function languageByCode(code: string | undefined): LanguageDefinition | undefined {
  return languages.find((language) => language.code === code);
}
