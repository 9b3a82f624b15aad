/** Queries over the content collections that several pages share. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from './once-per-build.ts';

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
  a.data.name.localeCompare(b.data.name, 'en-GB');

/** Status order for lists: running services first, historic last. */
const statusOrder = { current: 0, pilot: 1, planned: 2, historic: 3, draft: 4 } as const;

// About sixty pages and routes ask for the sorted services: a build sorts them once (100,000 take
// a quarter of a second each time).
const sortedServices = oncePerBuild(async () =>
  (await getCollection('services')).sort(
    (a, b) => statusOrder[a.data.status] - statusOrder[b.data.status] || byName(a, b),
  ),
);

/** Every service: running ones first, historic last, then by name. A new array each call. */
export async function getServices(): Promise<CollectionEntry<'services'>[]> {
  return [...(await sortedServices())];
}

export async function getOrganisations(): Promise<CollectionEntry<'organisations'>[]> {
  return (await getCollection('organisations')).sort(byName);
}

/** Only published articles are ever built. */
export async function getPublishedArticles(): Promise<CollectionEntry<'articles'>[]> {
  const articles = await getCollection('articles', (entry) => entry.data.status === 'published');
  return articles.sort((a, b) => b.data.publishedDate.getTime() - a.data.publishedDate.getTime());
}

export async function getGrants(): Promise<CollectionEntry<'grants'>[]> {
  return (await getCollection('grants')).sort(byName);
}

/** Localities by name. */
export async function getLocalities(): Promise<CollectionEntry<'localities'>[]> {
  return (await getCollection('localities')).sort(byName);
}

/** Guides by their `order` field, then by title. */
export async function getGuides(): Promise<CollectionEntry<'guides'>[]> {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en-GB'));
}

/** Published "you said, we did" comments, newest response first. */
export async function getFeedback(): Promise<CollectionEntry<'feedback'>[]> {
  const feedback = await getCollection('feedback');
  return feedback.sort((a, b) => b.data.responded.getTime() - a.data.responded.getTime());
}
