/**
 * The young people's section is built twice from the same components: as
 * /young-people/ inside the Local Offer ("section"), and as the root of its own
 * sister site ("sister", `npm run build:young`). Each build makes one of the two
 * (`youngVariant`, a build constant); these helpers give it its own links. Links to
 * services go back to the Local Offer through `localOfferHref` (src/lib/urls.ts).
 */
import { siteConfig } from '../../site.config.ts';
import { buildsYoungSite, withBase } from '../urls.ts';

export type YoungVariant = 'section' | 'sister';

/** The variant this build makes. */
export const youngVariant: YoungVariant = buildsYoungSite ? 'sister' : 'section';

/** A path inside the young people's pages, e.g. youngHref('vision/') -> /young-people/vision/ in the section. */
export function youngHref(path = '', variant: YoungVariant = youngVariant): string {
  const root = variant === 'section' ? '/young-people/' : '/';
  return withBase(`${root}${path.replace(/^\//, '')}`);
}

/** The name shown in titles and the header. */
export function youngSiteName(variant: YoungVariant = youngVariant): string {
  return variant === 'section' ? siteConfig.name : siteConfig.youngSite.name;
}

/** Article topics mapped to the directory categories whose services they relate to. */
export const topicCategories: Record<string, readonly string[]> = {
  'mental-health': ['mental-health-wellbeing'],
  'your-rights': ['youth-voice'],
  'school-college': ['education-schools'],
  'jobs-money': ['employment-training', 'money-food-essentials'],
  'growing-up': ['preparing-for-adulthood'],
  'staying-safe': ['safety-urgent-help', 'domestic-abuse'],
  'your-city': ['community-activities', 'youth-voice'],
};

export interface RelatableService {
  id: string;
  data: { categories: readonly string[]; audiences: readonly string[]; status: string };
}

const youngAudiences = new Set(['young-people', 'young-adults-18-25', 'children', 'young-carers', 'care-leavers']);

/**
 * Services to show with an article: the ones it names first, then running services
 * for young people in the categories its topics map to.
 */
export function relatedServicesFor<S extends RelatableService>(
  article: { relatedServices: readonly string[]; topics: readonly string[] },
  services: readonly S[],
  limit = 6,
): S[] {
  const named = article.relatedServices
    .map((id) => services.find((service) => service.id === id))
    .filter((service): service is S => service !== undefined);
  const categories = new Set(article.topics.flatMap((topic) => topicCategories[topic] ?? []));
  const byTopic = services.filter(
    (service) =>
      !named.includes(service) &&
      service.data.status !== 'historic' &&
      service.data.categories.some((category) => categories.has(category)) &&
      service.data.audiences.some((audience) => youngAudiences.has(audience)),
  );
  return [...named, ...byTopic].slice(0, Math.max(limit, named.length));
}
