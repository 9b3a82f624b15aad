import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, requireBuild } from './helpers.ts';
import { candidateFiles, checkLinks } from './link-check.ts';
import { siteConfig } from '../../src/site.config.ts';

beforeAll(requireBuild);

/**
 * Pages the shared layout links to that other branches are still building. Links to
 * them are listed, not failed; once a page is built, the last test asks to remove it
 * from this list, so it can only shrink.
 */
const notBuiltYet: string[] = [
  '/about/',
  '/accessibility/',
  '/privacy/',
  '/you-said-we-did/',
  '/urgent-help/',
  '/localities/',
  '/grants/',
  '/young-people/',
  '/professionals/',
  '/search/',
  '/organisations/kooth/',
  '/organisations/birmingham-city-council/',
  '/organisations/birmingham-childrens-partnership/',
  '/organisations/bvsc/',
];

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

describe('links in the built site', () => {
  const files = new Set(
    readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split('\\').join('/')),
  );
  const result = (() => {
    requireBuild();
    return checkLinks({
      files,
      read: (file) => readFileSync(join(distDir, file), 'utf8'),
      siteOrigin: new URL(siteConfig.siteUrl).origin,
      base: process.env.BASE_PATH ?? '/',
    });
  })();
  const pending = (line: string) => notBuiltYet.some((path) => line.includes(`="${path}"`));

  it('resolves every internal link, asset, form action and #fragment to a built file', () => {
    expect(result.checked).toBeGreaterThan(0);
    expect(grouped(result.broken.filter((line) => !pending(line)))).toEqual([]);
    const waiting = result.broken.filter(pending);
    if (waiting.length > 0) console.info(`Links to pages not built yet (${String(waiting.length)}):`, notBuiltYet);
  });

  it('lists external links (not fetched: the network is closed in CI)', () => {
    console.info(`${String(result.external.length)} external links:\n  ${result.external.join('\n  ')}`);
    expect(result.external.every((url) => /^https?:\/\//.test(url))).toBe(true);
  });

  it('keeps the list of pages not built yet honest', () => {
    const built = notBuiltYet.filter((path) => candidateFiles(path).some((file) => files.has(file)));
    expect(built, 'these pages are built now: remove them from notBuiltYet').toEqual([]);
  });
});
