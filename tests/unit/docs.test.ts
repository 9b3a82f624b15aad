/**
 * README.md and docs/ stay true: every repository path they name in backticks exists,
 * and every npm script they name is in package.json. Paths under folders the build or
 * the tools write (dist/, reports/...) are not in the repository, so they are left out.
 * Paths in the area's own folders (area/, content/, tests/content/: what a fork replaces) are
 * checked by tests/content/docs-paths.test.ts, so a copy with another area passes this file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaOwned, codeSpans, documents, pathsIn, pathsNamedIn, root } from '../support/doc-paths.ts';

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts,
);

describe.each(documents)('%s', (document) => {
  const text = readFileSync(join(root, document), 'utf8');

  it('names only repository paths that exist', () => {
    const named = pathsNamedIn(document);
    expect(named.filter((path) => !areaOwned(path) && !existsSync(join(root, path)))).toEqual([]);
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
