/**
 * Running a build and measuring it: wall time, the peak memory of its whole
 * process tree, CPU time (GNU time, where installed) and, from Astro's log,
 * where the time went. Used for the site's own build (run.ts) and for the
 * minimal Astro site the targets are compared with (baseline.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

/** A build's figures as the report writes them: "136.6 s", "1888.4 MB". */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Resident memory of a process and all its descendants, from /proc (Linux). */
export function treeRss(pid: number): number {
  const pageSize = 4096;
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    try {
      const statm = readFileSync(`/proc/${String(current)}/statm`, 'utf8').split(' ');
      total += Number(statm[1]) * pageSize;
      for (const task of readdirSync(`/proc/${String(current)}/task`)) {
        const children = readFileSync(`/proc/${String(current)}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** The 1, 5 and 15 minute load averages (Linux), e.g. "0.52 0.40 0.31". */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

export interface BuildPhases {
  /** Content check, content loading and rendering of Markdown ("Collecting build info"). */
  loadingMs?: number;
  /** Rendering every page and endpoint ("generating static routes"). */
  renderingMs?: number;
  /** Pagefind indexing and writing ("Search index: N pages in M ms"). */
  searchIndexMs?: number;
}

export interface BuildResult {
  ms: number;
  /** The machine's load average (1 minute) as the build started: other work on the machine slows it. */
  loadBefore: string;
  /** Peak of the summed resident memory of the build's process tree, sampled every 100 ms. */
  peakTreeBytes: number;
  /** Largest single process, from GNU time when it is installed. */
  peakProcessBytes: number | undefined;
  /** CPU time used (user + system), from GNU time: less sensitive than wall time to a busy machine. */
  cpuSeconds: number | undefined;
  /** Where the time went, read from the build's own log. */
  phases: BuildPhases;
  /** The build's whole log (standard output and error), for the per-page profile. */
  log: string;
}

/** Astro's durations: "980ms", "50.16s", "1m 28s". */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?(?:([\d.]+)ms)?$/.exec(text.trim());
  if (!match || text.trim() === '') return undefined;
  return Number(match[1] ?? 0) * 60_000 + Number(match[2] ?? 0) * 1000 + Number(match[3] ?? 0);
}

/** Where a build's time went, from its log (Astro's own lines and the search index's). */
export function buildPhases(log: string): BuildPhases {
  const plain = stripVTControlCharacters(log);
  const loading = /\[build\] ✓ Completed in ([^\n]+?)\.\n/.exec(plain)?.[1];
  const rendering = /generating static routes[\s\S]*?\n\S+ ✓ Completed in ([^\n]+?)\.\n/.exec(plain)?.[1];
  const search = /Search index: [\d,]+ pages in (\d+) ms/.exec(plain)?.[1];
  return {
    ...(loading ? { loadingMs: parseDuration(loading) } : {}),
    ...(rendering ? { renderingMs: parseDuration(rendering) } : {}),
    ...(search ? { searchIndexMs: Number(search) } : {}),
  };
}

/**
 * Runs `node <args>` in `cwd` under GNU time (where installed), sampling the
 * memory of its process tree. Throws with the end of its log if it fails.
 */
export async function measureBuild(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<BuildResult> {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = gnuTime ? ['-v', process.execPath, ...args] : args;
  const loadBefore = loadAverage().split(' ')[0] ?? 'unknown';
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peakTreeBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakTreeBytes = Math.max(peakTreeBytes, treeRss(child.pid));
  }, 100);
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr.on('data', (data: Buffer) => (output += data.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`The build failed (exit ${String(code)}):\n${output.slice(-4000)}`);
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
  return {
    ms,
    loadBefore,
    peakTreeBytes,
    peakProcessBytes: maxRss === undefined ? undefined : Number(maxRss) * 1024,
    cpuSeconds: user === undefined || system === undefined ? undefined : Number(user) + Number(system),
    phases: buildPhases(output),
    log: output,
  };
}
