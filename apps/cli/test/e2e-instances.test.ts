/**
 * `instance create|update|delete` and `default show|set|unset` on the built CLI against an emulator that
 * verifies every signature (`--auth verify`): what each write changes (read back through the CLI), `--dry-run`
 * (the signed request printed with its credentials redacted, nothing reaching the emulator), confirmation on a
 * pseudo-terminal, `--yes` off one, bad input (exit 2 before any request) and the service's refusals (exit 4).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, VERIFY_ENV, VERIFY_KEY } from './helpers.js';
import { startStandIn, useVerifyingEmulator } from './write-helpers.js';

const suite = useVerifyingEmulator();
const dir = mkdtempSync(join(tmpdir(), 'fntasks-instances-'));

const { cli, refusedBeforeSending } = suite;
/** The instance as `instance show -o json` prints it. */
async function show(name: string, form: 'show' | 'older' = 'show') {
  const words = form === 'show' ? ['instance', 'show'] : ['instance'];
  const result = await cli([...words, 'my-app', 'ctr', name, '-o', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

const CRON = '0 3 ? * 0,1,3,5';

describe('instance create', () => {
  it('creates an instance with a cron and parameters; show (both forms) reads them back', async () => {
    const result = await cli([
      'instance',
      'create',
      'my-app',
      'ctr',
      'exp1',
      '--model-type',
      'tf_checkpoint',
      '--cron',
      CRON,
      '--description',
      'weekday retrain',
      '--create-param',
      'fg_json={"features":[]}',
      '--usage-param',
      'topn=20',
      '--yes',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Created instance my-app\/ctr\/exp1 \(requestId [\w-]+\)\.\n$/);
    expect(result.stdout).toBe('');
    const created = await show('exp1');
    expect(created).toMatchObject({
      instanceName: 'exp1',
      functionName: 'ctr',
      modelType: 'tf_checkpoint',
      cron: CRON,
      description: 'weekday retrain',
      createParameters: [{ name: 'fg_json', value: '{"features":[]}' }],
      usageParameters: [{ name: 'topn', value: '20' }],
      isDefault: false,
    });
    expect(await show('exp1', 'older')).toEqual(created);
  });

  it('asks on a terminal before creating; "y" creates it', async () => {
    const yes = await suite.answerOnPty(
      ['instance', 'create', 'my-app', 'ctr', 'exp_tty', '--model-type', 'tf_checkpoint', '--cron', CRON],
      'y',
    );
    expect(yes.output).toContain('Create instance my-app/ctr/exp_tty? [y/N]');
    expect(yes.output).toMatch(/Created instance my-app\/ctr\/exp_tty \(requestId [\w-]+\)\./);
    expect(yes.code).toBe(0);
    expect((await show('exp_tty')).cron).toBe(CRON);
  });

  it('a taken name is the service refusal Instance.Duplicated (exit 4)', async () => {
    const result = await cli([
      'instance',
      'create',
      'my-app',
      'ctr',
      'ctr_test',
      '--model-type',
      'tf_checkpoint',
      '--yes',
    ]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: API error Instance\.Duplicated: /);
  });

  it('bad values are exit 2 naming the value and the option, before any request', async () => {
    await refusedBeforeSending(
      [
        'instance',
        'create',
        'my-app',
        'ctr',
        'exp2',
        '--model-type',
        'tf_checkpoint',
        '--cron',
        '0 3 * *',
        '--yes',
      ],
      /^error: Invalid --cron: "0 3 \* \*"\. /,
    );
    await refusedBeforeSending(
      ['instance', 'create', 'my-app', 'ctr', '2bad', '--model-type', 'tf_checkpoint', '--yes'],
      /^error: Invalid instance name \(the third argument\): "2bad"\. /,
    );
    await refusedBeforeSending(
      ['instance', 'create', 'my-app', 'ctr', 'exp2', '--model-type', 'no_such_model', '--yes'],
      /^error: Invalid --model-type: "no_such_model"\. .*tf_checkpoint/,
    );
    await refusedBeforeSending(
      ['instance', 'create', 'my-app', 'ctr', 'exp2', '--yes'],
      /^error: Missing --model-type\. It is required \(one of tf_checkpoint, /,
    );
  });

  it('a body file: its fields are sent, options win, and a bad file is exit 2 naming it', async () => {
    const body = join(dir, 'exp3.yaml');
    writeFileSync(
      body,
      `modelType: tf_checkpoint\ncron: "0 1 * * *"\ndescription: from the file\ncreateParameters:\n  - name: fg_json\n    value: "{}"\n`,
    );
    const result = await cli([
      'instance',
      'create',
      'my-app',
      'ctr',
      'exp3',
      '--file',
      body,
      '--cron',
      CRON,
      '--yes',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(await show('exp3')).toMatchObject({
      cron: CRON,
      description: 'from the file',
      createParameters: [{ name: 'fg_json', value: '{}' }],
    });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"modelType": "tf_checkpoint",}');
    await refusedBeforeSending(
      ['instance', 'create', 'my-app', 'ctr', 'exp4', '--file', bad, '--yes'],
      new RegExp(`^error: --file ${JSON.stringify(bad).replaceAll('/', '\\/')}: is not valid JSON: `),
    );
    const typed = join(dir, 'typed.yaml');
    writeFileSync(typed, 'modelType: tf_checkpoint\ncreateParameters:\n  - name: n\n    value: 3\n');
    await refusedBeforeSending(
      ['instance', 'create', 'my-app', 'ctr', 'exp4', '--file', typed, '--yes'],
      new RegExp(`^error: Invalid createParameters\\[0\\]\\.value in ${typed.replaceAll('/', '\\/')}: 3\\. `),
    );
  });

  it('--dry-run prints the signed request, credentials redacted, and nothing reaches the emulator', async () => {
    const { result, line, headers, body } = await suite.dryRun([
      'instance',
      'create',
      'my-app',
      'ctr',
      'dry1',
      '--model-type',
      'tf_checkpoint',
      '--cron',
      CRON,
      '--create-param',
      'fg_json={}',
    ]);
    expect(result.stderr).toBe('Dry run: nothing was sent (Create instance my-app/ctr/dry1).\n');
    expect(line).toBe(`POST ${suite.conn[1]}/v4/openapi/app-groups/my-app/functions/ctr/instances`);
    expect(headers).toMatchObject({
      authorization: '<redacted>',
      'x-acs-action': 'CreateFunctionInstance',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(headers['x-acs-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(body).toEqual({
      instanceName: 'dry1',
      modelType: 'tf_checkpoint',
      cron: CRON,
      createParameters: [{ name: 'fg_json', value: '{}' }],
    });
    expect(result.stdout).not.toContain(VERIFY_KEY.accessKeySecret);
    expect(result.stdout).not.toContain(VERIFY_KEY.accessKeyId);
    const gone = await cli(['instance', 'show', 'my-app', 'ctr', 'dry1']);
    expect(gone.code).toBe(4);
    expect(gone.stderr).toContain('Instance.NotExist');
  });
});

describe('instance update', () => {
  it('changes only what is given: an option, then a YAML file', async () => {
    const before = await show('exp1');
    const result = await cli([
      'instance',
      'update',
      'my-app',
      'ctr',
      'exp1',
      '--description',
      'now daily',
      '--yes',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Updated instance my-app\/ctr\/exp1 \(requestId [\w-]+\)\.\n$/);
    const after = await show('exp1');
    expect(after.description).toBe('now daily');
    expect(after.cron).toBe(before.cron);
    expect(after.createParameters).toEqual(before.createParameters);

    const file = join(dir, 'update.yaml');
    writeFileSync(file, 'cron: "0 2 * * *"\nusageParameters:\n  - name: topn\n    value: "50"\n');
    const fromFile = await cli(['instance', 'update', 'my-app', 'ctr', 'exp1', '-f', file, '--yes']);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(await show('exp1')).toMatchObject({
      cron: '0 2 * * *',
      description: 'now daily',
      usageParameters: [{ name: 'topn', value: '50' }],
    });
  });

  it('--dry-run is a PUT of the fields given; an unknown instance is Instance.NotExist (exit 4)', async () => {
    const dry = await suite.dryRun(['instance', 'update', 'my-app', 'ctr', 'exp1', '--cron', CRON]);
    expect(dry.line).toBe(`PUT ${suite.conn[1]}/v4/openapi/app-groups/my-app/functions/ctr/instances/exp1`);
    expect(dry.body).toEqual({ cron: CRON });
    const unknown = await cli(['instance', 'update', 'my-app', 'ctr', 'nope', '--cron', CRON, '--yes']);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('Instance.NotExist');
  });

  it('off a terminal without --yes: exit 2 naming --yes, nothing sent', async () => {
    const result = await refusedBeforeSending(
      ['instance', 'update', 'my-app', 'ctr', 'exp1', '--cron', CRON],
      /^error: instance update asks before changing anything, and stdin is not a terminal: nobody can answer\./,
    );
    expect(result.stderr).toContain('hint: Add --yes');
  });
});

describe('instance delete', () => {
  it('asks on a terminal: "n" changes nothing, "y" deletes', async () => {
    const args = ['instance', 'delete', 'my-app', 'ctr', 'exp3'];
    const no = await suite.answerOnPty(args, 'n');
    expect(no.output).toContain('Delete instance my-app/ctr/exp3? [y/N]');
    expect(no.output).toContain('Nothing changed.');
    expect(no.code).toBe(0);
    expect((await show('exp3')).instanceName).toBe('exp3');
    const yes = await suite.answerOnPty(args, 'y');
    expect(yes.output).toContain('Deleted instance my-app/ctr/exp3.');
    expect(yes.code).toBe(0);
    const gone = await cli(['instance', 'show', 'my-app', 'ctr', 'exp3']);
    expect(gone.code).toBe(4);
    expect(gone.stderr).toContain('Instance.NotExist');
  });

  it('refused while a run is running (Instance.IsRunning, exit 4); the instance stays', async () => {
    const result = await cli(['instance', 'delete', 'my-app', 'ctr', 'ctr_test', '--yes']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: API error Instance\.IsRunning: /);
    expect((await show('ctr_test')).instanceName).toBe('ctr_test');
  });

  it('--dry-run is a DELETE with no body and sends nothing', async () => {
    const dry = await suite.dryRun(['instance', 'delete', 'my-app', 'ctr', 'exp1']);
    expect(dry.line).toBe(
      `DELETE ${suite.conn[1]}/v4/openapi/app-groups/my-app/functions/ctr/instances/exp1`,
    );
    expect(dry.body).toBeUndefined();
    expect((await show('exp1')).instanceName).toBe('exp1');
  });
});

describe('default show|set|unset', () => {
  it('show prints the name alone when piped, or as json', async () => {
    const plain = await cli(['default', 'show', 'my-app', 'ctr']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toBe('ctr_prod\n');
    const json = await cli(['default', 'show', 'my-app', 'ctr', '-o', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({
      appGroupIdentity: 'my-app',
      functionName: 'ctr',
      instanceName: 'ctr_prod',
    });
  });

  it('set asks on a terminal: "n" leaves the default as it was', async () => {
    const no = await suite.answerOnPty(['default', 'set', 'my-app', 'ctr', 'ctr_test'], 'n');
    expect(no.output).toContain('Make ctr_test the default instance of my-app/ctr? [y/N]');
    expect(no.output).toContain('Nothing changed.');
    expect((await cli(['default', 'show', 'my-app', 'ctr'])).stdout).toBe('ctr_prod\n');
  });

  it('set makes another instance the default; an unknown one is DefaultInstance.SetFail (exit 4)', async () => {
    const set = await cli(['default', 'set', 'my-app', 'hot', 'hot_default', '--yes']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toBe('hot_default is now the default instance of my-app/hot.\n');
    expect((await cli(['default', 'show', 'my-app', 'hot'])).stdout).toBe('hot_default\n');
    const unknown = await cli(['default', 'set', 'my-app', 'hot', 'no_such', '--yes']);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toMatch(/^error: API error DefaultInstance\.SetFail: /);
    expect((await cli(['default', 'show', 'my-app', 'hot'])).stdout).toBe('hot_default\n');
  });

  it('unset sends the empty name (dry run shows it), then there is no default: exit 4 with the command to set one', async () => {
    const dry = await suite.dryRun(['default', 'unset', 'my-app', 'hot']);
    expect(dry.line).toBe(`PUT ${suite.conn[1]}/v4/openapi/app-groups/my-app/functions/hot/default-instance`);
    expect(dry.body).toEqual({ instanceName: '' });
    const unset = await cli(['default', 'unset', 'my-app', 'hot', '--yes']);
    expect(unset.code, unset.stderr).toBe(0);
    expect(unset.stderr).toBe('my-app/hot has no default instance now.\n');
    const none = await cli(['default', 'show', 'my-app', 'hot']);
    expect(none.code).toBe(4);
    expect(none.stderr).toContain('error: my-app/hot has no default instance (DefaultInstance.NotExist).');
    expect(none.stderr).toContain(
      `hint: Set one: fntasks default set my-app hot INSTANCE --emulator ${suite.conn[1]}`,
    );
  });
});

describe('an unknown outcome (exit 8)', () => {
  it('a create answered by a 500 is sent once, exit 8, with the command that checks it', async () => {
    const standIn = await startStandIn((_, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ requestId: 'req-500', httpCode: 500, code: 'InternalError', message: 'late' }),
      );
    });
    try {
      const result = await runCli(
        [
          'instance',
          'create',
          'my-app',
          'ctr',
          'exp9',
          '--model-type',
          'tf_checkpoint',
          '--yes',
          '--emulator',
          standIn.url,
        ],
        { env: VERIFY_ENV },
      );
      expect(result.code).toBe(8);
      expect(standIn.posts()).toBe(1);
      expect(result.stderr).toMatch(
        /^error: The outcome of CreateFunctionInstance is unknown: the request was sent and no clear answer came back \(.*\)\. The instance may have been created; it was not sent again\.\n/,
      );
      expect(result.stderr).toContain(
        `hint: Check before trying again: fntasks instance show my-app ctr exp9 --emulator ${standIn.url}`,
      );
    } finally {
      await standIn.close();
    }
  });
});
