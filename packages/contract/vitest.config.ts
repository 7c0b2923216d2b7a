import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Pact's native library does not load under vmThreads; forks (one process per file) is the safe pool.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
