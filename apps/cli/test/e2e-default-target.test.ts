/**
 * `@default` as the instance argument, on the built CLI against an emulator on port 0 (seed 1, clock frozen):
 * every command that takes an instance reads the one GetFunctionDefaultInstance names (`ctr_prod` for
 * my-app/ctr), a real instance named `default` is unaffected, and a function with no default set is exit 4.
 */
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startFixtureEmulator } from './helpers.js';

let emulator: EmulatorHandle;
let conn: string[];
beforeAll(async () => {
  let now: number;
  ({ emulator, now } = await startFixtureEmulator());
  conn = ['--emulator', emulator.url];
  // An instance literally named `default` (not the default instance) with one run of its own.
  emulator.loadInstances([
    { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'default', modelType: 'tf_checkpoint' },
  ]);
  emulator.loadTasks([
    {
      appGroupIdentity: 'my-app',
      functionName: 'ctr',
      instanceName: 'default',
      runId: 'trigger__named-default',
      generation: '1',
      status: 'success',
      progress: 100,
      startTime: now - 3_600_000,
      endTime: now - 1_800_000,
      extendInfo: { auc: 0.5, errors: [] },
    },
  ] as never);
  // my-app/pop has no default instance.
  emulator.setDefaultInstance({ appGroupIdentity: 'my-app', functionName: 'pop', instanceName: null });
});
afterAll(async () => {
  await emulator?.close();
});

const json = async (args: string[]) => {
  const result = await runCli([...args, ...conn, '-o', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

describe('@default names the default instance', () => {
  it('list, get and instance read ctr_prod; a real instance named default keeps its own runs', async () => {
    const byName = await json(['list', 'my-app', 'ctr', 'ctr_prod']);
    expect(byName.length).toBeGreaterThan(0);
    expect(await json(['list', 'my-app', 'ctr', '@default'])).toEqual(byName);

    const generation = byName[0].generation as string;
    expect(await json(['get', 'my-app', 'ctr', '@default', generation])).toEqual(
      await json(['get', 'my-app', 'ctr', 'ctr_prod', generation]),
    );

    const instance = await json(['instance', 'my-app', 'ctr', '@default']);
    expect(instance.instanceName).toBe('ctr_prod');
    expect(instance.isDefault).toBe(true);

    const named = await json(['list', 'my-app', 'ctr', 'default']);
    expect(named.map((task: { runId: string }) => task.runId)).toEqual(['trigger__named-default']);
  });

  it('wait and watch on a finished run of @default end at once with its outcome', async () => {
    const [done] = await json([
      'list',
      'my-app',
      'ctr',
      'ctr_prod',
      '--status',
      'success',
      '--page-size',
      '1',
    ]);
    const waited = await runCli(['wait', 'my-app', 'ctr', '@default', done.generation, ...conn]);
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.stderr).toContain(`of my-app/ctr/ctr_prod`);
    expect(waited.stdout).toContain(`(generation ${done.generation}) succeeded`);

    const watched = await runCli([
      'watch',
      'my-app',
      'ctr',
      '@default',
      done.generation,
      ...conn,
      '-o',
      'ndjson',
    ]);
    expect(watched.code, watched.stderr).toBe(0);
    expect(JSON.parse(watched.stdout.trim().split('\n').at(-1) ?? '').runId).toBe(done.runId);
  });

  it('run starts a run of ctr_prod, and delete names ctr_prod before deleting', async () => {
    const started = await runCli(['run', 'my-app', 'ctr', '@default', ...conn]);
    expect(started.code, started.stderr).toBe(0);
    const [newest] = await json(['list', 'my-app', 'ctr', 'ctr_prod', '--page-size', '1']);
    expect(newest.generation).toBe(started.stdout.trim());
    expect(newest.status).toBe('running');

    const [finished] = await json([
      'list',
      'my-app',
      'ctr',
      'ctr_prod',
      '--status',
      'failed',
      '--page-size',
      '1',
    ]);
    const deleted = await runCli([
      'delete',
      'my-app',
      'ctr',
      '@default',
      finished.generation,
      ...conn,
      '--yes',
    ]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stderr).toContain(`Deleted run generation ${finished.generation} of my-app/ctr/ctr_prod.`);
    const gone = await runCli(['get', 'my-app', 'ctr', 'ctr_prod', finished.generation, ...conn]);
    expect(gone.code).toBe(7);
  });

  it('a function with no default instance: exit 4, saying so, with the command that lists its instances', async () => {
    for (const command of [['list'], ['instance'], ['get', '@default', '3'], ['run']]) {
      const [name, ...rest] = command;
      const args = rest.length > 0 ? rest : ['@default'];
      const result = await runCli([name ?? '', 'my-app', 'pop', ...args, ...conn]);
      expect(result.code, `${command.join(' ')}: ${result.stderr}`).toBe(4);
      expect(result.stderr).toContain(
        'my-app/pop has no default instance, so @default names none (API error DefaultInstance.NotExist',
      );
      expect(result.stderr).toContain(`fntasks instances my-app pop --emulator ${emulator.url}`);
    }
  });
});
