import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build-output tests read dist/, which `npm test` builds first.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
