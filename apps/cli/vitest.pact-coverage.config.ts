import { defineConfig } from 'vitest/config';

/** The pact-coverage check, run after the suite that records the requests it reads (`pnpm test`). */
export default defineConfig({
  test: {
    include: ['test/pact-coverage.check.ts'],
  },
});
