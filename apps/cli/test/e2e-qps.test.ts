/** `--qps` / FNTASKS_QPS on the built binary, against an emulator whose gateway caps calls per second. */
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startFixtureEmulator } from './helpers.js';

let emulator: EmulatorHandle;

beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
});
afterAll(async () => {
  await emulator?.close();
});

describe('--qps', () => {
  it('instances under a gateway cap: paced, exit 0, no throttling error printed (flag and FNTASKS_QPS)', async () => {
    // Every documented function of the demo app group, its default and each instance's last run: ~20 calls.
    emulator.setFaults({ qps: 8 });
    try {
      const flagged = await runCli(
        ['instances', 'my-app', '--emulator', emulator.url, '--qps', '8', '-o', 'json'],
        {
          timeoutMs: 30_000,
        },
      );
      expect(flagged.stderr).not.toMatch(/Throttling/);
      expect(flagged.code).toBe(0);
      expect(flagged.stdout).toContain('ctr_prod');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const fromEnv = await runCli(['instances', 'my-app', '--emulator', emulator.url, '-o', 'json'], {
        env: { FNTASKS_QPS: '8' },
        timeoutMs: 30_000,
      });
      expect(fromEnv.stderr).not.toMatch(/Throttling/);
      expect(fromEnv.code).toBe(0);
    } finally {
      emulator.clearFaults();
    }
  }, 70_000); // two paced runs of up to 30 s each under a loaded machine (the default 20 s is for one)

  it('a bad value is a usage error naming the flag or the variable, before any request', async () => {
    const zero = await runCli(['instances', 'my-app', '--emulator', emulator.url, '--qps', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(
      /option '--qps <n>' argument '0' is invalid\. Calls per second, above 0 and at most 100000/,
    );
    const env = await runCli(['list', 'my-app', 'ctr', 'ctr_prod', '--emulator', emulator.url], {
      env: { FNTASKS_QPS: 'fast' },
    });
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(/Invalid FNTASKS_QPS "fast"/);
  });
});
