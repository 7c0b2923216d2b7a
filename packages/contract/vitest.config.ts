import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Pact's native library does not load under vmThreads; forks (one process per file) is the safe pool.
    pool: 'forks',
    // Pact reports usage over the network unless told not to; this machine has no internet anyway.
    env: { PACT_DO_NOT_TRACK: 'true' },
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // The build inlines the spec validator (1.7 MB, CommonJS inside an ES module with its own require): Node loads
    // it as published; Vite's module runner would transform it and fail, so it is left to Node.
    server: { deps: { external: [/dist\/spec\/validator\.js$/] } },
  },
});
