/**
 * The family commands against an emulator on port 0 (seed 1, clock frozen): `instances` with the last run of
 * each instance, `instance` with its default marker, `run` (and `run --wait` with the exit codes of `wait`),
 * `delete` (confirmation, `--yes`, a running run refused) and `get` by generation through GetFunctionTask.
 */
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPty, parseCsv, runCli, startFixtureEmulator } from './helpers.js';

let emulator: EmulatorHandle;
let conn: string[];
beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
  conn = ['--emulator', emulator.url];
});
afterAll(async () => {
  await emulator?.close();
});

describe('instances', () => {
  it('without a function: every documented function, each instance with its last run (json)', async () => {
    const result = await runCli(['instances', 'my-app', ...conn, '-o', 'json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<
      Record<string, unknown> & { lastRun: Record<string, unknown> | null }
    >;
    const names = rows.map((row) => `${row.functionName}/${row.instanceName}`);
    expect(names).toEqual(expect.arrayContaining(['ctr/ctr_test', 'ctr/ctr_prod', 'pop/pop_default']));
    const ctrTest = rows.find((row) => row.instanceName === 'ctr_test');
    expect(ctrTest?.lastRun?.status).toBe('running');
    // The last run is the newest task of the instance, as `list --page-size 1` shows it.
    const newest = await runCli([
      'list',
      'my-app',
      'ctr',
      'ctr_test',
      ...conn,
      '--page-size',
      '1',
      '-o',
      'json',
    ]);
    expect(ctrTest?.lastRun).toEqual(JSON.parse(newest.stdout)[0]);
  });

  it('one function: a table with name, model type, status, cron and last run', async () => {
    const result = await runCli(['instances', 'my-app', 'ctr', ...conn, '-o', 'table']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/│ NAME +│ MODEL TYPE +│ STATUS +│ CRON +│ LAST RUN +│/);
    expect(result.stdout).toMatch(
      /│ ctr_test +│ tf_checkpoint +│ available +│ .+ +│ running \d+% · gen \d+ · /,
    );
    expect(result.stdout).not.toContain('FUNCTION');
  });

  it('csv reads back with a header row', async () => {
    const result = await runCli(['instances', 'my-app', 'ctr', ...conn, '-o', 'csv']);
    const [header, ...rows] = parseCsv(result.stdout);
    expect(header?.slice(0, 3)).toEqual(['functionName', 'instanceName', 'modelType']);
    expect(rows.map((row) => row[1])).toEqual(expect.arrayContaining(['ctr_test', 'ctr_prod']));
  });
});

describe('instance', () => {
  it('shows the default marker and the details', async () => {
    const table = await runCli(['instance', 'my-app', 'ctr', 'ctr_prod', ...conn, '-o', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Instance +ctr_prod \(default instance\)$/m);
    expect(table.stdout).toMatch(/^Model type +tf_checkpoint$/m);
    const json = JSON.parse(
      (await runCli(['instance', 'my-app', 'ctr', 'ctr_test', ...conn, '-o', 'json'])).stdout,
    );
    expect(json.isDefault).toBe(false);
    expect(json.instanceName).toBe('ctr_test');
  });

  it('an unknown instance: exit 4 with a hint that lists the instances, connection flags included', async () => {
    const result = await runCli(['instance', 'my-app', 'ctr', 'nope', ...conn]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('Instance.NotExist');
    expect(result.stderr).toContain(`fntasks instances my-app ctr --emulator ${emulator.url}`);
  });
});

/** The newest failed run of my-app/pop/pop_default, as `list` prints it. */
async function newestFailedPopRun(): Promise<{ generation: string }> {
  const listed = await runCli([
    'list',
    'my-app',
    'pop',
    'pop_default',
    ...conn,
    '--status',
    'failed',
    '--page-size',
    '1',
    '-o',
    'json',
  ]);
  return JSON.parse(listed.stdout)[0];
}

describe('run and delete', () => {
  it('run prints the new generation; a second run while it runs is refused with Task.IsRunning (exit 4)', async () => {
    const before = JSON.parse(
      (await runCli(['list', 'my-app', 'ctr', 'ctr_prod', ...conn, '--page-size', '1', '-o', 'json'])).stdout,
    )[0];
    const result = await runCli(['run', 'my-app', 'ctr', 'ctr_prod', ...conn]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\n$/);
    expect(Number(result.stdout)).toBeGreaterThan(Number(before.generation));
    const again = await runCli(['run', 'my-app', 'ctr', 'ctr_prod', ...conn]);
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('Task.IsRunning');

    // A running run cannot be deleted: the service's code, exit 4.
    const refused = await runCli([
      'delete',
      'my-app',
      'ctr',
      'ctr_prod',
      result.stdout.trim(),
      ...conn,
      '--yes',
    ]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('Task.UnableDelete');
  });

  it('run --wait has the exit codes of wait: 6 when --timeout runs out', async () => {
    const result = await runCli([
      'run',
      'my-app',
      'pop',
      'pop_default',
      ...conn,
      '--wait',
      '--timeout',
      '1s',
      '--interval',
      '100ms',
    ]);
    expect(result.stderr).toMatch(/started generation \d+ \(run id [^)]+\) of my-app\/pop\/pop_default/);
    expect(result.stderr).toMatch(/error: Timed out after/);
    expect(result.code).toBe(6);
  });

  it('delete: needs --yes off a terminal; with --yes the run is gone (get exits 7)', async () => {
    const done = await newestFailedPopRun();
    const generation = String(done.generation);
    const unasked = await runCli(['delete', 'my-app', 'pop', 'pop_default', generation, ...conn]);
    expect(unasked.code).toBe(2);
    expect(unasked.stderr).toContain('Add --yes');
    const got = await runCli(['get', 'my-app', 'pop', 'pop_default', generation, ...conn, '-o', 'json']);
    expect(JSON.parse(got.stdout).generation).toBe(generation);
    const deleted = await runCli(['delete', 'my-app', 'pop', 'pop_default', generation, ...conn, '--yes']);
    expect(deleted.code).toBe(0);
    expect(deleted.stderr).toContain(`Deleted run generation ${generation} of my-app/pop/pop_default.`);
    const gone = await runCli(['get', 'my-app', 'pop', 'pop_default', generation, ...conn, '--debug']);
    expect(gone.code).toBe(7);
    // A generation is one GetFunctionTask, not a walk through the pages.
    expect(gone.stderr.match(/→ GET /g)).toHaveLength(1);
    expect(gone.stderr).toMatch(new RegExp(`→ GET \\S+/instances/pop_default/tasks/${generation}$`, 'm'));
  });

  it('delete asks on a terminal, and "n" changes nothing', async () => {
    const task = await newestFailedPopRun();
    const { output } = await onPty(
      ['delete', 'my-app', 'pop', 'pop_default', String(task.generation), ...conn],
      (text, child) => {
        if (text.includes('[y/N]') && !text.includes('Nothing changed')) child.stdin.write('n\n');
      },
    );
    expect(output).toContain(`Delete run generation ${task.generation} of my-app/pop/pop_default? [y/N]`);
    expect(output).toContain('Nothing changed.');
    const still = await runCli(['get', 'my-app', 'pop', 'pop_default', String(task.generation), ...conn]);
    expect(still.code).toBe(0);
  });
});

describe('the emulator that `pnpm start` started', () => {
  it('--emulator without a URL reaches the one FNTASKS_EMULATOR_URL names', async () => {
    const result = await runCli(['instances', 'my-app', 'ctr', '--emulator', '-o', 'json'], {
      env: { FNTASKS_EMULATOR_URL: emulator.url },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(0);
  });

  it('--emulator without a URL reaches the one recorded by scripts/start.mjs, not the default port', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeEmulatorRecord } = await import('../src/emulator-record.js');
    const dir = mkdtempSync(join(tmpdir(), 'fntasks-record-'));
    const record = join(dir, 'emulator.json');
    // The recording process must be alive: this test process stands in for `pnpm start`.
    writeEmulatorRecord(record, { url: emulator.url, pid: process.pid });
    const result = await runCli(
      ['list', 'my-app', 'ctr', 'ctr_test', '--emulator', '-o', 'json', '--page-size', '1'],
      {
        env: { FNTASKS_EMULATOR_RECORD: record },
      },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    // A record whose process has ended is ignored, and the CLI says so instead of switching silently.
    writeEmulatorRecord(record, { url: emulator.url, pid: 2 ** 22 + 12345 });
    const stale = await runCli(
      ['list', 'my-app', 'ctr', 'ctr_test', '--emulator', '-o', 'json', '--request-timeout', '2s'],
      {
        env: { FNTASKS_EMULATOR_RECORD: record },
      },
    );
    expect(stale.stderr).toContain(
      `note: the emulator \`pnpm start\` recorded at ${emulator.url} has stopped`,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
