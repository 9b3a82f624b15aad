/**
 * The shape of a language's strings file (src/i18n/strings/<code>.ts). English
 * (en.ts) is the source: every other file must give every one of its keys, and
 * a label for every value of every translated term list.
 */
import type {
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
} from '../schemas/taxonomy.ts';
import type { englishStrings } from './strings/en.ts';

/** A message that changes with a number: CLDR plural categories (Intl.PluralRules). `other` is required. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

export type StringKey = keyof typeof englishStrings;

/** Every interface string, by key. Placeholders are written `{name}` and filled by `t(key, { name })`. */
export type Strings = Readonly<Record<StringKey, Message>>;

/** The option lists whose labels are translated: every fact a listing page shows from a list. */
export interface TranslatedTermLists {
  serviceKinds: typeof serviceKinds;
  categories: typeof categories;
  audiences: typeof audiences;
  ageBands: typeof ageBands;
  levelsOfNeed: typeof levelsOfNeed;
  specificNeeds: typeof specificNeeds;
  serviceAreas: typeof serviceAreas;
  deliveryModes: typeof deliveryModes;
  costTypes: typeof costTypes;
  accessRoutes: typeof accessRoutes;
  serviceStatuses: typeof serviceStatuses;
  weekdays: typeof weekdays;
  grantApplicants: typeof grantApplicants;
  grantStatuses: typeof grantStatuses;
  pfaPathways: typeof pfaPathways;
  organisationKinds: typeof organisationKinds;
}

export type TermListName = keyof TranslatedTermLists;

/**
 * The values of a list that every language labels. Locality names come from the area's own
 * settings (area/area.config.ts, which a fork rewrites) and are shown as written there.
 */
type TranslatedValue<List extends TermListName> = List extends 'serviceAreas'
  ? 'citywide' | 'online'
  : TranslatedTermLists[List][number]['value'];

/** A label for every value of every translated list (English labels live in src/schemas/taxonomy.ts). */
export type TermLabels = {
  readonly [List in TermListName]: Readonly<Record<TranslatedValue<List>, string>>;
};

/** Whether a fluent speaker has checked the file. Only a reviewer sets `reviewed: true`. */
export type Review =
  { readonly reviewed: false } | { readonly reviewed: true; readonly reviewedBy: string; readonly reviewedOn: string };

/** One interface language: everything about it lives in its strings file. */
export interface LanguageDefinition {
  /** The URL prefix and Pagefind language: a BCP 47 primary tag (`ur`, `pl`). */
  readonly code: string;
  /** The `lang` attribute of its pages (`en-GB`, `ur`). */
  readonly htmlLang: string;
  /** The language's name in its own script, as the switcher shows it. */
  readonly ownName: string;
  /** The language's name in English, for editors and docs. */
  readonly englishName: string;
  readonly dir: 'ltr' | 'rtl';
  readonly review: Review;
  readonly strings: Strings;
  readonly terms: TermLabels;
}
