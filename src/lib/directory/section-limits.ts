/**
 * Locality pages and topic hubs show the first few listings of each section and
 * link to the paged browse lists for the rest: with thousands of listings, a page
 * that lists everything weighs megabytes, and families use the site on phones
 * with little data. Pure, so the rule is unit-tested.
 */
import { facetTermLists, type StringKey, type Translator, type Vars } from '../../i18n/index.ts';
import type { Facet } from './browse.ts';
import { countLabel } from './labels.ts';

/** How many listings a section shows before it links to the full list. */
export const sectionLimit = 10;

/**
 * A list at most this much longer than the limit is shown whole: a link to see two
 * more would cost more than the two entries. So a section shows at most 15.
 */
export const sectionSlack = 5;

export interface FirstOf<T> {
  /** The first `limit` items, in the order given. */
  shown: T[];
  total: number;
  /** How many are left for the full list. */
  more: number;
}

export function firstOf<T>(items: readonly T[], limit = sectionLimit, slack = sectionSlack): FirstOf<T> {
  const shown = items.length <= limit + slack ? [...items] : items.slice(0, Math.max(0, limit));
  return { shown, total: items.length, more: items.length - shown.length };
}

/** A link under a cut-short section, as <SeeAll> writes it. */
export interface SeeAllLink {
  href: string;
  text: string;
  /**
   * The same text as an interface string whose named placeholders take English words (a locality's
   * name): <SeeAll> writes it with <Message>, so those words are marked on a translated page.
   */
  message?: { k: StringKey; vars: Vars; english: readonly string[] };
  /** The `lang` of the whole text, when it is English on a translated page (a locality's name). */
  lang?: string | undefined;
  /** Said after the link, e.g. "(12 listings)". */
  note?: string;
}

/**
 * Links to full lists, worded for <SeeAll>: one list reads as a sentence ("See all
 * 40 listings for Autism"); several are a list of names, each with its count.
 */
export function seeAllLinks(
  lists: readonly { href: string; label: string; facet?: Facet['key']; value?: string; count: number }[],
  translator?: Translator,
): SeeAllLink[] {
  const [only] = lists;
  if (translator) {
    // In the page's language: the list's name from the translated option list (src/i18n/).
    const label = (list: (typeof lists)[number]) =>
      list.facet && list.facet !== 'language' && list.value
        ? translator.term(facetTermLists[list.facet], list.value)
        : list.label;
    const labelLang = (list: (typeof lists)[number]) =>
      list.facet && list.facet !== 'language' && list.value
        ? translator.termLang(facetTermLists[list.facet], list.value)
        : undefined;
    if (lists.length === 1 && only) {
      const vars = { count: only.count, label: label(only) };
      return [
        {
          href: only.href,
          text: translator.t('seeAll.listingsFor', vars),
          ...(labelLang(only) ? { message: { k: 'seeAll.listingsFor', vars, english: ['label'] } } : {}),
        },
      ];
    }
    return lists.map((list) => ({
      href: list.href,
      text: label(list),
      ...(labelLang(list) ? { lang: labelLang(list) } : {}),
      note: `(${translator.t('count.listings', { count: list.count })})`,
    }));
  }
  if (lists.length === 1 && only) {
    return [{ href: only.href, text: `See all ${countLabel(only.count, 'listing')} for ${only.label}` }];
  }
  return lists.map((list) => ({ href: list.href, text: list.label, note: `(${countLabel(list.count, 'listing')})` }));
}
