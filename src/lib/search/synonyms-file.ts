/** Reads and validates the synonyms file once per build (server side only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import {
  languageSynonymsFileSchema,
  synonymsFileSchema,
  type LanguageSynonymsFile,
  type SynonymGroup,
} from '../../schemas/synonyms.ts';

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

/** Another language's synonyms file (synonyms.<code>.yaml), checked, or an error naming each problem. */
export function parseLanguageSynonyms(source: string, path = 'synonyms.ur.yaml'): LanguageSynonymsFile {
  const result = languageSynonymsFileSchema.safeParse(parse(source));
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `  ${path}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  const code = /synonyms\.([a-z]{2,3})\.yaml$/.exec(basename(path))?.[1];
  if (result.success && code !== undefined && result.data.language !== code) {
    problems.push(`  ${path}: language: "${result.data.language}" does not match the file name (${code})`);
  }
  if (!result.success || problems.length > 0) {
    throw new Error(`The search synonyms file has problems:\n${problems.join('\n')}`);
  }
  return result.data;
}

/**
 * The main groups with each language's words added to the group of the same term, so that a
 * page matching any word, in any language, is indexed with all of them. The merged groups are
 * checked like the main file: a word in two groups is an error.
 */
export function withLanguageSynonyms(
  groups: readonly SynonymGroup[],
  files: readonly { path: string; file: LanguageSynonymsFile }[],
): SynonymGroup[] {
  const merged = groups.map((group) => ({ ...group, alternatives: [...group.alternatives] }));
  const problems: string[] = [];
  for (const { path, file } of files) {
    file.groups.forEach((extra, index) => {
      const group = merged.find((candidate) => candidate.term.toLowerCase() === extra.term.toLowerCase());
      if (group) group.alternatives.push(...extra.alternatives);
      else problems.push(`  ${path}: groups.${String(index)}.term: "${extra.term}" is not a term of synonyms.yaml`);
    });
  }
  if (problems.length > 0) throw new Error(`The search synonyms file has problems:\n${problems.join('\n')}`);
  // No synonyms at all (content without a synonyms file, e.g. the export fixture) is no problem.
  if (merged.length === 0) return merged;
  const check = synonymsFileSchema.safeParse({ groups: merged });
  if (!check.success) {
    const lines = check.error.issues.map((issue) => `  synonyms.*.yaml: ${issue.message}`);
    throw new Error(`The search synonyms files have problems together:\n${lines.join('\n')}`);
  }
  return merged;
}

/** The other languages' synonyms files beside the main one: synonyms.<code>.yaml. */
export function languageSynonymsPaths(path = synonymsPath()): string[] {
  const folder = dirname(path);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^synonyms\.[a-z]{2,3}\.yaml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

let cache: { path: string; groups: SynonymGroup[] } | undefined;

/**
 * The synonym groups of the content folder, with every language's words; none when the folder
 * has no synonyms file (e.g. benchmark content).
 */
export function loadSynonyms(path = synonymsPath()): SynonymGroup[] {
  if (cache?.path === path) return cache.groups;
  const main = existsSync(path) ? parseSynonyms(readFileSync(path, 'utf8'), path) : [];
  const files = languageSynonymsPaths(path).map((file) => ({
    path: file,
    file: parseLanguageSynonyms(readFileSync(file, 'utf8'), file),
  }));
  const groups = withLanguageSynonyms(main, files);
  cache = { path, groups };
  return groups;
}
