/**
 * Astro content collections over the top-level content/ folder, one per schema
 * in src/schemas/. CONTENT_DIR points the build at another folder (the
 * benchmark's synthetic listings, the import round-trip test).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, type CollectionName } from './schemas/index.ts';
import { withoutDrafts } from './lib/content/published-loader.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';

const loaderFor = (name: CollectionName) => withoutDrafts(glob({ base: `${contentDir}/${name}`, pattern: '**/*.md' }));

export const collections = {
  services: defineCollection({ loader: loaderFor('services'), schema: collectionSchemas.services }),
  organisations: defineCollection({ loader: loaderFor('organisations'), schema: collectionSchemas.organisations }),
  grants: defineCollection({ loader: loaderFor('grants'), schema: collectionSchemas.grants }),
  localities: defineCollection({ loader: loaderFor('localities'), schema: collectionSchemas.localities }),
  articles: defineCollection({ loader: loaderFor('articles'), schema: collectionSchemas.articles }),
  guides: defineCollection({ loader: loaderFor('guides'), schema: collectionSchemas.guides }),
  pages: defineCollection({ loader: loaderFor('pages'), schema: collectionSchemas.pages }),
  glossary: defineCollection({ loader: loaderFor('glossary'), schema: collectionSchemas.glossary }),
  feedback: defineCollection({ loader: loaderFor('feedback'), schema: collectionSchemas.feedback }),
};
