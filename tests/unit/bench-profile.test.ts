import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderProfile, renderedTypeOf, timedSteps } from '../../scripts/bench/profile.ts';
import { medianRows, targetRows, raisedHeapLimit } from '../../scripts/bench/targets.ts';
import { editedListing, listingToChange, withOneListingChanged } from '../../scripts/bench/change-to-live.ts';
import type { BuildResult } from '../../scripts/bench/build-run.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-profile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the profile read from a build log', () => {
  const log = [
    ' generating static routes ',
    '\u001b[2m02:21:15\u001b[22m   ├─ /services/a/index.html (+4ms) ',
    '02:21:15   ├─ /services/b/index.html (+6ms) ',
    '02:21:15   ├─ /services/category/food/2/index.html (+10ms) ',
    '02:21:16   ├─ /data/oruk/services/page-1.json (+1.5s) ',
    '02:21:16   ├─ /data/services.csv (+300ms) ',
    '02:21:16   └─ /localities/acocks-green/boundary.svg (+2ms) ',
    '02:21:35 ✓ Completed in 21.22s.',
    '02:20:33 [local-offer:content-check] 1229 content entries checked: no problems, in 812 ms.',
    '02:21:36 [local-offer:security-headers] _headers written: one policy merged from 1853 pages in 240 ms.',
    '[search-index] Search index: pages read and handed to Pagefind in 2500 ms.',
    '[search-index] Search index: 1230 pages in 15400 ms.',
  ].join('\n');

  it('sums the time of each page type and data file, largest first', () => {
    expect(renderProfile(log)).toEqual([
      { name: 'Open Referral UK feed pages', files: 1, ms: 1500 },
      { name: 'data file services.csv', files: 1, ms: 300 },
      { name: 'service', files: 2, ms: 10 },
      { name: 'directory page', files: 1, ms: 10 },
      { name: 'locality map images', files: 1, ms: 2 },
    ]);
  });

  it('sums the types under a threshold into one row', () => {
    const profile = renderProfile(log, undefined, 100);
    expect(profile.map((entry) => entry.name)).toEqual([
      'Open Referral UK feed pages',
      'data file services.csv',
      '3 other types',
    ]);
    expect(profile[2]).toMatchObject({ files: 4, ms: 22 });
  });

  it('names files the page types do not cover', () => {
    expect(renderedTypeOf('/sitemap-0.xml')).toBe('file sitemap-0.xml');
    expect(renderedTypeOf('/no-such-type/index.html')).toBe('other page');
  });

  it('reads the steps that time themselves', () => {
    expect(timedSteps(log)).toEqual([
      { step: 'local-offer:content-check', what: '1229 content entries checked: no problems', ms: 812 },
      {
        step: 'local-offer:security-headers',
        what: '_headers written: one policy merged from 1853 pages',
        ms: 240,
      },
      { step: 'search-index', what: 'Search index: pages read and handed to Pagefind', ms: 2500 },
      { step: 'search-index', what: 'Search index: 1230 pages', ms: 15400 },
    ]);
  });
});

