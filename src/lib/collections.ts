/** Queries over the content collections that several pages share. */
import { getCollection, type CollectionEntry } from 'astro:content';

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  a.data.name.localeCompare(b.data.name, 'en-GB');

/** Status order for lists: running services first, historic last. */
const statusOrder = { current: 0, pilot: 1, planned: 2, historic: 3 } as const;

export async function getServices(): Promise<CollectionEntry<'services'>[]> {
  const services = await getCollection('services');
  return services.sort((a, b) => statusOrder[a.data.status] - statusOrder[b.data.status] || byName(a, b));
}

export async function getOrganisations(): Promise<CollectionEntry<'organisations'>[]> {
  return (await getCollection('organisations')).sort(byName);
}

/** Only published articles are ever built. */
export async function getPublishedArticles(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles', (entry) => entry.data.status === 'published');
  return articles.sort((a, b) => b.data.publishedDate.getTime() - a.data.publishedDate.getTime());
}
