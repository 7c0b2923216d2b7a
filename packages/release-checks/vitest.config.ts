import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two files at a time: the Node 22/24 runs and the pack-and-install test mostly wait on child processes
    // (nested vitest, npm, tsc), so together they take about as long as the longer one.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
