/** What a topic hub gathers: anything tagged with one of its categories, needs or article topics. */
import { pfaPathways, termValues } from '../schemas/taxonomy.ts';

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
