/**
 * Node 22 and 24 (Node 20 is the machine's, which every other test runs on): core's test suite runs on each,
 * and the CLI's end-to-end tests run with the CLI on each. The vitest runner and the emulator of the CLI tests
 * stay on Node 20 (better-sqlite3 is built for its ABI); the CLI's test helpers spawn the CLI with
 * FNTASKS_TEST_NODE, here a wrapper that records each spawn, so the run proves the CLI ran on that binary.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nestedTestEnv, OTHER_NODES } from '../scripts/lib/node-versions.mjs';
import { run, runCommand } from '../scripts/lib/run.mjs';
import { repoRoot } from '../scripts/lib/workspace.mjs';

/** A whole nested suite on a loaded 2-core machine (core's takes ~75 s there, ~25 s of CPU). */
const SUITE_TIMEOUT_MS = 540_000;
const scratch = mkdtempSync(join(tmpdir(), 'fntasks-node-versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a package's vitest (its own install) with `nodeBinary`; the output is shown only when it fails. */
async function vitestWith(nodeBinary: string, packageDir: string, args: string[], env = nestedTestEnv()) {
  const vitest = join(repoRoot, packageDir, 'node_modules/vitest/vitest.mjs');
  const result = await runCommand(nodeBinary, [vitest, 'run', ...args], {
    cwd: join(repoRoot, packageDir),
    env,
    timeoutMs: SUITE_TIMEOUT_MS - 10_000,
  });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes, in case a reporter ignores NO_COLOR
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ...result, output, summary: output.match(/^\s*Tests\s+.*$/m)?.[0]?.trim() ?? '(no summary)' };
}

describe.each(Object.entries(OTHER_NODES))('Node %s', (major, nodeBinary) => {
  it('is that version, from the npm registry package', async () => {
    const { stdout } = await run(nodeBinary, ['--version']);
    expect(stdout.trim()).toMatch(new RegExp(`^v${major}\\.`));
  });

  it("passes core's test suite", { timeout: SUITE_TIMEOUT_MS }, async () => {
    // Left to core's own run on Node 20, as they do not depend on the Node version: the Pact consumer tests
    // (they write the shared pacts/ file that provider verification reads; pact's core is N-API), the signing
    // test inside Chromium, and the type tests (tsc).
    const result = await vitestWith(nodeBinary, 'packages/core', [
      '--exclude',
      'test/pact/**',
      '--exclude',
      'test/signing-browser.test.ts',
      '--typecheck.enabled=false',
    ]);
    expect(result.code, result.output.slice(-6000)).toBe(0);
    expect(result.summary).toMatch(/passed/);
  });

  it("passes the CLI's end-to-end tests with the CLI on it", { timeout: SUITE_TIMEOUT_MS }, async () => {
    const spawns = join(scratch, `cli-spawns-${major}.log`);
    const wrapper = join(scratch, `node${major}`);
    writeFileSync(wrapper, `#!/bin/sh\necho "$*" >> '${spawns}'\nexec '${nodeBinary}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    writeFileSync(spawns, '');
    // Its own folder for the requests the suite records: `pnpm test` may be running the CLI's suite meanwhile.
    const env = {
      ...nestedTestEnv(),
      FNTASKS_TEST_NODE: wrapper,
      FNTASKS_CLI_REQUESTS_DIR: join(scratch, `cli-requests-${major}`),
    };
    const result = await vitestWith(process.execPath, 'apps/cli', ['test/e2e-'], env);
    expect(result.code, result.output.slice(-6000)).toBe(0);
    const spawned = readFileSync(spawns, 'utf8').split('\n').filter(Boolean);
    expect(
      spawned.length,
      'the CLI test helpers did not spawn the CLI with FNTASKS_TEST_NODE',
    ).toBeGreaterThan(0);
  });
});
