/**
 * The source's layers, read from its import statements: no module imports another
 * that imports it back (an import circle), and no lower layer imports a higher one.
 * From the bottom up: schemas, lib, the CMS configuration, then what Astro renders.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const sourceFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|tsx|astro|mjs)$/.test(file) && !file.endsWith('.d.ts'))
  .map((file) => join('src', file).split('\\').join('/'));

/** Relative imports of a file (static, dynamic, type-only and `new URL` workers), as repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)['"](\.{1,2}\/[^'"?]+)/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) =>
    relative(root, resolve(root, dirname(file), specifier))
      .split('\\')
      .join('/'),
  );
}

const graph = new Map(sourceFiles.map((file) => [file, importsOf(file)]));

/** Every circle in the graph, each once, as the files in it. */
function circles(): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      found.push(path.slice(at));
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
  return found;
}

/**
 * 0: the content model, site and area settings and styles; 1: helpers, the interface
 * languages (src/i18n/, read by helpers that word things: a listing's facts, the search state) among them; 2: the CMS configuration;
 * 3: what Astro renders or runs (components, layouts, pages, the CMS admin's entry,
 * pages, previews and widgets, build integrations).
 */
const layerOf = (file: string): number => {
  if (/^src\/(schemas|styles|data)\//.test(file) || file === 'src/site.config.ts' || file === 'src/area.ts') return 0;
  if (file.startsWith('src/lib/') || file.startsWith('src/i18n/')) return 1;
  if (file.startsWith('src/cms/') && !/^src\/cms\/(pages|previews|widgets)\/|^src\/cms\/admin(-entry)?\.ts$/.test(file))
    return 2;
  return 3;
};

describe('source layers', () => {
  it('has every file it reads (the import patterns still match the code)', () => {
    expect(sourceFiles.length).toBeGreaterThan(100);
    expect(graph.get('src/lib/content/validation.ts')).toContain('src/lib/content/types.ts');
  });

  it('has no import circle', () => {
    expect(circles()).toEqual([]);
  });

  it('has no lower layer importing a higher one (schemas < lib < cms < components, pages, integrations)', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => target.startsWith('src/') && layerOf(target) > layerOf(file))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
