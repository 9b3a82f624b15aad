import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Build-output and browser tests read dist/, which `npm test` builds first.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      // Checks of the bundled Birmingham content (a fork replaces them with its own).
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          // Each file starts its own browser: two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
