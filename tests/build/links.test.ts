import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild } from './helpers.ts';
import { checkLinks } from './link-check.ts';
import { builtSites } from '../page-types.ts';

requireBuild();

/**
 * Pages the shared layout links to that other branches are still building (path
 * prefixes). Links to them are listed, not failed; once any page under a prefix is
 * built, the last test asks to remove it from this list, so it can only shrink.
 */
const notBuiltYet: string[] = [];

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
const mainFiles = sites[0]?.files ?? new Set<string>();

describe.each(sites)('links in the $name ($dir)', (site) => {
  const result = checkLinks({
    files: site.files,
    read: site.read,
    siteOrigin: site.origin,
    base: process.env.BASE_PATH ?? '/',
    otherSites: sites.filter((other) => other !== site),
  });
  // A pending page is named by its path, or by its full URL from the sister site.
  const pending = (line: string) =>
    notBuiltYet.some((path) => line.includes(`="${path}`) || line.includes(`="${String(sites[0]?.origin)}${path}`));

  it('resolves every internal link, asset, form action and #fragment to a built file', () => {
    expect(result.checked).toBeGreaterThan(0);
    expect(grouped(result.broken.filter((line) => !pending(line)))).toEqual([]);
    const waiting = result.broken.filter(pending);
    if (waiting.length > 0) console.info(`${String(waiting.length)} links to pages not built yet`, notBuiltYet);
  });

  it('lists external links (not fetched: the network is closed in CI)', () => {
    console.info(`${String(result.external.length)} external links:\n  ${result.external.join('\n  ')}`);
    expect(result.external.every((url) => /^https?:\/\//.test(url))).toBe(true);
  });
});

describe('links to pages other branches build', () => {
  it('keeps the list of pages not built yet honest', () => {
    const built = notBuiltYet.filter((prefix) => [...mainFiles].some((file) => `/${file}`.startsWith(prefix)));
    expect(built, 'these pages are built now: remove them from notBuiltYet').toEqual([]);
  });
});
