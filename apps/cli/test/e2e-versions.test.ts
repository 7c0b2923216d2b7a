/**
 * `versions current|get` on the built CLI against an emulator that verifies every signature (`--auth verify`),
 * on its built-in version catalogue (ctr/tf_checkpoint: current 101, older 100): the version as data and as the
 * detailed view, the query options, an unknown id (exit 4) and bad values (exit 2, before any request).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useVerifyingEmulator } from './write-helpers.js';

const suite = useVerifyingEmulator();

const { cli } = suite;

describe('versions current', () => {
  it('the current version for a model type, as json: core’s FunctionVersion', async () => {
    const result = await cli(['versions', 'current', 'ctr', '--model-type', 'tf_checkpoint', '-o', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const version = JSON.parse(result.stdout);
    expect(version).toMatchObject({
      functionName: 'ctr',
      modelType: 'tf_checkpoint',
      versionId: 101,
      versionName: 'ctr-tf-1.1',
      warnings: [],
    });
    expect(
      version.versionConfig.createParameters.map((p: { name: string; required: boolean }) => [
        p.name,
        p.required,
      ]),
    ).toEqual([
      ['algorithm', true],
      ['label', true],
      ['sampleDays', false],
    ]);
    expect(version.versionConfig.depends[0].dependency).toBe('behavior');
  });

  it('with every query option: the same version (the emulator keeps one per model and function type)', async () => {
    const result = await cli([
      'versions',
      'current',
      'ctr',
      '--model-type',
      'tf_checkpoint',
      '--function-type',
      'PAAS',
      '--domain',
      'ecommerce',
      '--category',
      'general',
      '-o',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).versionId).toBe(101);
  });

  it('the detailed view lists each parameter with its console hints and the dependencies', async () => {
    const result = await cli(['versions', 'current', 'ctr', '--model-type', 'tf_checkpoint', '-o', 'table']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^Function {7}ctr\nVersion {8}101 \(ctr-tf-1\.1\)\nModel type {5}tf_checkpoint\n/,
    );
    expect(result.stdout).toContain(
      'Create parameters (3)\n  algorithm required\n    formItemProps: {"label":"Algorithm","required":true}',
    );
    expect(result.stdout).toContain('  sampleDays\n');
    expect(result.stdout).toContain(
      'Depends (1)\n  behavior when at least 7 days of behaviour data: user behaviour data',
    );
  });

  it('bad values are exit 2 naming them, before any request', async () => {
    await suite.refusedBeforeSending(
      ['versions', 'current', 'ctr', '--model-type', 'no_such_model'],
      /^error: Invalid --model-type: "no_such_model"\. .*tf_checkpoint/,
    );
    await suite.refusedBeforeSending(
      ['versions', 'current', 'ctr', '--model-type', 'tf_checkpoint', '--domain', 'space'],
      /^error: Invalid --domain: "space"\. .*ecommerce/,
    );
    await suite.refusedBeforeSending(
      ['versions', 'current', 'ctr'],
      /^error: required option '--model-type <type>' not specified/,
    );
  });
});

describe('versions get', () => {
  it('an older version by id, as yaml', async () => {
    const result = await cli(['versions', 'get', 'ctr', '100', '-o', 'yaml']);
    expect(result.code, result.stderr).toBe(0);
    const version = parse(result.stdout);
    expect(version).toMatchObject({ functionName: 'ctr', versionId: 100, versionName: 'ctr-tf-1.0' });
    expect(version.versionConfig.createParameters).toHaveLength(2);
  });

  it('piped, json by default', async () => {
    const result = await cli(['versions', 'get', 'ctr', '101']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).versionId).toBe(101);
  });

  it('an unknown id is Version.NotExist (exit 4) with a hint; a non-number is exit 2 before any request', async () => {
    const unknown = await cli(['versions', 'get', 'ctr', '999']);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toMatch(/^error: API error Version\.NotExist: /);
    expect(unknown.stderr).toContain('hint: Check the version id; the current one: fntasks versions current');
    await suite.refusedBeforeSending(
      ['versions', 'get', 'ctr', 'v1'],
      /^error: Invalid the version id \(second argument\): "v1"\. /,
    );
  });
});
