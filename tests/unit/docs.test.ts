/**
 * README.md and docs/ stay true: every repository path they name in backticks exists,
 * and every npm script they name is in package.json. Paths under folders the build or
 * the tools write (dist/, reports/...) are not in the repository, so they are left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const documents = [
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
function codeSpans(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');
}

/** The repository paths a code span names: `src/lib/`, `tests/unit`, `README.md`, or several split by ", ". */
function pathsIn(span: string): string[] {
  return span
    .split(/,\s*/)
    .map((part) => part.trim().replace(/^\.\//, ''))
    .filter((part) => /^[\w.@-]+(\/[\w.@[\]-]*)*\/?$/.test(part) && topLevel.has(part.split('/')[0] ?? ''));
}

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts,
);

describe.each(documents)('%s', (document) => {
  const text = readFileSync(join(root, document), 'utf8');

  it('names only repository paths that exist', () => {
    const named = [...new Set(codeSpans(text).flatMap(pathsIn))];
    expect(named.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const named = [...new Set([...text.matchAll(/\bnpm run ([\w-]+(?::[\w-]+)*)/g)].map((match) => match[1] ?? ''))];
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});

describe("README's What is where", () => {
  it('names every folder of src/ and of src/lib/', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(
      readme.indexOf('## What is where'),
      readme.indexOf('\n## ', readme.indexOf('## What is where') + 1),
    );
    const folders = (dir: string) =>
      readdirSync(join(root, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    const missing = [
      ...folders('src').filter((name) => !table.includes(`src/${name}/`)),
      ...folders('src/lib').filter((name) => !table.includes(`\`${name}/\``)),
    ];
    expect(missing).toEqual([]);
  });
});

describe('the docs check itself', () => {
  it('reads paths out of code spans, and leaves fenced blocks and non-paths alone', () => {
    expect(codeSpans('See `src/lib/urls.ts` and `npm test`.\n```\n`dist/x`\n```\n')).toEqual([
      'src/lib/urls.ts',
      'npm test',
    ]);
    expect(pathsIn('src/lib/urls.ts')).toEqual(['src/lib/urls.ts']);
    expect(pathsIn('tests/unit, tests/build')).toEqual(['tests/unit', 'tests/build']);
    expect(pathsIn('npm test')).toEqual([]);
    expect(pathsIn('dist/_headers')).toEqual([]);
    expect(pathsIn('dist-young/index.html')).toEqual([]);
  });
});
