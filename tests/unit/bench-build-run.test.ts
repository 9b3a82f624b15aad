import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPhases, measureBuild, parseDuration } from '../../scripts/bench/build-run.ts';
import { handNotesEnd, handNotesOf, handNotesStart } from '../../scripts/bench/hand-notes.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-build-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reading a build log', () => {
  it("reads Astro's durations", () => {
    expect(parseDuration('980ms')).toBe(980);
    expect(parseDuration('50.16s')).toBeCloseTo(50_160);
    expect(parseDuration('1m 28s')).toBe(88_000);
    expect(parseDuration('4m 4s')).toBe(244_000);
    expect(parseDuration('')).toBeUndefined();
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('finds loading, rendering and the search index, colours and all', () => {
    const log = [
      '11:17:16 [content] Syncing content',
      '\u001b[2m11:17:37\u001b[22m \u001b[34m[build]\u001b[39m ✓ Completed in 26.20s.',
      '11:17:37 [build] Building static entrypoints...',
      ' generating static routes ',
      '11:17:51   ├─ /services/a/index.html (+3ms)',
      '11:18:37 ✓ Completed in 55.86s.',
      '',
      '11:18:37 [build] ✓ Completed in 1m 0s.',
      '[search-index] Search index: 11,130 pages in 20197 ms.',
      '',
    ].join('\n');
    expect(buildPhases(log)).toEqual({ loadingMs: 26_200, renderingMs: 55_860, searchIndexMs: 20_197 });
  });

  it('leaves out what the log does not say', () => {
    expect(buildPhases('11:17:16 [content] Syncing content\n')).toEqual({});
  });
});

describe('measuring a build', () => {
  it('times a process tree, samples its memory and reads its log', async () => {
    const script = join(work, 'build.mjs');
    // A child that holds 64 MB for a while, so the tree's peak must include it.
    writeFileSync(
      script,
      `import { spawnSync } from 'node:child_process';
spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => b.length, 600)'], { stdio: 'inherit' });
console.log('Search index: 3 pages in 12 ms');
`,
    );
    const result = await measureBuild([script], work, process.env);
    expect(result.ms).toBeGreaterThanOrEqual(600);
    expect(result.peakTreeBytes).toBeGreaterThan(64 * 1024 * 1024);
    expect(result.phases).toEqual({ searchIndexMs: 12 });
  });

  it('fails with the end of the log when the build fails', async () => {
    const script = join(work, 'fails.mjs');
    writeFileSync(script, `console.error('content/services/x.md: name is missing'); process.exit(3);\n`);
    await expect(measureBuild([script], work, process.env)).rejects.toThrow(/exit 3[\s\S]*name is missing/);
  });
});

describe('the hand-written notes of docs/benchmarks.md', () => {
  it('are found between their markers, and carried by the file in the repository', () => {
    const text = `# Benchmarks\n\nmeasured\n\n${handNotesStart}\n\n## Why\n\nReasons.\n\n${handNotesEnd}\n\n## Budgets`;
    expect(handNotesOf(text)).toBe(`${handNotesStart}\n\n## Why\n\nReasons.\n\n${handNotesEnd}`);
    expect(handNotesOf('# Benchmarks\n\nmeasured only')).toBeUndefined();
    expect(handNotesOf(readFileSync('docs/benchmarks.md', 'utf8'))).toContain('## Why the targets are missed');
  });
});
