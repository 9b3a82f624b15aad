/**
 * The facts of a service's page, described once: its three lists ("The essentials",
 * "Where", "More details"), each fact's label and the parts of its value. The service
 * page (src/pages/services/[id].astro and its translations, src/pages/[lang]/services/[id].astro)
 * and the CMS preview (src/cms/previews/ServicePreview.tsx) both render these, so an
 * editor previews what the page will show. Labels and option values come in the page's
 * language (`FactText`, the page's `i18n(Astro.url)`; English by default, as in the CMS
 * preview); the listing's own free text stays English and, on a translated page, says so
 * with `lang`.
 */
import { translator, type Translator } from '../../i18n/index.ts';
import { defaultLanguage } from '../../i18n/languages.ts';
import { spokenLanguage } from '../../schemas/spoken-languages.ts';

/** The words of the facts in one language: the parts of a page's `i18n(Astro.url)` they use. */
export type FactText = Pick<
  Translator,
  't' | 'parts' | 'term' | 'terms' | 'labelParts' | 'list' | 'ages' | 'sourceLang'
>;

/** The facts in English: the default, and the CMS preview's language. */
export const englishFactText: FactText = translator(defaultLanguage);
import { sourceParts } from '../content/source-links.ts';
import { importedFromLabel } from './labels.ts';

/** A part of a fact's value: text, a paragraph, a link, a date (shown as <time>), tags or a list. */
export type FactPart =
  | string
  | { source: string; lang: string | undefined; dir?: 'ltr' | 'rtl' }
  | { paragraph: string; lang?: string | undefined }
  | { link: string; text: string; lang?: string | undefined }
  | { date: Date }
  | { tags: string[]; label: string }
  | { items: string[]; lang?: string | undefined };

export interface Fact {
  label: string;
  parts: FactPart[];
  /** Index the label for site search too (people search for "anonymous"). */
  indexLabel?: boolean;
}

export interface FactSection {
  heading: string;
  facts: Fact[];
  /** Left off the printed handout, to keep it to one sheet. */
  noPrint?: boolean;
}

/**
 * What the facts read of a service: the schema's fields, loosened so that an entry
 * half-filled in the CMS can be previewed too.
 */
export interface ServiceFactsInput {
  imported?: { publisher?: string | undefined; from?: string | undefined; date?: Date | undefined } | undefined;
  kind?: string | undefined;
  categories: readonly string[];
  audiences: readonly string[];
  minimumAge?: number | undefined;
  maximumAge?: number | undefined;
  eligibilityDescription?: string | undefined;
  cost?: { type?: string | undefined; detail?: string | undefined } | undefined;
  applicationProcess?: string | undefined;
  accessRoutes: readonly string[];
  localities: readonly string[];
  neighbourhood?: string | undefined;
  delivery: readonly string[];
  locations: readonly {
    name?: string | undefined;
    address?: string | undefined;
    postcode?: string | undefined;
    confidential?: boolean | undefined;
  }[];
  levelOfNeed: readonly string[];
  needs: readonly string[];
  languages: readonly string[];
  interpreterAvailable?: boolean | undefined;
  interpretationServices?: string | undefined;
  accessibility?: string | undefined;
  anonymous?: boolean | undefined;
  status?: string | undefined;
  assuredDate?: Date | undefined;
  assurerRole?: string | undefined;
  source?: string | undefined;
}

