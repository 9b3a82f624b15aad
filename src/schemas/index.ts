/** The content model: one zod schema per collection, keyed by the folder under content/. */
import { articleSchema } from './articles.ts';
import { feedbackSchema } from './feedback.ts';
import { glossarySchema } from './glossary.ts';
import { grantSchema } from './grants.ts';
import { guideSchema } from './guides.ts';
import { localitySchema } from './localities.ts';
import { organisationSchema } from './organisations.ts';
import { pageSchema } from './pages.ts';
import { serviceSchema } from './services.ts';

export const collectionSchemas = {
  services: serviceSchema,
  organisations: organisationSchema,
  grants: grantSchema,
  localities: localitySchema,
  articles: articleSchema,
  guides: guideSchema,
  pages: pageSchema,
  glossary: glossarySchema,
  feedback: feedbackSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];

/**
 * Collections whose markdown body is the entry's main text: the content check requires
 * it, and the CMS gives these collections a body field. The others are front matter only.
 */
export const collectionsWithBody: readonly CollectionName[] = [
  'services',
  'organisations',
  'grants',
  'localities',
  'articles',
  'guides',
  'pages',
  'glossary',
];

export {
  articleSchema,
  feedbackSchema,
  glossarySchema,
  grantSchema,
  guideSchema,
  localitySchema,
  organisationSchema,
  pageSchema,
  serviceSchema,
};
