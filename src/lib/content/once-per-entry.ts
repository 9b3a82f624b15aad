/**
 * Wraps `make` so that it runs once per content entry and every later call for the same
 * entry shares the result. A listing's page is rendered once in each interface language
 * (src/i18n/routes.ts) and its card on many browse pages: what does not depend on the page's
 * language or address (search data, its pin map) is made once per listing, not once per page.
 *
 * Keyed by the entry's `data` object, which Astro's content store keeps for the whole build and
 * replaces when the entry's file changes (so `astro dev` sees edits). Weak, so a result lives no
 * longer than its entry's data. `make` must read nothing but the entry and build-wide settings.
 */
export function oncePerEntry<Entry extends { data: object }, T>(make: (entry: Entry) => T): (entry: Entry) => T {
  const made = new WeakMap<object, { value: T }>();
  return (entry) => {
    let found = made.get(entry.data);
    if (!found) {
      found = { value: make(entry) };
      made.set(entry.data, found);
    }
    return found.value;
  };
}
