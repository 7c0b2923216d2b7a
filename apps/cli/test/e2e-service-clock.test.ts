/**
 * `run --wait` times the run by the service's clock (the answers' Date header against the task's startTime), not
 * the local clock: against an emulator whose clock is two hours ahead and runs 600 times fast, the local clock
 * would say "running for 0ms" (the start lies in its future) while the run is minutes old by the service's.
 */
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

describe('run --wait on a service whose clock runs fast', () => {
  it('says how long the run has been running by the service clock', async () => {
    emulator.setClock({ now: Date.now() + 2 * 3_600_000, speed: 600 });
    const result = await runCli(
      [
        'run',
        'my-app',
        'ctr',
        'ctr_prod',
        '--wait',
        '--emulator',
        emulator.url,
        '--interval',
        '100ms',
        '--timeout',
        '2s',
      ],
      { timeoutMs: 20_000 },
    );
    // 2 s at 600x is 20 emulator minutes: the run is still going (exit 6), or it ended early.
    expect([0, 5, 6], result.stderr).toContain(result.code);
    const elapsed = [
      ...result.stderr.matchAll(/running \d+%, running for (?:(\d+)m (\d\d)s|(\d+)s|(\d+)ms)/g),
    ].map(([, m, s, sOnly, ms]) =>
      m !== undefined ? Number(m) * 60 + Number(s) : sOnly !== undefined ? Number(sOnly) : Number(ms) / 1000,
    );
    expect(elapsed.length, result.stderr).toBeGreaterThan(1);
    // the last line is minutes into the run by the service's clock, and the times only grow
    expect(elapsed.at(-1), result.stderr).toBeGreaterThanOrEqual(60);
    expect(elapsed).toEqual([...elapsed].sort((a, b) => a - b));
  });
});
