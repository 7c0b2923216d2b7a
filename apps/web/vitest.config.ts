import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Browser tests on 2 cores shared with other suites: a step that takes 3 s alone can take 20 s under load.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
