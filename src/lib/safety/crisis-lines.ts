/** Local crisis lines (content/crisis-lines/), read once per build and shared by every page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from '../content/once-per-build.ts';

/**
 * In order (`order`, then name). Read once per build: the collection is empty until a
 * number is confirmed, and Astro warns about an empty collection on every read.
 */
export const getCrisisLines: () => Promise<CollectionEntry<'crisis-lines'>[]> = oncePerBuild(() =>
  getCollection('crisis-lines').then((entries) =>
    entries.sort(
      (a, b) => (a.data.order ?? 999) - (b.data.order ?? 999) || a.data.name.localeCompare(b.data.name, 'en-GB'),
    ),
  ),
);
