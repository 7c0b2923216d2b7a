import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Clears the requests recorded for the pact-coverage check, which `pnpm test` runs after this suite.
    globalSetup: ['test/global-setup.ts'],
    // e2e tests spawn the built binary and start emulators; forks keep them isolated.
    pool: 'forks',
    // Most of the time goes to waiting on spawned binaries, so a few files in parallel pay off even on 2 cores.
    maxWorkers: 3,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
