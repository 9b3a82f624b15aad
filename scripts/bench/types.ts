/**
 * The benchmark (`npm run bench`) builds the site from synthetic content at each
 * size, then runs every module in scripts/bench/measures/. Each module's default
 * export takes this context and returns a section of docs/benchmarks.md.
 */
import type { BuildResult } from './build-run.ts';

export interface BenchContext {
  /** Number of synthetic listings in this run (1,000, 10,000 or --size). */
  size: number;
  /** The built site for this size. */
  distDir: string;
  /** The synthetic content folder the site was built from. */
  contentDir: string;
  /** Path of the system Chromium, for measures that need a browser. */
  chromiumPath: string;
  /** The site's own build at this size, as measured (`npm run build`). */
  build: BuildResult;
  /** HTML pages the site's build wrote. */
  pages: number;
}

export interface BenchSection {
  /** Heading of the section, e.g. "Search". */
  title: string;
  /** Rows of [measure, figure], e.g. ["First query, bytes fetched", "143 KB"]. */
  rows: [string, string][];
  /** Targets missed, each saying by how much and why. */
  notes?: string[];
}

export type BenchMeasure = (context: BenchContext) => Promise<BenchSection>;
