import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { testBuildDir } from './helpers.ts';

describe('a build with bad content', () => {
  it('fails and lists every problem with file, field, value and what is allowed', () => {
    const workDir = testBuildDir('bad-content');
    const outDir = join(workDir, 'dist');
    try {
      const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
        env: { ...process.env, CONTENT_DIR: './tests/fixtures/bad-content', ASTRO_CACHE_DIR: join(workDir, 'cache') },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output).toMatch(/\d+ content problems found:/);
      expect(output).toContain(
        'tests/fixtures/bad-content/services/bad-enum.md: cost.type: "freee" is not allowed; allowed values: free,',
      );
      expect(output).toContain(
        'tests/fixtures/bad-content/services/age-range.md: minimumAge: 16 must not be above the maximum age (11)',
      );
      expect(output).toContain(
        'tests/fixtures/bad-content/grants/closed-future.md: closes: 2999-01-01 is in the future',
      );
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});
