import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // The bin lifecycle test spawns dist/bin.js, so the build must be current before any test runs.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
  },
});
