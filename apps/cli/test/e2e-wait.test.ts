/** The built binary: wait (success, failure, timeout, Ctrl-C) and watch (instance and task), piped. */
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_ARGS, fixtureTasks, runCli, startCli, startFixtureEmulator } from './helpers.js';

let emulator: EmulatorHandle;
let conn: string[];
let now: number;

beforeAll(async () => {
  ({ emulator, now } = await startFixtureEmulator());
  conn = ['--emulator', emulator.url];
});
beforeEach(() => {
  // Every test starts from the same fixture: seeded data off, the five fixture tasks back.
  emulator.reset(null);
  emulator.setClock({ now, speed: 0 });
  emulator.loadTasks(fixtureTasks(now) as never);
});
afterAll(async () => {
  await emulator?.close();
});

const finish = (generation: '4' | '5', status: 'success' | 'failed') =>
  emulator.finishTask({ ...FIXTURE, runId: `trigger__fixture-${generation}`, status });

describe('wait', () => {
  it('a generation beyond the newest + 1 is warned about at once, and the wait goes on', async () => {
    const cli = startCli(['wait', ...FIXTURE_ARGS, '9', ...conn, '--interval', '100ms']);
    await cli.waitFor(/still waiting|waiting for generation 9/);
    expect(cli.stderr()).toContain(
      'warning: generation 9 may never appear: the newest run of cli-e2e/ctr/fixture is generation 5, so the next is 6; without --timeout this waits until Ctrl-C.',
    );
    expect(cli.child.exitCode).toBe(null);
    cli.child.kill('SIGINT');
    expect((await cli.done).code).toBe(130);

    // The next generation (newest + 1) may well appear: no warning.
    const next = await runCli([
      'wait',
      ...FIXTURE_ARGS,
      '6',
      ...conn,
      '--interval',
      '100ms',
      '--timeout',
      '300ms',
    ]);
    expect(next.code).toBe(6);
    expect(next.stderr).not.toContain('warning');
    // No run at all yet: the next is generation 1.
    emulator.loadInstances([{ ...FIXTURE, instanceName: 'untrained', modelType: 'tf_checkpoint' }]);
    const empty = await runCli([
      'wait',
      FIXTURE.appGroupIdentity,
      FIXTURE.functionName,
      'untrained',
      '2',
      ...conn,
      '--interval',
      '100ms',
      '--timeout',
      '300ms',
    ]);
    expect(empty.stderr).toContain(
      'warning: generation 2 may never appear: the newest run of cli-e2e/ctr/untrained is none yet, so the next is 1.',
    );
  });

  it('exits 0 when the task the emulator finishes succeeds, with periodic lines on a pipe', async () => {
    const cli = startCli(['wait', ...FIXTURE_ARGS, '4', ...conn, '--interval', '100ms']);
    await cli.waitFor(/trigger__fixture-4 \(generation 4\): running 40%, running for (19m 59s|20m \d\ds)/);
    finish('4', 'success');
    const result = await cli.done;
    expect(result.stderr).toMatch(/: success 100%\n$/);
    expect(result.stdout).toMatch(/^✔ trigger__fixture-4 \(generation 4\) succeeded after \d+m \d\ds\n$/);
    expect(result.code).toBe(0);
  });

  it('exits 5 when the task fails, naming it; --output json prints the final task', async () => {
    const cli = startCli([
      'wait',
      ...FIXTURE_ARGS,
      'trigger__fixture-5',
      ...conn,
      '--interval',
      '100ms',
      '-o',
      'json',
    ]);
    await cli.waitFor(/running 10%/);
    finish('5', 'failed');
    const result = await cli.done;
    expect(result.code).toBe(5);
    expect(JSON.parse(result.stdout)).toMatchObject({ runId: 'trigger__fixture-5', status: 'failed' });
    expect(result.stderr).toMatch(
      /error: Task trigger__fixture-5 \(generation 5\) failed after \d+m \d\ds\.\n/,
    );
    // The hint carries the connection flags in use, so that pasting it reaches the same emulator.
    expect(result.stderr).toContain(
      `hint: Details: fntasks get cli-e2e ctr fixture 5 --emulator ${emulator.url}`,
    );
  });

  it('exits 0 at once for a task that already succeeded, 5 for one that already failed', async () => {
    const ok = await runCli(['wait', ...FIXTURE_ARGS, '1', ...conn]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      '✔ trigger__fixture-1 (generation 1) succeeded after 42m 00s · recall=91.5 auc=0.8123',
    );
    const failed = await runCli(['wait', ...FIXTURE_ARGS, '2', ...conn]);
    expect(failed.code).toBe(5);
    expect(failed.stderr).toContain(
      'error: Task trigger__fixture-2 (generation 2) failed after 15m 00s: OOM: container killed while training (exit code 137)',
    );
  });

  it('waits for a task that is not listed yet (a CI job that just triggered a run)', async () => {
    const cli = startCli(['wait', ...FIXTURE_ARGS, '77', ...conn, '--interval', '100ms', '--timeout', '15s']);
    await cli.waitFor(/waiting for generation 77 of cli-e2e\/ctr\/fixture \(timeout 15s\)/);
    emulator.loadTasks([
      {
        ...FIXTURE,
        runId: 'trigger__late',
        generation: '77',
        status: 'running',
        progress: 5,
        startTime: now,
        endTime: 0,
        extendInfo: { errors: [] },
        outcome: 'success',
        durationMs: 10_000_000,
      },
    ] as never);
    await cli.waitFor(/trigger__late \(generation 77\): running 5%/);
    emulator.finishTask({ ...FIXTURE, runId: 'trigger__late', status: 'success' });
    const result = await cli.done;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ trigger__late \(generation 77\) succeeded/);
  });

  it('exits 6 on timeout, with the last state', async () => {
    const result = await runCli([
      'wait',
      ...FIXTURE_ARGS,
      '4',
      ...conn,
      '--interval',
      '100ms',
      '--timeout',
      '2s',
    ]);
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(
      /error: Timed out after \d+s waiting for generation 4 \(last seen running at 40%\)\.\nhint: Raise --timeout/,
    );
  });

  it('exits 6 when the task never shows up within the timeout', async () => {
    const result = await runCli([
      'wait',
      ...FIXTURE_ARGS,
      '42',
      ...conn,
      '--interval',
      '100ms',
      '--timeout',
      '500ms',
    ]);
    expect(result.code).toBe(6);
    expect(result.stderr).toContain('waiting for generation 42 (the task was never seen).');
  });

  it('says that reads are failing, with the last error, while it keeps waiting; carries on when they recover', async () => {
    emulator.setFaults({ internalErrorRate: 1 });
    try {
      const cli = startCli([
        'wait',
        ...FIXTURE_ARGS,
        '4',
        ...conn,
        '--interval',
        '100ms',
        '--timeout',
        '15s',
      ]);
      await cli.waitFor(
        /reads are failing \(1 in a row\), last error: InternalError: The request processing has failed due to some unknown error\. \(HTTP 500, requestId [\w-]+\); still waiting for generation 4 of cli-e2e\/ctr\/fixture\n/,
      );
      emulator.setFaults({});
      await cli.waitFor(/trigger__fixture-4 \(generation 4\): running 40%/);
      finish('4', 'success');
      const result = await cli.done;
      expect(result.code).toBe(0);
      expect(result.stderr).not.toContain('to be listed');
    } finally {
      emulator.setFaults({});
    }
  });

  it('a timeout while every read fails says so, with the last error', async () => {
    emulator.setFaults({ internalErrorRate: 1 });
    try {
      const result = await runCli([
        'wait',
        ...FIXTURE_ARGS,
        '4',
        ...conn,
        '--interval',
        '100ms',
        '--timeout',
        '2s',
      ]);
      expect(result.code).toBe(6);
      expect(result.stderr).toMatch(
        /error: Timed out after \ds waiting for generation 4 \(the task was never seen\); reads are failing \(\d+ in a row\), last error: InternalError: .*\(HTTP 500, requestId [\w-]+\)\.\n/,
      );
    } finally {
      emulator.setFaults({});
    }
  });

  it('exits 130 on Ctrl-C', async () => {
    const cli = startCli(['wait', ...FIXTURE_ARGS, '4', ...conn, '--interval', '100ms']);
    await cli.waitFor(/running 40%/);
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('error: Interrupted.');
  });
});

