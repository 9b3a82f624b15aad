/**
 * The option lists whose labels are translated: every fact a listing page shows from a list.
 * Named once here; the strings files' types and English's labels are derived from it.
 */
import {
  accessRoutes,
  ageBands,
  audiences,
  categories,
  costTypes,
  deliveryModes,
  grantApplicants,
  grantStatuses,
  levelsOfNeed,
  organisationKinds,
  pfaPathways,
  serviceAreas,
  serviceKinds,
  serviceStatuses,
  specificNeeds,
  weekdays,
} from '../schemas/taxonomy.ts';

export const translatedTermLists = {
  serviceKinds,
  categories,
  audiences,
  ageBands,
  levelsOfNeed,
  specificNeeds,
  serviceAreas,
  deliveryModes,
  costTypes,
  accessRoutes,
  serviceStatuses,
  weekdays,
  grantApplicants,
  grantStatuses,
  pfaPathways,
  organisationKinds,
} as const;

export type TranslatedTermLists = typeof translatedTermLists;
