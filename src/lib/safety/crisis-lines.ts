/** Local crisis lines (content/crisis-lines/), read once per build and shared by every page. */
import { getCollection, type CollectionEntry } from 'astro:content';

let lines: Promise<CollectionEntry<'crisis-lines'>[]> | undefined;

/**
 * In order (`order`, then name). Read once: the collection is empty until a number is
 * confirmed, and Astro warns about an empty collection on every read.
 */
export function getCrisisLines(): Promise<CollectionEntry<'crisis-lines'>[]> {
  lines ??= getCollection('crisis-lines').then((entries) =>
    entries.sort(
      (a, b) => (a.data.order ?? 999) - (b.data.order ?? 999) || a.data.name.localeCompare(b.data.name, 'en-GB'),
    ),
  );
  return lines;
}
