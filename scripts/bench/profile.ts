/**
 * Where a build's time went, read from its log: rendering per page type (Astro
 * prints each page or data file it writes with the time it took) and the steps
 * after rendering that time themselves (feeds, security headers, the search
 * index and its stages). No instrumentation beyond the log lines themselves, so
 * the profile costs the build nothing and can be taken on every bench run.
 */
import { stripVTControlCharacters } from 'node:util';
import { pageTypeOf, type PageType } from '../../tests/page-types.ts';
import { parseDuration } from './build-run.ts';

export interface RenderedType {
  /** A page type's name (tests/page-types.ts), or what a data file is. */
  name: string;
  files: number;
  ms: number;
}

/** What a written file is, for the profile: its page type, or the feed or data file it belongs to. */
export function renderedTypeOf(path: string, types?: readonly PageType[]): string {
  const file = path.replace(/^\//, '');
  if (file.endsWith('.html')) return pageTypeOf(file, types)?.name ?? 'other page';
  if (file.startsWith('data/oruk/')) return 'Open Referral UK feed pages';
  if (/^localities\/.*\.svg$/.test(file)) return 'locality map images';
  if (file.startsWith('data/')) return `data file ${file.slice('data/'.length)}`;
  return `file ${file}`;
}

/**
 * Time spent on each page type, from Astro's "├─ /path (+12ms)" lines, largest first.
 * Types that took under `minimumMs` in all are summed into one "other" row.
 */
export function renderProfile(log: string, types?: readonly PageType[], minimumMs = 0): RenderedType[] {
  const byType = new Map<string, RenderedType>();
  for (const match of stripVTControlCharacters(log).matchAll(/[├└]─ (\/\S*) \(\+([^)]+)\)/g)) {
    const ms = parseDuration(match[2] ?? '');
    if (ms === undefined) continue;
    const name = renderedTypeOf(match[1] ?? '', types);
    const entry = byType.get(name) ?? { name, files: 0, ms: 0 };
    entry.files += 1;
    entry.ms += ms;
    byType.set(name, entry);
  }
  const sorted = [...byType.values()].sort((a, b) => b.ms - a.ms);
  const kept = sorted.filter((entry) => entry.ms >= minimumMs);
  const rest = sorted.filter((entry) => entry.ms < minimumMs);
  if (rest.length > 0) {
    kept.push({
      name: `${String(rest.length)} other types`,
      files: rest.reduce((sum, entry) => sum + entry.files, 0),
      ms: rest.reduce((sum, entry) => sum + entry.ms, 0),
    });
  }
  return kept;
}

export interface TimedStep {
  /** The step as its log line names it, e.g. "local-offer:security-headers". */
  step: string;
  /** What it did, the log line's own words up to "in N ms". */
  what: string;
  ms: number;
}

/**
 * The steps that time themselves in the log: a line from an integration
 * ("[local-offer:…]") or the search index ("[search-index]") that ends "in N ms".
 */
export function timedSteps(log: string): TimedStep[] {
  const steps: TimedStep[] = [];
  const pattern = /\[(local-offer:[\w-]+|search-index)\] (.+?) in (\d+) ms\b/g;
  for (const match of stripVTControlCharacters(log).matchAll(pattern)) {
    steps.push({ step: match[1] ?? '', what: (match[2] ?? '').replace(/[:,]$/, ''), ms: Number(match[3]) });
  }
  return steps;
}
