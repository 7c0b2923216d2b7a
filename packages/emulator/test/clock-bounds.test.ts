/**
 * Issue 21 item 3: the clock and its speed are bounded to what the scheduler can serve (400 naming the field and
 * the range; the bin exits 2 naming the flag), and a schedule with no fire time left is a quiet "no next run".
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { functionOperationPath } from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_MS } from '../src/clock.js';
import { control, rawRequest, startTestEmulator, tasksPath } from './helpers.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** Runs the built bin to its exit; resolves with the exit code and stderr. */
function runBin(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

/** Every API read of the seeded data and a control route answer 200. */
async function everythingAnswers(h: Awaited<ReturnType<typeof startTestEmulator>>) {
  const names = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };
  expect((await rawRequest(h.url, tasksPath('my-app', 'ctr', 'ctr_test'))).status).toBe(200);
  expect((await rawRequest(h.url, functionOperationPath('ListFunctionInstances', names))).status).toBe(200);
  expect((await rawRequest(h.url, functionOperationPath('GetFunctionInstance', names))).status).toBe(200);
  expect((await control(h, 'GET', 'instances')).status).toBe(200);
  expect((await control(h, 'GET', 'clock')).status).toBe(200);
}

describe('clock bounds', () => {
  it('PUT /__fntasks/clock refuses the values the scheduler cannot serve with 400 naming the field and range', async () => {
    const h = await startTestEmulator();
    await control(h, 'POST', 'reset', { seed: 1 });
    const cases: [object, RegExp][] = [
      [
        { now: 8_640_000_000_000_000 },
        /^now must be epoch milliseconds from 0 to 253402300799999 .*9999-12-31/,
      ],
      [{ speed: 1e308 }, /^speed must be a number from 0 to 1000000 .*got 1e\+308/],
      [{ now: 8_639_999_999_940_000, speed: 1000 }, /^now must be .* got 8639999999940000/],
      [{ now: -1 }, /^now must be/],
      [{ speed: -1 }, /^speed must be/],
      [{ advanceMs: 8_000_000_000_000_000 }, /^advanceMs 8000000000000000 would take the clock outside 0 to/],
      [{ advanceMs: -9_000_000_000_000_000 }, /^advanceMs .* outside/],
    ];
    for (const [body, message] of cases) {
      const res = await control(h, 'PUT', 'clock', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error, JSON.stringify(body)).toMatch(message);
    }
    await everythingAnswers(h);
  });

  it('at the last instant of the clock every schedule has quietly no next run: API and control routes answer 200', async () => {
    const h = await startTestEmulator();
    await control(h, 'POST', 'reset', { seed: 1 });
    const set = await control(h, 'PUT', 'clock', { now: MAX_CLOCK_MS - 3_600_000, speed: 1_000_000 });
    expect(set.status).toBe(200);
    // A real 10 ms at the top speed is 2.8 emulator hours: the clock reaches its end and stays there.
    await new Promise((r) => setTimeout(r, 10));
    await everythingAnswers(h);
    expect((await control(h, 'GET', 'clock')).json.now).toBe(MAX_CLOCK_MS);
    const scheduled = (await control(h, 'GET', 'instances')).json.instances as { cron: string }[];
    expect(scheduled.some((i) => i.cron !== '')).toBe(true);
    // Loading a scheduled instance at the end of time is fine too: it simply never fires.
    const load = await control(h, 'POST', 'instances', {
      instances: [
        {
          appGroupIdentity: 'a',
          functionName: 'ctr',
          instanceName: 'late',
          modelType: 'pop',
          cron: '0 0 * * ?',
        },
      ],
    });
    expect(load.status, load.text).toBe(200);
    await everythingAnswers(h);
  });

  it('the bin refuses out-of-range and non-date --clock / --clock-speed with exit 2 naming the flag', async () => {
    const cases: [string[], RegExp][] = [
      [['--clock-speed', '1e308'], /--clock-speed must be a number from 0 to 1000000, got 1e308/],
      [
        ['--clock', '8640000000000001'],
        /--clock must be epoch milliseconds or an ISO date-time .*got "8640000000000001"/,
      ],
      [['--clock=-1'], /--clock must be .*got "-1"/],
      [['--clock', 'yesterday'], /--clock must be .*got "yesterday"/],
    ];
    const results = await Promise.all(cases.map(([args]) => runBin(args)));
    for (const [i, result] of results.entries()) {
      const [args, message] = cases[i] as [string[], RegExp];
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr, args.join(' ')).not.toMatch(/never fires|at .*\.js:/);
    }
  });
});

describe('the Date header', () => {
  it("is the emulator's clock, set, frozen or sped up, on API and control answers alike", async () => {
    const h = await startTestEmulator({ seed: 1 });
    const at = Date.UTC(2031, 4, 6, 7, 8, 9, 750);
    h.setClock({ now: at, speed: 0 });
    const date = async (path: string) => Date.parse(String((await rawRequest(h.url, path)).headers.date));
    // whole seconds, as HTTP dates are
    expect(await date(tasksPath('my-app', 'ctr', 'ctr_test'))).toBe(Date.UTC(2031, 4, 6, 7, 8, 9));
    expect(await date('/__fntasks/clock')).toBe(Date.UTC(2031, 4, 6, 7, 8, 9));
    h.setClock({ speed: 3600 });
    // an hour a second: a later answer is well past the first
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await date(tasksPath('my-app', 'ctr', 'ctr_test'))).toBeGreaterThan(at + 60_000);
  });
});
