/**
 * Waiting for the machine to go quiet before a timing-sensitive measure. Lighthouse
 * multiplies the main-thread time it observes by 4, so a run taken while the disk
 * is still flushing a build's 38,000 files, or while another job uses a core, scores
 * several points lower (this 2-core VM: 82 against 97 for the same page).
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The machine's CPU time so far, busy and total (Linux /proc/stat; I/O wait and steal count as busy). */
function cpuTimes(): { busy: number; total: number } | undefined {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    const idle = fields[3] ?? 0;
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/** The share of the machine's CPU busy over `ms` (0 to 1), or undefined where /proc/stat is missing. */
export async function busyShare(ms: number): Promise<number | undefined> {
  const before = cpuTimes();
  await sleep(ms);
  const after = cpuTimes();
  if (!before || !after || after.total === before.total) return undefined;
  return (after.busy - before.busy) / (after.total - before.total);
}

/**
 * Waits until the CPU is at most `limit` busy over a 2 s window, or `timeoutMs` has passed.
 * Returns the last share seen, so a report can say the machine never went quiet.
 */
export async function waitForQuiet(limit = 0.1, timeoutMs = 120_000): Promise<number | undefined> {
  const started = Date.now();
  let share = await busyShare(2000);
  while (share !== undefined && share > limit && Date.now() - started < timeoutMs) share = await busyShare(2000);
  return share;
}
