/**
 * Nothing particular to one area is written into src/: names of the area, its localities
 * and its region come from area/area.config.ts, so a fork changes them in one place.
 * Comments and lines that give an example ("e.g.", "for example") may name places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area } from '../../src/area.ts';

const codeFile = /\.(ts|tsx|astro|mjs|js|css)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return codeFile.test(entry.name) ? [path] : [];
  });
}

/** The text of a file without its comments (block, line and JSX comments). */
function withoutComments(text: string): string {
  return text
    .replace(/\{?\/\*[\s\S]*?\*\/\}?/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const isExample = (line: string) => /\be\.g\.|for example/i.test(line);

const placeNames = [
  area.name,
  area.bounds.name.replace(/^the /i, ''),
  ...area.localities.map((locality) => locality.label),
];

describe('src/ is free of area names', () => {
  it('finds a place name in code, but not in a comment or an example', () => {
    const sample = `// ${area.name} is fine here\nconst hint = 'e.g. ${area.name}';\nconst title = 'Help in ${area.name}';`;
    const hits = withoutComments(sample)
      .split('\n')
      .filter((line) => !isExample(line) && line.includes(area.name));
    expect(hits).toEqual([`const title = 'Help in ${area.name}';`]);
  });

  it.each(filesUnder('src'))('%s names no place of the area', (file) => {
    const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
    const found = lines.flatMap((line, index) =>
      isExample(line)
        ? []
        : placeNames
            .filter((name) => line.toLowerCase().includes(name.toLowerCase()))
            .map((name) => `line ${String(index + 1)}: "${name}" (move it to area/area.config.ts)`),
    );
    expect(found).toEqual([]);
  });
});
