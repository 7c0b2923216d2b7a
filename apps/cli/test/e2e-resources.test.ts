/**
 * `resources list|get|create|update|delete` on the built CLI against an emulator that verifies every signature
 * (`--auth verify`), on the seed's resources (my-app/ctr: `ctr_features`, a feature generator the ctr instances
 * use, and `ctr_stopwords`, a raw file): every format of the list, the detailed view, writes read back through
 * the CLI, the PascalCase body core sends (seen in `--dry-run`, nothing reaching the emulator), confirmation on a
 * pseudo-terminal, bad input (exit 2 before any request) and the service's refusals (exit 4).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsv, runCli, VERIFY_ENV, VERIFY_KEY } from './helpers.js';
import { startStandIn, useVerifyingEmulator } from './write-helpers.js';

const suite = useVerifyingEmulator();
const dir = mkdtempSync(join(tmpdir(), 'fntasks-resources-'));

const { cli, refusedBeforeSending } = suite;
/** A resource as `resources get -o json` prints it. */
async function get(name: string) {
  const result = await cli(['resources', 'get', 'my-app', 'ctr', name, '-o', 'json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown> & { data: Record<string, unknown> };
}
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('resources list and get', () => {
  it('lists every resource of the function as json, each with the instances that use it', async () => {
    const result = await cli(['resources', 'list', 'my-app', 'ctr', '-o', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const resources = JSON.parse(result.stdout) as Array<{
      resourceName: string;
      referencedInstances: string[];
    }>;
    expect(resources.map((r) => r.resourceName).sort()).toEqual(['ctr_features', 'ctr_stopwords']);
    const features = resources.find((r) => r.resourceName === 'ctr_features');
    expect(features?.referencedInstances).toEqual(expect.arrayContaining(['ctr_test', 'ctr_prod']));
  });

  it('--type filters on the service side; ndjson when piped', async () => {
    const result = await cli(['resources', 'list', 'my-app', 'ctr', '--type', 'raw_file']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((r) => r.resourceName)).toEqual(['ctr_stopwords']);
  });

  it('a table with what each holds and who uses it; csv reads back', async () => {
    const table = await cli(['resources', 'list', 'my-app', 'ctr', '-o', 'table']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/│ NAME +│ TYPE +│ DATA +│ USED BY +│ MODIFIED +│ DESCRIPTION +│/);
    expect(table.stdout).toMatch(
      /│ ctr_features +│ feature_generator +│ 2 generators: id_feature, combo_feature +│ .*ctr_test/,
    );
    expect(table.stdout).toMatch(/│ ctr_stopwords +│ raw_file +│ 12 characters +│ - +│/);
    const csv = await cli(['resources', 'list', 'my-app', 'ctr', '-o', 'csv']);
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(header).toEqual([
      'resourceName',
      'resourceType',
      'description',
      'referencedInstances',
      'created',
      'modified',
      'data',
    ]);
    const stopwords = rows.find((row) => row[0] === 'ctr_stopwords');
    expect(JSON.parse(stopwords?.[6] ?? '')).toEqual({ content: 'the\na\nof\nand' });
  });

  it('get: the resource as json, yaml, or the detailed view with its content line by line', async () => {
    const json = await get('ctr_stopwords');
    expect(json).toMatchObject({
      resourceName: 'ctr_stopwords',
      resourceType: 'raw_file',
      referencedInstances: [],
    });
    expect(json.data.content).toBe('the\na\nof\nand');
    const yaml = await cli(['resources', 'get', 'my-app', 'ctr', 'ctr_features', '-o', 'yaml']);
    expect(parse(yaml.stdout).data.generators[0].generator).toBe('id_feature');
    const view = await cli(['resources', 'get', 'my-app', 'ctr', 'ctr_stopwords', '-o', 'table']);
    expect(view.stdout).toMatch(/^Resource {5}ctr_stopwords\n/);
    expect(view.stdout).toContain('Used by      (no instance: it can be deleted)');
    expect(view.stdout).toContain('Content\n  the\n  a\n  of\n  and\n');
    const generators = await cli(['resources', 'get', 'my-app', 'ctr', 'ctr_features', '-o', 'table']);
    expect(generators.stdout).toContain(
      'Generators (2)\n  id_feature     user_id (user) → user_id_feature\n  combo_feature  category (item), gender (user) → category_gender\n',
    );
  });

  it('an unknown resource is Resource.NotExist (exit 4), with a hint', async () => {
    const result = await cli(['resources', 'get', 'my-app', 'ctr', 'nope']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: API error Resource\.NotExist: /);
    // The hint names the resource, not the instance (the generic not-found hint).
    expect(result.stderr).toContain('hint: Check the resource name (the third argument)');
  });

  it('a bad --type is exit 2 naming it, before any request', async () => {
    await refusedBeforeSending(
      ['resources', 'list', 'my-app', 'ctr', '--type', 'spreadsheet'],
      /^error: Invalid --type: "spreadsheet"\. .*feature_generator/,
    );
  });
});

describe('resources create', () => {
  it('a raw file from --content-file; get reads it back', async () => {
    const content = file('blocklist.txt', 'sku-1\nsku-2\n');
    const result = await cli([
      'resources',
      'create',
      'my-app',
      'ctr',
      'ctr_blocklist',
      '--type',
      'raw_file',
      '--description',
      'never rank these',
      '--content-file',
      content,
      '--yes',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Created resource my-app\/ctr\/ctr_blocklist \(requestId [\w-]+\)\.\n$/);
    expect(await get('ctr_blocklist')).toMatchObject({
      resourceType: 'raw_file',
      description: 'never rank these',
      data: { content: 'sku-1\nsku-2\n' },
      referencedInstances: [],
    });
  });

  it('a feature generator from a YAML file', async () => {
    const body = file(
      'generators.yaml',
      `resourceType: feature_generator
description: user features
data:
  generators:
    - generator: id_feature
      input:
        features:
          - name: user_id
            type: user
      output: user_id_feature
`,
    );
    const result = await cli(['resources', 'create', 'my-app', 'ctr', 'user_features', '-f', body, '--yes']);
    expect(result.code, result.stderr).toBe(0);
    const created = await get('user_features');
    expect(created.resourceType).toBe('feature_generator');
    expect(created.data.generators).toEqual([
      {
        generator: 'id_feature',
        input: { features: [{ name: 'user_id', type: 'user' }] },
        output: 'user_id_feature',
      },
    ]);
  });

  it('--dry-run shows the PascalCase body the API wants, and sends nothing', async () => {
    const dry = await suite.dryRun([
      'resources',
      'create',
      'my-app',
      'ctr',
      'dry_words',
      '--type',
      'raw_file',
      '--content',
      'x,y',
    ]);
    expect(dry.line).toBe(`POST ${suite.conn[1]}/v4/openapi/app-groups/my-app/functions/ctr/resources`);
    expect(dry.headers.authorization).toBe('<redacted>');
    expect(dry.result.stdout).not.toContain(VERIFY_KEY.accessKeySecret);
    expect(dry.body).toEqual({
      ResourceName: 'dry_words',
      ResourceType: 'raw_file',
      Data: { Content: 'x,y' },
    });
    expect((await cli(['resources', 'get', 'my-app', 'ctr', 'dry_words'])).code).toBe(4);
  });

  it('bad input is exit 2 naming it, before any request', async () => {
    await refusedBeforeSending(
      [
        'resources',
        'create',
        'my-app',
        'ctr',
        'r1',
        '--file',
        file('pascal.json', '{"ResourceType":"raw_file"}'),
        '--yes',
      ],
      /^error: --file ".*pascal\.json": unknown field "ResourceType"\.\nhint: Fields are camelCase here: write resourceType/,
    );
    await refusedBeforeSending(
      ['resources', 'create', 'my-app', 'ctr', 'r1', '--type', 'raw_file', '--yes'],
      /^error: Missing --content, --content-file or data in --file\. It is required\./,
    );
    await refusedBeforeSending(
      [
        'resources',
        'create',
        'my-app',
        'ctr',
        'r1',
        '--type',
        'feature_generator',
        '--content',
        'x',
        '--yes',
      ],
      /^error: Missing data\.generators \(given in --file\)\. A feature_generator resource needs data\.generators\./,
    );
    await refusedBeforeSending(
      ['resources', 'create', 'my-app', 'ctr', 'r1', '--type', 'csv', '--content', 'x', '--yes'],
      /^error: Invalid --type: "csv"\. /,
    );
    await refusedBeforeSending(
      [
        'resources',
        'create',
        'my-app',
        'ctr',
        'r1',
        '--type',
        'raw_file',
        '--content-file',
        join(dir, 'missing.txt'),
        '--yes',
      ],
      /^error: --content-file ".*missing\.txt": no such file\./,
    );
  });

  it('a taken name is Resource.Duplicated (exit 4)', async () => {
    const result = await cli([
      'resources',
      'create',
      'my-app',
      'ctr',
      'ctr_stopwords',
      '--type',
      'raw_file',
      '--content',
      'x',
      '--yes',
    ]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: API error Resource\.Duplicated: /);
    expect(result.stderr).toContain('hint: That name is taken');
  });
});

describe('resources update', () => {
  it('changes the description only, then the content only', async () => {
    const described = await cli([
      'resources',
      'update',
      'my-app',
      'ctr',
      'ctr_blocklist',
      '--description',
      'v2',
      '--yes',
    ]);
    expect(described.code, described.stderr).toBe(0);
    expect(described.stderr).toMatch(
      /^Updated resource my-app\/ctr\/ctr_blocklist \(requestId [\w-]+\)\.\n$/,
    );
    expect(await get('ctr_blocklist')).toMatchObject({
      description: 'v2',
      data: { content: 'sku-1\nsku-2\n' },
    });
    const content = await cli([
      'resources',
      'update',
      'my-app',
      'ctr',
      'ctr_blocklist',
      '--content',
      'sku-3',
      '--yes',
    ]);
    expect(content.code, content.stderr).toBe(0);
    expect(await get('ctr_blocklist')).toMatchObject({ description: 'v2', data: { content: 'sku-3' } });
  });

  it('--dry-run is a PUT of the PascalCase fields given; an unknown resource is Resource.NotExist', async () => {
    const dry = await suite.dryRun([
      'resources',
      'update',
      'my-app',
      'ctr',
      'ctr_blocklist',
      '--description',
      'v3',
    ]);
    expect(dry.line).toBe(
      `PUT ${suite.conn[1]}/v4/openapi/app-groups/my-app/functions/ctr/resources/ctr_blocklist`,
    );
    expect(dry.body).toEqual({ Description: 'v3' });
    const unknown = await cli([
      'resources',
      'update',
      'my-app',
      'ctr',
      'nope',
      '--description',
      'x',
      '--yes',
    ]);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('Resource.NotExist');
  });
});

describe('resources delete', () => {
  it('refused while an instance uses it (Resource.InUse, exit 4)', async () => {
    const result = await cli(['resources', 'delete', 'my-app', 'ctr', 'ctr_features', '--yes']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: API error Resource\.InUse: /);
    expect(result.stderr).toContain('hint: It is in use');
    expect((await get('ctr_features')).resourceName).toBe('ctr_features');
  });

  it('asks on a terminal: "n" changes nothing, "y" deletes; then it is Resource.NotExist', async () => {
    const args = ['resources', 'delete', 'my-app', 'ctr', 'ctr_blocklist'];
    const no = await suite.answerOnPty(args, 'n');
    expect(no.output).toContain('Delete resource my-app/ctr/ctr_blocklist? [y/N]');
    expect(no.output).toContain('Nothing changed.');
    expect((await get('ctr_blocklist')).resourceName).toBe('ctr_blocklist');
    const yes = await suite.answerOnPty(args, 'y');
    expect(yes.code).toBe(0);
    expect(yes.output).toContain('Deleted resource my-app/ctr/ctr_blocklist.');
    expect((await cli(['resources', 'get', 'my-app', 'ctr', 'ctr_blocklist'])).code).toBe(4);
  });

  it('off a terminal it needs --yes; --dry-run is a DELETE that sends nothing', async () => {
    await refusedBeforeSending(
      ['resources', 'delete', 'my-app', 'ctr', 'user_features'],
      /^error: resources delete asks before changing anything, and stdin is not a terminal: nobody can answer\./,
    );
    const dry = await suite.dryRun(['resources', 'delete', 'my-app', 'ctr', 'user_features']);
    expect(dry.line).toBe(
      `DELETE ${suite.conn[1]}/v4/openapi/app-groups/my-app/functions/ctr/resources/user_features`,
    );
    expect(dry.body).toBeUndefined();
    const deleted = await cli(['resources', 'delete', 'my-app', 'ctr', 'user_features', '--yes']);
    expect(deleted.code, deleted.stderr).toBe(0);
  });
});

describe('an unknown outcome (exit 8)', () => {
  it('a create answered by a dropped connection is sent once, exit 8, with the command that checks it', async () => {
    const standIn = await startStandIn((req) => req.socket.destroy());
    try {
      const result = await runCli(
        [
          'resources',
          'create',
          'my-app',
          'ctr',
          'r9',
          '--type',
          'raw_file',
          '--content',
          'x',
          '--yes',
          '--emulator',
          standIn.url,
        ],
        { env: VERIFY_ENV },
      );
      expect(result.code).toBe(8);
      expect(standIn.posts()).toBe(1);
      expect(result.stderr).toMatch(
        /^error: The outcome of CreateFunctionResource is unknown: the request was sent and no clear answer came back \(.*\)\. The resource may have been created; it was not sent again\.\n/,
      );
      expect(result.stderr).toContain(
        `hint: Check before trying again: fntasks resources get my-app ctr r9 --emulator ${standIn.url}`,
      );
    } finally {
      await standIn.close();
    }
  });
});
