/**
 * Issue 25's build targets, as ratios to the minimal Astro site built from the
 * same listings in the same run (./baseline.ts), phase by phase, plus the two
 * absolute memory targets. Absolute seconds depend on the machine and on what
 * else it runs; a ratio taken minutes apart depends much less on either.
 */
import { mb, seconds, type BuildResult } from './build-run.ts';

/** The whole build, and Pagefind's indexing, within this many times the minimal site's. */
export const buildRatioTarget = 2;
export const searchIndexRatioTarget = 2;
/** Peak memory of the whole build at 10,000 listings. */
export const peakMemoryTarget = { listings: 10_000, bytes: 2 * 1024 ** 3 };

export interface TargetRow {
  measure: string;
  site: string;
  minimal: string;
  ratio: string;
  /** The ratio as a number, for the spread over repeated runs. */
  ratioValue: number;
  /** Lowest and highest ratio over repeated runs ("1.8× to 2.3× over 3 runs"), when repeated. */
  spread?: string;
  target: string;
  /** "met", "missed by …", or "" where the row has no target. */
  verdict: string;
}

const times = (ratio: number) => `${ratio.toFixed(2)}×`;

function ratioRow(
  measure: string,
  site: number | undefined,
  minimal: number | undefined,
  target: number | undefined,
): TargetRow | undefined {
  if (site === undefined || minimal === undefined || minimal <= 0) return undefined;
  const ratio = site / minimal;
  return {
    measure,
    site: seconds(site),
    minimal: seconds(minimal),
    ratio: times(ratio),
    ratioValue: ratio,
    target: target === undefined ? 'no target (profile)' : `≤ ${times(target)}`,
    verdict:
      target === undefined
        ? ''
        : ratio <= target
          ? 'met'
          : `missed by ${times(ratio - target)} (${seconds(site - minimal * target)} over)`,
  };
}

/**
 * The ratios of one size, phase by phase: the whole build (target 2×), loading,
 * rendering, Pagefind (target 2×), and peak memory (under 2 GB at 10,000
 * listings). Phases the logs do not state are left out.
 */
export function targetRows(size: number, site: BuildResult, minimal: BuildResult): TargetRow[] {
  const rows = [
    ratioRow('Whole build (astro build and the search index)', site.ms, minimal.ms, buildRatioTarget),
    ratioRow('CPU time of the whole build', cpuMs(site), cpuMs(minimal), undefined),
    ratioRow(
      'Loading: content check, content layer, Markdown',
      site.phases.loadingMs,
      minimal.phases.loadingMs,
      undefined,
    ),
    ratioRow('Rendering: pages and data files', site.phases.renderingMs, minimal.phases.renderingMs, undefined),
    ratioRow('Pagefind search index', site.phases.searchIndexMs, minimal.phases.searchIndexMs, searchIndexRatioTarget),
  ].filter((row): row is TargetRow => row !== undefined);
  const memoryRatio = site.peakTreeBytes / minimal.peakTreeBytes;
  const memoryTargeted = size === peakMemoryTarget.listings;
  rows.push({
    measure: 'Peak memory, whole process tree',
    site: mb(site.peakTreeBytes),
    minimal: mb(minimal.peakTreeBytes),
    ratio: times(memoryRatio),
    ratioValue: memoryRatio,
    target: memoryTargeted ? `< ${mb(peakMemoryTarget.bytes)}` : 'no target at this size',
    verdict: !memoryTargeted
      ? ''
      : site.peakTreeBytes < peakMemoryTarget.bytes
        ? 'met'
        : `missed by ${mb(site.peakTreeBytes - peakMemoryTarget.bytes)}`,
  });
  return rows;
}

/**
 * The rows of builds repeated in pairs (this site, then the minimal site): for each measure, the
 * row of the pair with the median ratio, and the spread of the ratio over all pairs.
 */
export function medianRows(size: number, pairs: readonly { site: BuildResult; minimal: BuildResult }[]): TargetRow[] {
  const runs = pairs.map(({ site, minimal }) => targetRows(size, site, minimal));
  const first = runs[0] ?? [];
  if (runs.length < 2) return first;
  return first.map((row) => {
    const same = runs
      .map((rows) => rows.find((candidate) => candidate.measure === row.measure))
      .filter((candidate): candidate is TargetRow => candidate !== undefined)
      .sort((a, b) => a.ratioValue - b.ratioValue);
    const median = same[Math.floor((same.length - 1) / 2)] ?? row;
    const low = same[0]?.ratioValue ?? row.ratioValue;
    const high = same.at(-1)?.ratioValue ?? row.ratioValue;
    return { ...median, spread: `${times(low)} to ${times(high)} over ${String(same.length)} runs` };
  });
}

function cpuMs(build: BuildResult): number | undefined {
  return build.cpuSeconds === undefined ? undefined : build.cpuSeconds * 1000;
}

/** Whether Node's heap limit was raised for the build (issue 25: 100,000 listings on the default heap). */
export function raisedHeapLimit(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return /--max-old-space-size[= ]\d+/.exec(env.NODE_OPTIONS ?? '')?.[0];
}