/** The service's three lists of facts; "Run by" links to the organisation's page when it has one. */
export function serviceFactSections(
  data: ServiceFactsInput,
  organisation?: { name: string; href?: string | undefined },
  text: FactText = englishFactText,
  /** Fields of `data` already in the page's language (the listing's own translation): left unmarked. */
  translatedFields: readonly string[] = [],
): [essentials: FactSection, where: FactSection, more: FactSection] {
  const { t, parts, term, terms, labelParts, list, ages, sourceLang: lang } = text;
  /** The listing's own (English) words, marked as such on a translated page. */
  const source = (words: string): FactPart => (lang ? { source: words, lang } : words);
  /** Spoken languages, each in its own script (with its lang and dir) and in English: "اردو (Urdu)". */
  const languageNames = (codes: readonly string[]): FactPart[] =>
    codes.flatMap((code, index) => {
      const separator = index > 0 ? [', '] : [];
      const language = spokenLanguage(code);
      if (!language) return [...separator, source(code)];
      if (language.nativeName === language.label) return [...separator, source(language.label)];
      return [
        ...separator,
        { source: language.nativeName, lang: language.value, dir: language.dir },
        ' (',
        source(language.label),
        ')',
      ];
    });
  /** Localities joined the language's way; a locality's name (English, from the area's settings) is marked. */
  const areaNames = (values: readonly string[]): FactPart[] =>
    labelParts('serviceAreas', values).map((part) => (part.lang ? { source: part.text, lang: part.lang } : part.text));
  const publicLocations = data.locations.filter((location) => location.confidential !== true);
  const places = publicLocations.map((location) =>
    [location.name, location.address, location.postcode].filter(Boolean).join(', '),
  );
  const costType = data.cost?.type;
  return [
    {
      heading: t('service.essentials'),
      facts: [
        {
          label: t('service.whatItIs'),
          parts: [`${term('serviceKinds', data.kind ?? 'service')}: ${list(terms('categories', data.categories))}`],
        },
        {
          label: t('service.whoFor'),
          parts: [
            `${list(terms('audiences', data.audiences))}. ${t('service.ages', { ages: ages(data) })}`,
            ...(data.eligibilityDescription ? [source(` ${data.eligibilityDescription}`)] : []),
          ],
        },
        {
          label: t('service.cost'),
          parts: [
            costType ? term('costTypes', costType) : t('service.notStated'),
            ...(data.cost?.detail ? [source(`. ${data.cost.detail}`)] : []),
          ],
        },
        {
          label: t('service.howToGetHelp'),
          parts: [
            {
              paragraph: data.applicationProcess ?? '',
              lang: translatedFields.includes('applicationProcess') ? undefined : lang,
            },
            { tags: terms('accessRoutes', data.accessRoutes), label: t('service.waysIn') },
          ],
        },
      ],
    },
    {
      heading: t('service.where'),
      facts: [
        {
          label: t('service.areas'),
          parts: [...areaNames(data.localities), ...(data.neighbourhood ? [source(` (${data.neighbourhood})`)] : [])],
        },
        { label: t('service.delivery'), parts: [list(terms('deliveryModes', data.delivery))] },
        {
          label: t('service.places'),
          parts:
            places.length > 0
              ? [{ items: places, lang }]
              : [{ paragraph: data.locations.length > 0 ? t('service.addressHidden') : t('service.noAddress') }],
        },
      ],
    },
    {
      heading: t('service.moreDetails'),
      noPrint: true,
      facts: [
        { label: t('service.levelOfNeed'), parts: [list(terms('levelsOfNeed', data.levelOfNeed))] },
        ...(data.needs.length > 0
          ? [{ label: t('service.helpsWith'), parts: [list(terms('specificNeeds', data.needs))] }]
          : []),
        {
          label: t('service.languages'),
          parts: [
            ...(data.languages.length > 0 ? languageNames(data.languages) : [t('service.notStated')]),
            ...(data.interpreterAvailable === true ? [`. ${t('service.interpreterAvailable')}`] : []),
            ...(data.interpreterAvailable === false ? [`. ${t('service.noInterpreter')}`] : []),
            ...(data.interpretationServices ? [source(`. ${data.interpretationServices}`)] : []),
          ],
        },
        {
          label: t('service.accessibility'),
          parts: [data.accessibility ? source(data.accessibility) : t('service.accessibilityNotStated')],
        },
        ...(data.anonymous
          ? [{ label: t('service.anonymous'), indexLabel: true, parts: [t('service.anonymousText')] }]
          : []),
        { label: t('service.status'), parts: [data.status ? term('serviceStatuses', data.status) : ''] },
        ...(organisation
          ? [
              {
                label: t('service.runBy'),
                parts: [
                  organisation.href
                    ? { link: organisation.href, text: organisation.name, lang }
                    : source(organisation.name),
                ],
              },
            ]
          : []),
        {
          label: t('service.lastChecked'),
          // The date and the checker's role, in the order of the language's sentence.
          parts: parts('service.checkedBy')
            .filter((part) => part !== '')
            .map((part): FactPart =>
              part === '{date}'
                ? data.assuredDate
                  ? { date: data.assuredDate }
                  : t('service.notYet')
                : part === '{role}'
                  ? source(data.assurerRole ?? '')
                  : part,
            ),
        },
        {
          label: t('service.source'),
          // Web addresses the source cites link to the page (src/lib/content/source-links.ts).
          parts: sourceParts(data.source ?? '').map((part) =>
            part.href ? { link: part.href, text: part.text } : source(part.text),
          ),
        },
        ...(data.imported
          ? [
              {
                label: t('service.imported'),
                parts: [
                  source(importedFromLabel(data.imported)),
                  ...(data.imported.date ? [', ', { date: data.imported.date }] : []),
                ] as FactPart[],
              },
            ]
          : []),
      ],
    },
  ];
}
