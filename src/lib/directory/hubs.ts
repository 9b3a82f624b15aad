/** What a topic hub gathers: anything tagged with one of its categories, needs or article topics. */
import { articleTopics, pfaPathways, termLabel, termValues } from '../../schemas/taxonomy.ts';
import type { Translator } from '../../i18n/index.ts';
import { facetByKey, servicesFor, type BrowsableService, type Facet } from './browse.ts';
import type { SeeAllLink } from './section-limits.ts';

export interface HubTopics {
  categories?: readonly string[];
  needs?: readonly string[];
  articleTopics?: readonly string[];
  pfaPathways?: readonly string[];
}

const overlaps = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).some((value) => (b ?? []).includes(value));

/** True when an entry's tags meet any of the hub's topics. */
export function belongsToHub(
  tags: {
    categories?: readonly string[];
    needs?: readonly string[];
    topics?: readonly string[];
    pfaPathways?: readonly string[];
  },
  hub: HubTopics,
): boolean {
  return (
    overlaps(tags.categories, hub.categories) ||
    overlaps(tags.needs, hub.needs) ||
    overlaps(tags.topics, hub.articleTopics) ||
    overlaps(tags.pfaPathways, hub.pfaPathways)
  );
}

/** The topic hubs, by URL path: what each one gathers. */
export const hubs = {
  '/autism/': { categories: ['autism-adhd'], needs: ['autism', 'adhd'] },
  '/mental-health/': {
    categories: ['mental-health-wellbeing'],
    needs: ['mental-health', 'anxiety', 'eating-disorders', 'self-harm', 'bereavement'],
    articleTopics: ['mental-health'],
  },
  '/preparing-for-adulthood/': {
    categories: ['preparing-for-adulthood'],
    pfaPathways: termValues(pfaPathways),
  },
} as const satisfies Record<string, HubTopics>;

export interface BrowseLink {
  /** Site path of the browse list, e.g. /services/need/autism/. */
  href: string;
  label: string;
  /** The browse facet and value, for naming the list in another language. */
  facet: Facet['key'];
  value: string;
  /** How many listings that browse list has (historic ones included, as it shows them). */
  count: number;
}

/**
 * The browse lists that hold, between them, every service a hub rule gathers: one
 * per category, need or area of adult life of the rule. Values with no listing are
 * left out, as they have no browse page. A hub section cut short links to these.
 */
export function browseLinksFor(
  rule: Pick<HubTopics, 'categories' | 'needs' | 'pfaPathways'>,
  services: readonly { data: BrowsableService }[],
): BrowseLink[] {
  const parts: [Facet['key'], readonly string[] | undefined][] = [
    ['category', rule.categories],
    ['need', rule.needs],
    ['pathway', rule.pfaPathways],
  ];
  return parts.flatMap(([key, values]) => {
    const facet = facetByKey(key);
    if (!facet) return [];
    return (values ?? []).flatMap((value) => {
      const count = servicesFor(services, facet, value).length;
      const label = facet.terms.find((term) => term.value === value)?.label ?? value;
      return count > 0 ? [{ href: `/services/${key}/${value}/`, label, facet: key, value, count }] : [];
    });
  });
}

/**
 * "More articles about mental health": the young people's topic pages a hub links to. The
 * young people's section is in English only, so the topic's name is English on a translated
 * page and marked as such (the link's `message`, which <SeeAll> writes with <Message>).
 */
export function articleTopicLinks(hub: HubTopics, translator: Translator): SeeAllLink[] {
  const { t, sourceLang, language } = translator;
  return (hub.articleTopics ?? []).map((topic) => {
    const vars = { topic: termLabel(articleTopics, topic).toLocaleLowerCase(sourceLang ?? language.htmlLang) };
    return {
      href: `/young-people/topics/${topic}/`,
      text: t('hub.moreArticles', vars),
      message: { k: 'hub.moreArticles', vars, english: ['topic'] },
    };
  });
}
