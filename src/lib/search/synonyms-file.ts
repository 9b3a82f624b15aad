/** Reads and validates the synonyms file once per build (server side only). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { synonymsFileSchema, type SynonymGroup } from '../../schemas/synonyms.ts';

export const synonymsPath = (contentDir = process.env.CONTENT_DIR ?? './content') =>
  join(contentDir, 'search', 'synonyms.yaml');

/** The problems in a synonyms file as readable lines, or the groups. */
export function parseSynonyms(source: string, path = 'synonyms.yaml'): SynonymGroup[] {
  const result = synonymsFileSchema.safeParse(parse(source));
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${path}: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`The search synonyms file has problems:\n${lines.join('\n')}`);
  }
  return result.data.groups;
}

let cache: { path: string; groups: SynonymGroup[] } | undefined;

/** The synonym groups of the content folder; none when the folder has no synonyms file (e.g. benchmark content). */
export function loadSynonyms(path = synonymsPath()): SynonymGroup[] {
  if (cache?.path === path) return cache.groups;
  const groups = existsSync(path) ? parseSynonyms(readFileSync(path, 'utf8'), path) : [];
  cache = { path, groups };
  return groups;
}
