/**
 * The built binary against an emulator on port 0: list and get in every output format, each parsed back
 * and compared with what core returns for the same query.
 */
import { existsSync } from 'node:fs';
import { createFunctionTasksClient, type FunctionTask, type FunctionTasksClient } from '@fntasks/core';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BIN, FIXTURE, FIXTURE_ARGS, parseCsv, runCli, startFixtureEmulator, stripAnsi } from './helpers.js';

let emulator: EmulatorHandle;
let core: FunctionTasksClient;
let conn: string[];

beforeAll(async () => {
  if (!existsSync(new URL('../dist/cli.cjs', import.meta.url)))
    throw new Error(`Build first: ${BIN} needs dist/ (pnpm run build).`);
  ({ emulator } = await startFixtureEmulator());
  core = createFunctionTasksClient({ endpoint: emulator.url });
  conn = ['--emulator', emulator.url];
});
afterAll(async () => {
  await emulator?.close();
});

/** What core says, as JSON would carry it. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const corePage = async (extra: Record<string, unknown> = {}) =>
  plain((await core.listFunctionTasks({ ...FIXTURE, pageSize: 20, ...extra })).tasks) as FunctionTask[];

describe('list: every format parses back to what core returns', () => {
  it('json', async () => {
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '--output', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const tasks = JSON.parse(result.stdout);
    expect(tasks).toHaveLength(5);
    expect(tasks).toEqual(await corePage());
  });

  it('ndjson, and ndjson is the default when piped', async () => {
    const expected = await corePage();
    for (const args of [['--output', 'ndjson'], []]) {
      const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, ...args]);
      expect(result.code).toBe(0);
      expect(
        result.stdout
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line)),
      ).toEqual(expected);
    }
  });

  it('yaml', async () => {
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '-o', 'yaml']);
    expect(result.code).toBe(0);
    expect(parseYaml(result.stdout)).toEqual(await corePage());
  });

  it('csv, with formula-looking cells escaped', async () => {
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '--output', 'csv', '--utc']);
    expect(result.code).toBe(0);
    const [header, ...rows] = parseCsv(result.stdout);
    expect(header).toEqual([
      'functionName',
      'runId',
      'generation',
      'status',
      'progress',
      'startTime',
      'endTime',
      'durationMs',
      'metric.auc',
      'metric.recall',
      'errors',
      'extendInfo',
    ]);
    const expected = await corePage();
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const task = expected[i] as FunctionTask;
      const cells = Object.fromEntries((header as string[]).map((name, j) => [name, row[j]]));
      const runId = cells.runId as string;
      expect(runId.startsWith("'=") ? runId.slice(1) : runId).toBe(task.runId);
      expect(cells.functionName).toBe(task.functionName);
      expect(cells.generation).toBe(task.generation);
      expect(cells.status).toBe(task.status);
      expect(Number(cells.progress)).toBe(task.progress);
      expect(Date.parse(cells.startTime as string)).toBe(task.startTime);
      expect(cells.endTime === '' ? null : Date.parse(cells.endTime as string)).toBe(task.endTime);
      expect(JSON.parse(cells.extendInfo as string)).toEqual(task.extendInfo);
      // each metric in its own column, the errors in theirs
      for (const name of ['auc', 'recall']) {
        const value = task.extendInfo?.[name];
        expect(cells[`metric.${name}`], name).toBe(typeof value === 'number' ? String(value) : '');
      }
      expect(cells.errors).toBe(((task.extendInfo?.errors as string[] | undefined) ?? []).join('; '));
    });
    expect(result.stdout).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(result.stdout).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('table (forced on a pipe): header, every run, status and metrics, no colour', async () => {
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '--output', 'table', '--utc']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toMatch(/RUN ID .* GEN .* STATUS .* PROGRESS .* STARTED .* DURATION .* METRICS/);
    for (const task of await corePage()) {
      expect(result.stdout).toContain(task.runId.slice(0, 20));
      if (task.status === 'running') expect(result.stdout).toMatch(new RegExp(`░ +${task.progress}%`));
    }
    expect(result.stdout).toContain('recall=91.5 auc=0.8123');
    expect(result.stdout).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ/);
    expect(result.stdout).toContain('Page 1 of 1 · 5 tasks');
  });

  it('--columns picks and orders table and csv columns', async () => {
    const table = await runCli([
      'list',
      ...FIXTURE_ARGS,
      ...conn,
      '-o',
      'table',
      '--columns',
      'status,errors',
    ]);
    expect(table.stdout).toMatch(/STATUS .* ERRORS/);
    expect(table.stdout).not.toContain('RUN ID');
    expect(table.stdout).toContain('OOM: container killed while training (e…');
    const csv = await runCli([
      'list',
      ...FIXTURE_ARGS,
      ...conn,
      '-o',
      'csv',
      '--columns',
      'generation,errors',
    ]);
    expect(parseCsv(csv.stdout).slice(0, 3)).toEqual([
      ['generation', 'errors'],
      ['5', ''],
      ['4', ''],
    ]);
  });
});

describe('list: paging and filters match core', () => {
  const seeded = ['my-app', 'ctr', 'ctr_test'];
  const seededParams = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };

  it('--page and --page-size give the same page as core', async () => {
    const result = await runCli([
      'list',
      ...seeded,
      ...conn,
      '--page',
      '3',
      '--page-size',
      '7',
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      plain((await core.listFunctionTasks({ ...seededParams, pageNumber: 3, pageSize: 7 })).tasks),
    );
  });

  it('--all returns every task, like core listAllFunctionTasks', async () => {
    const result = await runCli(['list', ...seeded, ...conn, '--all', '--page-size', '100', '-o', 'json']);
    expect(result.code).toBe(0);
    const all = plain(await core.listAllFunctionTasks({ ...seededParams, pageSize: 100 }));
    expect(all.length).toBeGreaterThan(100);
    expect(JSON.parse(result.stdout)).toEqual(all);
  });

  it('--limit stops after that many tasks, across pages (ndjson streams)', async () => {
    const result = await runCli(['list', ...seeded, ...conn, '--limit', '7', '--page-size', '3']);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual(plain((await core.listFunctionTasks({ ...seededParams, pageSize: 7 })).tasks));
  });

  it('--status and --since filter like core with the same bounds', async () => {
    const result = await runCli([
      'list',
      ...seeded,
      ...conn,
      '--status',
      'failed',
      '--since',
      '30d',
      '--all',
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    const tasks = JSON.parse(result.stdout) as FunctionTask[];
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((t) => t.status === 'failed')).toBe(true);
    const clock = emulator.getClock().now;
    expect(tasks.every((t) => t.startTime > clock - 30 * 86_400_000 - 60_000)).toBe(true);
    const iso = new Date(clock - 30 * 86_400_000).toISOString();
    const viaIso = await runCli([
      'list',
      ...seeded,
      ...conn,
      '--status',
      'failed',
      '--since',
      iso,
      '--all',
      '-o',
      'json',
    ]);
    expect(JSON.parse(viaIso.stdout)).toEqual(
      plain(
        await core.listAllFunctionTasks({ ...seededParams, status: 'failed', startTime: iso, pageSize: 20 }),
      ),
    );
  });

  it('--until keeps tasks that ended before it', async () => {
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '--until', '2h', '-o', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((t: FunctionTask) => t.generation)).toEqual(['3', '2', '1']);
  });
});

describe('get', () => {
  it('by generation and by run id, in json, equal to the task core lists', async () => {
    const expected = (await corePage()).find((t) => t.generation === '2');
    const byGeneration = await runCli(['get', ...FIXTURE_ARGS, '2', ...conn, '-o', 'json']);
    expect(byGeneration.code).toBe(0);
    expect(JSON.parse(byGeneration.stdout)).toEqual(expected);
    const byRunId = await runCli(['get', ...FIXTURE_ARGS, 'trigger__fixture-2', ...conn]);
    expect(byRunId.code).toBe(0);
    expect(JSON.parse(byRunId.stdout)).toEqual(expected); // json is the default when piped
  });

  it('yaml and the detailed view: extendInfo pretty-printed, errors listed', async () => {
    const yaml = await runCli(['get', ...FIXTURE_ARGS, '1', ...conn, '-o', 'yaml']);
    expect(parseYaml(yaml.stdout)).toEqual((await corePage()).find((t) => t.generation === '1'));
    const detail = await runCli(['get', ...FIXTURE_ARGS, '2', ...conn, '-o', 'table', '--utc']);
    expect(detail.code).toBe(0);
    expect(detail.stdout).toContain('Run id      trigger__fixture-2');
    expect(detail.stdout).toContain('Status      failed');
    expect(detail.stdout).toContain(
      'Extend info\n  {\n    "errors": [\n      "OOM: container killed while training (exit code 137)"\n    ]\n  }',
    );
    expect(detail.stdout).toContain('Errors (1)\n  ✖ OOM: container killed while training (exit code 137)');
  });

  it('a task of a seeded instance deep in the list (second page of 100)', async () => {
    const all = plain(
      await core.listAllFunctionTasks({
        appGroupIdentity: 'my-app',
        functionName: 'ctr',
        instanceName: 'ctr_test',
        pageSize: 100,
      }),
    );
    const target = all[all.length - 1] as FunctionTask;
    const result = await runCli(['get', 'my-app', 'ctr', 'ctr_test', target.runId, ...conn]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(target);
  });

  it('an unknown run exits 7 with a hint', async () => {
    const result = await runCli(['get', ...FIXTURE_ARGS, '99', ...conn]);
    expect(result.code).toBe(7);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `error: No task with generation 99 in cli-e2e/ctr/fixture.\nhint: List the tasks with: fntasks list cli-e2e ctr fixture --emulator ${emulator.url}\n`,
    );
  });
});

describe('presentation flags', () => {
  it('colour: FORCE_COLOR turns it on, --no-color and NO_COLOR turn it off', async () => {
    // No duration column: running tasks' durations grow between the runs compared.
    const args = [
      'list',
      ...FIXTURE_ARGS,
      ...conn,
      '-o',
      'table',
      '-c',
      'run-id,generation,status,progress,start,metrics',
    ];
    const forced = await runCli(args, { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[32msuccess\u001b[39m');
    const noColor = await runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const envNoColor = await runCli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(envNoColor.stdout).not.toContain('\u001b[');
    expect(stripAnsi(forced.stdout)).toBe(noColor.stdout);
  });

  it('times are local by default and UTC with --utc', async () => {
    const env = { TZ: 'Asia/Shanghai' };
    const first = (await corePage())[0] as FunctionTask;
    const local = await runCli(['get', ...FIXTURE_ARGS, '5', ...conn, '-o', 'table'], { env });
    const utc = await runCli(['get', ...FIXTURE_ARGS, '5', ...conn, '-o', 'table', '--utc'], { env });
    const shanghai = new Date(first.startTime + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(local.stdout).toContain(`Started     ${shanghai}\n`);
    expect(utc.stdout).toContain(
      `Started     ${new Date(first.startTime).toISOString().slice(0, 19).replace('T', ' ')}Z\n`,
    );
  });

  it('--version', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('0.1.0\n');
  });
});
