import { defineConfig } from 'vitest/config';

/**
 * The code's tests (unit, build, e2e) read the Fixton test area built into dist-fixture/
 * (`npm run build:fixture`), so a fork with other content keeps them. Birmingham's own
 * content has its tests in tests/content/, reading dist/ (`npm run build`); a fork
 * deletes or rewrites that folder.
 */
const fixtureDist = { DIST_DIR: 'dist-fixture', YOUNG_DIST_DIR: 'dist-fixture-young' };
const contentDist = { DIST_DIR: 'dist', YOUNG_DIST_DIR: 'dist-young' };

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], env: fixtureDist } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          env: fixtureDist,
          // Each file starts its own browser: two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'content',
          // Birmingham's own tests, and the code's page-type passes (axe, CSP) over Birmingham's pages too.
          include: [
            'tests/content/**/*.test.ts',
            'tests/content/**/*.spec.ts',
            'tests/e2e/accessibility.spec.ts',
            'tests/e2e/csp.spec.ts',
          ],
          env: contentDist,
          maxWorkers: 2,
        },
      },
    ],
  },
});
