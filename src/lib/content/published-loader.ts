/**
 * Astro's glob loader, less the drafts: an entry whose front matter says `status: draft` is never
 * parsed by the collection schema nor stored, so no page, feed, download, sitemap or search index
 * can show it. Drafts stay in content/ for the CMS and the review report, and are validated with
 * their own schema by the content check (src/lib/content/validation.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

export const isDraft = (data: unknown): boolean =>
  data !== null && typeof data === 'object' && (data as { status?: unknown }).status === 'draft';

export function withoutDrafts(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}-without-drafts`,
    load: (context) => {
      const store = context.store;
      const publishedOnly: Store = new Proxy(store, {
        get(target, property, receiver) {
          if (property === 'set') {
            return (entry: Parameters<Store['set']>[0]) => {
              if (!isDraft(entry.data)) return target.set(entry);
              // A listing turned back into a draft leaves the site too.
              target.delete(entry.id);
              return false;
            };
          }
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      return loader.load({
        ...context,
        store: publishedOnly,
        // A draft may lack required fields: it is not checked against the published schema.
        parseData: async (props) => (isDraft(props.data) ? props.data : context.parseData(props)),
      });
    },
  };
}
