/**
 * Versions past known advisories: astro 7.2.8 or later, and decap-cms-app 3.13.0 or later
 * (preview-pane XSS, CVE-2025-57520) once the CMS is added. Checks both the range in
 * package.json and the version actually installed (package-lock.json).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const minimums: Record<string, string> = { astro: '7.2.8', 'decap-cms-app': '3.13.0' };

const parts = (version: string) =>
  version
    .replace(/^[\^~>=v\s]+/, '')
    .split(/[.-]/)
    .slice(0, 3)
    .map(Number);
function atLeast(version: string, minimum: string): boolean {
  const [a = 0, b = 0, c = 0] = parts(version);
  const [x = 0, y = 0, z = 0] = parts(minimum);
  return a !== x ? a > x : b !== y ? b > y : c >= z;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

describe('dependencies past known advisories', () => {
  it('has a working version comparison', () => {
    expect(atLeast('^7.3.5', '7.2.8')).toBe(true);
    expect(atLeast('7.2.7', '7.2.8')).toBe(false);
    expect(atLeast('3.13.0', '3.13.0')).toBe(true);
  });

  for (const [name, minimum] of Object.entries(minimums)) {
    it(`${name} is ${minimum} or later where it is used`, () => {
      const range = manifest.dependencies?.[name] ?? manifest.devDependencies?.[name];
      const installed = lock.packages[`node_modules/${name}`]?.version;
      if (range === undefined) return; // not a dependency (yet)
      expect(atLeast(range, minimum), `package.json asks for ${range}`).toBe(true);
      expect(installed && atLeast(installed, minimum), `package-lock.json has ${String(installed)}`).toBe(true);
    });
  }
});
