/**
 * The facts of a service's page, described once: its three lists ("The essentials",
 * "Where", "More details"), each fact's label and the parts of its value. The service
 * page (src/pages/services/[id].astro) and the CMS preview (src/cms/previews/ServicePreview.tsx)
 * both render these, so an editor previews what the page will show.
 */
import {
  accessRoutes,
  audiences,
  categories,
  deliveryModes,
  levelsOfNeed,
  serviceAreas,
  serviceKinds,
  serviceStatuses,
  specificNeeds,
  termLabel,
  type TermDefinition,
} from '../../schemas/taxonomy.ts';
import { sourceParts } from '../content/source-links.ts';
import { ageRangeLabel, costLabel, importedFromLabel } from './labels.ts';

/** A part of a fact's value: text, a paragraph, a link, a date (shown as <time>), tags or a list. */
export type FactPart =
  | string
  | { paragraph: string }
  | { link: string; text: string }
  | { date: Date }
  | { tags: string[]; label: string }
  | { items: string[] };

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
  interpretationServices?: string | undefined;
  accessibility?: string | undefined;
  anonymous?: boolean | undefined;
  status?: string | undefined;
  assuredDate?: Date | undefined;
  assurerRole?: string | undefined;
  source?: string | undefined;
}

const labels = (terms: readonly TermDefinition[], values: readonly string[]) =>
  values.map((value) => termLabel(terms, value)).join(', ');

/** The service's three lists of facts; "Run by" links to the organisation's page when it has one. */
export function serviceFactSections(
  data: ServiceFactsInput,
  organisation?: { name: string; href?: string | undefined },
): [essentials: FactSection, where: FactSection, more: FactSection] {
  const publicLocations = data.locations.filter((location) => location.confidential !== true);
  const places = publicLocations.map((location) =>
    [location.name, location.address, location.postcode].filter(Boolean).join(', '),
  );
  const costType = data.cost?.type;
  return [
    {
      heading: 'The essentials',
      facts: [
        {
          label: 'What it is',
          parts: [`${termLabel(serviceKinds, data.kind ?? 'service')}: ${labels(categories, data.categories)}`],
        },
        {
          label: 'Who it is for',
          parts: [
            `${labels(audiences, data.audiences)}. Ages: ${ageRangeLabel(data)}.`,
            ...(data.eligibilityDescription ? [` ${data.eligibilityDescription}`] : []),
          ],
        },
        {
          label: 'Cost',
          parts: [
            costType ? costLabel({ type: costType }) : 'Not stated',
            ...(data.cost?.detail ? [`. ${data.cost.detail}`] : []),
          ],
        },
        {
          label: 'How to get help',
          parts: [
            { paragraph: data.applicationProcess ?? '' },
            { tags: data.accessRoutes.map((route) => termLabel(accessRoutes, route)), label: 'Ways in' },
          ],
        },
      ],
    },
    {
      heading: 'Where',
      facts: [
        {
          label: 'Areas',
          parts: [labels(serviceAreas, data.localities), ...(data.neighbourhood ? [` (${data.neighbourhood})`] : [])],
        },
        { label: 'How it is delivered', parts: [labels(deliveryModes, data.delivery)] },
        {
          label: 'Places',
          parts:
            places.length > 0
              ? [{ items: places }]
              : [
                  {
                    paragraph:
                      data.locations.length > 0
                        ? 'The address is not published, to keep people safe.'
                        : 'No fixed address is confirmed for this service.',
                  },
                ],
        },
      ],
    },
    {
      heading: 'More details',
      noPrint: true,
      facts: [
        { label: 'Level of need', parts: [labels(levelsOfNeed, data.levelOfNeed)] },
        ...(data.needs.length > 0 ? [{ label: 'Helps with', parts: [labels(specificNeeds, data.needs)] }] : []),
        {
          label: 'Languages',
          parts: [
            data.languages.length > 0 ? data.languages.join(', ') : 'Not stated',
            ...(data.interpretationServices ? [`. ${data.interpretationServices}`] : []),
          ],
        },
        {
          label: 'Accessibility',
          parts: [data.accessibility ?? 'Not stated yet: ask the service about access needs.'],
        },
        ...(data.anonymous
          ? [{ label: 'Anonymous', indexLabel: true, parts: ['You can use this service without giving your name.'] }]
          : []),
        { label: 'Status', parts: [data.status ? termLabel(serviceStatuses, data.status) : ''] },
        ...(organisation
          ? [
              {
                label: 'Run by',
                parts: [organisation.href ? { link: organisation.href, text: organisation.name } : organisation.name],
              },
            ]
          : []),
        {
          label: 'Last checked',
          parts: [data.assuredDate ? { date: data.assuredDate } : 'Not yet', ` by ${data.assurerRole ?? ''}`],
        },
        {
          label: 'Source',
          // Web addresses the source cites link to the page (src/lib/content/source-links.ts).
          parts: sourceParts(data.source ?? '').map((part) =>
            part.href ? { link: part.href, text: part.text } : part.text,
          ),
        },
        ...(data.imported
          ? [
              {
                label: 'Imported',
                parts: [
                  importedFromLabel(data.imported),
                  ...(data.imported.date ? [', imported ', { date: data.imported.date }] : []),
                ],
              },
            ]
          : []),
      ],
    },
  ];
}