describe('the targets, as ratios to the minimal site', () => {
  const build = (ms: number, phases: BuildResult['phases'], peakTreeBytes: number): BuildResult => ({
    ms,
    loadBefore: '0.5',
    peakTreeBytes,
    peakProcessBytes: undefined,
    cpuSeconds: ms / 1000,
    phases,
    log: '',
  });
  const minimal = build(10_000, { loadingMs: 4000, renderingMs: 4000, searchIndexMs: 2000 }, 1024 ** 3);

  it('says which targets are met and by how much the others are missed', () => {
    const site = build(25_000, { loadingMs: 6000, renderingMs: 12_000, searchIndexMs: 3000 }, 2.5 * 1024 ** 3);
    const rows = targetRows(10_000, site, minimal);
    const byMeasure = new Map(rows.map((row) => [row.measure.split(' ')[0], row]));
    expect(byMeasure.get('Whole')).toMatchObject({ ratio: '2.50×', target: '≤ 2.00×' });
    expect(byMeasure.get('Whole')?.verdict).toBe('missed by 0.50× (5.0 s over)');
    expect(byMeasure.get('Pagefind')).toMatchObject({ ratio: '1.50×', verdict: 'met' });
    expect(byMeasure.get('Rendering:')).toMatchObject({ ratio: '3.00×', verdict: '' });
    expect(byMeasure.get('Peak')).toMatchObject({ target: '< 2048.0 MB', verdict: 'missed by 512.0 MB' });
  });

  it('reports repeated pairs by their median ratio and its spread', () => {
    const pairs = [30_000, 18_000, 22_000].map((ms) => ({ site: build(ms, {}, 1024 ** 3), minimal }));
    const whole = medianRows(1000, pairs).find((row) => row.measure.startsWith('Whole'));
    expect(whole).toMatchObject({ site: '22.0 s', ratio: '2.20×', spread: '1.80× to 3.00× over 3 runs' });
    expect(whole?.verdict).toBe('missed by 0.20× (2.0 s over)');
    expect(medianRows(1000, pairs.slice(0, 1))[0]?.spread).toBeUndefined();
  });

  it('sets the memory target at 10,000 listings only', () => {
    const site = build(15_000, {}, 2.5 * 1024 ** 3);
    const rows = targetRows(1000, site, minimal);
    expect(rows.find((row) => row.measure.startsWith('Peak'))).toMatchObject({ verdict: '' });
    // Phases a log does not state are left out, not shown as zero.
    expect(rows.some((row) => row.measure.startsWith('Pagefind'))).toBe(false);
  });

  it('notices a raised heap limit, which the 100,000-listing target forbids', () => {
    expect(raisedHeapLimit({ NODE_OPTIONS: '--max-old-space-size=8192' })).toBe('--max-old-space-size=8192');
    expect(raisedHeapLimit({ NODE_OPTIONS: '--enable-source-maps' })).toBeUndefined();
    expect(raisedHeapLimit({})).toBeUndefined();
  });
});

describe('changing one listing to time a rebuild', () => {
  const contentDir = join(work, 'content');
  const servicesDir = join(contentDir, 'services');
  mkdirSync(servicesDir, { recursive: true });
  writeFileSync(join(servicesDir, 'a-real-service.md'), '---\nname: A real service\n---\nReal.\n');
  writeFileSync(join(servicesDir, 'synthetic-2.md'), '---\nname: Synthetic 2\n---\nBody.\n');
  writeFileSync(join(servicesDir, 'synthetic-1.md'), '---\nname: Synthetic 1\n---\nBody.\n');

  it('changes a synthetic listing, never real content', () => {
    expect(listingToChange(contentDir)).toBe(join(servicesDir, 'synthetic-1.md'));
    expect(() => listingToChange(join(work, 'nothing'))).toThrow();
  });

  it('adds a sentence to the description, keeping the front matter', () => {
    const edited = editedListing('---\nname: Synthetic 1\n---\nBody.\n', 'now');
    expect(edited).toBe('---\nname: Synthetic 1\n---\nBody.\n\nChanged by the benchmark at now to time a rebuild.\n');
  });

  it('rebuilds with the change in place, then puts the listing back, even when the build fails', async () => {
    const file = join(servicesDir, 'synthetic-1.md');
    const outDir = join(work, 'dist');
    mkdirSync(outDir);
    const { result } = await withOneListingChanged(contentDir, outDir, () =>
      Promise.resolve(readFileSync(file, 'utf8')),
    );
    expect(result).toContain('Changed by the benchmark');
    expect(readFileSync(file, 'utf8')).toBe('---\nname: Synthetic 1\n---\nBody.\n');
    await expect(
      withOneListingChanged(contentDir, outDir, () => Promise.reject(new Error('build failed'))),
    ).rejects.toThrow('build failed');
    expect(readFileSync(file, 'utf8')).toBe('---\nname: Synthetic 1\n---\nBody.\n');
  });
});
