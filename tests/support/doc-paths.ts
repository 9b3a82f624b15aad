/**
 * The repository paths README.md and docs/ name in backticks, for tests/unit/docs.test.ts (the
 * code's paths) and tests/content/docs-paths.test.ts (the area's own: area/, content/, tests/content/).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** A path in the area's own folders, which a fork replaces (see docs/fork.md). */
export const areaOwned = (path: string): boolean => /^(area|content|tests\/content)(\/|$)/.test(path);
export const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** Top-level names git ignores (build output, caches, reports), as patterns: not repository paths. */
const ignored = readFileSync(join(root, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim().replace(/^\//, '').replace(/\/$/, ''))
  .filter((line) => line && !line.startsWith('#') && !line.includes('/'))
  .map((line) => new RegExp(`^${line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));

/** The repository's top level: a backticked word starting with one of these is a path. */
const topLevel = new Set(
  readdirSync(root).filter((name) => name !== '.git' && !ignored.some((pattern) => pattern.test(name))),
);

/** Inline code spans of a markdown text (fenced code blocks left out: they show commands and output). */
export function codeSpans(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');
}

/** The repository paths a code span names: `src/lib/`, `tests/unit`, `README.md`, or several split by ", ". */
export function pathsIn(span: string): string[] {
  return span
    .split(/,\s*/)
    .map((part) => part.trim().replace(/^\.\//, ''))
    .filter((part) => /^[\w.@-]+(\/[\w.@[\]-]*)*\/?$/.test(part) && topLevel.has(part.split('/')[0] ?? ''));
}

/** Every repository path a document names. */
export function pathsNamedIn(document: string): string[] {
  return [...new Set(codeSpans(readFileSync(join(root, document), 'utf8')).flatMap(pathsIn))];
}
