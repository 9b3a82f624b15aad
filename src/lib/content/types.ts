/**
 * The shapes content checks pass between them: a content file as read, a problem
 * found in it, and an entry that passed its schema. In their own file so that the
 * checks in other folders (geo/check.ts) and validation.ts can share them without
 * importing each other.
 */
import type { CollectionName } from '../../schemas/index.ts';

export interface ContentFile {
  collection: CollectionName;
  /** Path shown in messages, relative to the project, e.g. content/services/kooth.md */
  path: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ContentProblem {
  path: string;
  field: string;
  message: string;
}

export interface ValidEntry {
  collection: CollectionName;
  id: string;
  path: string;
  data: Record<string, unknown>;
}
