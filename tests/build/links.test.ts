import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild } from './helpers.ts';
import { checkLinks } from './link-check.ts';
import { builtSites } from '../page-types.ts';

requireBuild();

/** Broken references grouped by what is wrong, so a broken footer link is one line, not one per page. */
function grouped(lines: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const [file = '', problem = line] = line.split(/: (?=<)/);
    groups.set(problem, [...(groups.get(problem) ?? []), file]);
  }
  return [...groups].map(([problem, pages]) =>
    pages.length === 1
      ? `${String(pages[0])}: ${problem}`
      : `${problem} (on ${String(pages.length)} pages, e.g. ${String(pages[0])})`,
  );
}

const sites = builtSites().map((site) => {
  const files = new Set(
    readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).map((file) => file.split('\\').join('/')),
  );
  return { ...site, files, read: (file: string) => readFileSync(join(site.dir, file), 'utf8') };
});

describe.each(sites)('links in the $name ($dir)', (site) => {
  const result = checkLinks({
    files: site.files,
    read: site.read,
    siteOrigin: site.origin,
    base: process.env.BASE_PATH ?? '/',
    otherSites: sites.filter((other) => other !== site),
  });
  it('resolves every internal link, asset, form action and #fragment to a built file', () => {
    expect(result.checked).toBeGreaterThan(0);
    expect(grouped(result.broken)).toEqual([]);
  });

  it('lists external links (not fetched: the network is closed in CI)', () => {
    console.info(`${String(result.external.length)} external links:\n  ${result.external.join('\n  ')}`);
    expect(result.external.every((url) => /^https?:\/\//.test(url))).toBe(true);
  });
});