describe('watch', () => {
  it('instance view on a pipe: one ndjson line per change, until Ctrl-C (exit 0)', async () => {
    const cli = startCli(['watch', ...FIXTURE_ARGS, ...conn, '--interval', '100ms']);
    await cli.waitFor(/trigger__fixture-4/, 'stdout');
    await cli.waitFor(/trigger__fixture-5/, 'stdout');
    finish('4', 'success');
    await cli.waitFor(/"runId":"trigger__fixture-4","generation":"4","status":"success"/, 'stdout');
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((t) => `${t.generation}:${t.status}`)).toEqual(['5:running', '4:running', '4:success']);
  });

  it('human lines with --output table on a pipe', async () => {
    const cli = startCli(['watch', ...FIXTURE_ARGS, ...conn, '--interval', '100ms', '-o', 'table', '--utc']);
    await cli.waitFor(/trigger__fixture-4 \(generation 4\) running 40%/, 'stdout');
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\] trigger__fixture-5 \(generation 5\) running 10%\n/,
    );
  });

  it('one task: ends by itself (exit 0) when the task finishes', async () => {
    const cli = startCli(['watch', ...FIXTURE_ARGS, '5', ...conn, '--interval', '100ms']);
    await cli.waitFor(/"status":"running"/, 'stdout');
    finish('5', 'failed');
    const result = await cli.done;
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((t) => t.status)).toEqual(['running', 'failed']);
  });
});
