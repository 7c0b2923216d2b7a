/**
 * The experiment workflow end to end, through the built CLI only, against an emulator that verifies every
 * signature (`--auth verify`): create an instance with a cron schedule, make it the default, `run --wait` it,
 * list its runs, cancel the default, delete the instance — each step's output and exit code, and what the
 * emulator then holds, read back through the CLI. The emulator's clock is frozen, so no cron fires meanwhile;
 * the run ends when the test finishes it, as training would.
 */
import { describe, expect, it } from 'vitest';
import { startCli, VERIFY_ENV } from './helpers.js';
import { useVerifyingEmulator } from './write-helpers.js';

const suite = useVerifyingEmulator();

const APP = 'my-app';
const FN = 'ctr';
const NAME = 'exp_weekly';
const CRON = '0 3 ? * 0,1,3,5';
const { cli } = suite;
/** Runs a reading command with `-o json` and parses its output; it must succeed. */
async function json<T = Record<string, unknown>>(args: readonly string[]): Promise<T> {
  const result = await cli([...args, '-o', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}
/** The instances of my-app/ctr by name, as `instances` lists them. */
async function listedInstances() {
  const rows = await json<
    Array<{ instanceName: string; cron: string; lastRun: { generation: string } | null }>
  >(['instances', APP, FN]);
  return new Map(rows.map((row) => [row.instanceName, row]));
}

describe('the experiment workflow, through the CLI', () => {
  it('create with a cron → default set → run --wait → list → default unset → delete', async () => {
    // 1. Create the instance with its weekly schedule.
    const created = await cli([
      'instance',
      'create',
      APP,
      FN,
      NAME,
      '--model-type',
      'tf_checkpoint',
      '--cron',
      CRON,
      '--create-param',
      'fg_json={}',
      '--description',
      'experiment: weekday retrain',
      '--yes',
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toMatch(
      new RegExp(`^Created instance ${APP}/${FN}/${NAME} \\(requestId [\\w-]+\\)\\.\\n$`),
    );
    expect(await json(['instance', 'show', APP, FN, NAME])).toMatchObject({
      instanceName: NAME,
      cron: CRON,
      createParameters: [{ name: 'fg_json', value: '{}' }],
      isDefault: false,
      lastRun: null,
    });
    expect((await listedInstances()).get(NAME)?.cron).toBe(CRON);

    // 2. Make it the function's default instance.
    const before = (await cli(['default', 'show', APP, FN])).stdout.trim();
    expect(before).not.toBe(NAME);
    const set = await cli(['default', 'set', APP, FN, NAME, '--yes']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toBe(`${NAME} is now the default instance of ${APP}/${FN}.\n`);
    expect((await cli(['default', 'show', APP, FN])).stdout).toBe(`${NAME}\n`);
    expect((await json(['instance', 'show', APP, FN, NAME])).isDefault).toBe(true);

    // 3. Train it: `run --wait` on @default, which now names it; the run ends as training would.
    const run = startCli(['run', APP, FN, '@default', '--wait', '--interval', '50ms', ...suite.conn], {
      env: VERIFY_ENV,
    });
    await run.waitFor(new RegExp(`started generation (\\d+) \\(run id ([^)]+)\\) of ${APP}/${FN}/${NAME}`));
    const [, generation, runId] =
      /started generation (\d+) \(run id ([^)]+)\)/.exec(run.stderr()) ?? ([] as string[]);
    suite.emulator.finishTask({
      appGroupIdentity: APP,
      functionName: FN,
      instanceName: NAME,
      runId: runId ?? '',
      status: 'success',
    });
    const waited = await run.done;
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.stdout).toContain(`(generation ${generation}) succeeded`);

    // 4. Its runs: the one just trained, finished; `instances` shows it as the last run.
    const runs = await json<Array<{ generation: string; runId: string; status: string; progress: number }>>([
      'list',
      APP,
      FN,
      NAME,
    ]);
    expect(runs).toEqual([expect.objectContaining({ generation, runId, status: 'success', progress: 100 })]);
    expect((await listedInstances()).get(NAME)?.lastRun?.generation).toBe(generation);

    // 5. Cancel the default: the function has none, and @default names nothing.
    const unset = await cli(['default', 'unset', APP, FN, '--yes']);
    expect(unset.code, unset.stderr).toBe(0);
    expect(unset.stderr).toBe(`${APP}/${FN} has no default instance now.\n`);
    const none = await cli(['default', 'show', APP, FN]);
    expect(none.code).toBe(4);
    expect(none.stderr).toContain(`error: ${APP}/${FN} has no default instance (DefaultInstance.NotExist).`);
    expect((await json(['instance', 'show', APP, FN, NAME])).isDefault).toBe(false);
    expect((await cli(['list', APP, FN, '@default'])).code).toBe(4);

    // 6. Delete the instance: gone from show and from the function's instances.
    const deleted = await cli(['instance', 'delete', APP, FN, NAME, '--yes']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stderr).toBe(`Deleted instance ${APP}/${FN}/${NAME}.\n`);
    const gone = await cli(['instance', 'show', APP, FN, NAME]);
    expect(gone.code).toBe(4);
    expect(gone.stderr).toMatch(/^error: API error Instance\.NotExist: /);
    const left = await listedInstances();
    expect(left.has(NAME)).toBe(false);
    expect(left.has('ctr_test')).toBe(true);
  });
});
