/**
 * `fntasks apps` on the built CLI against an emulator seeded with the demo data (seed 1) and the fixture instance:
 * the application groups through ListAppGroups, as json, table and csv, filtered by name and type.
 */
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE, parseCsv, runCli, startFixtureEmulator } from './helpers.js';

let emulator: EmulatorHandle;
let conn: string[];
beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
  conn = ['--emulator', emulator.url];
});
afterAll(async () => {
  await emulator?.close();
});

describe('apps', () => {
  it('json: the demo groups and the fixture group, each once, with the SDK model fields', async () => {
    const result = await runCli(['apps', ...conn, '-o', 'json']);
    expect(result.code).toBe(0);
    const groups = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(groups.map((g) => g.name).sort()).toEqual(
      ['app_group_name', FIXTURE.appGroupIdentity, 'my-app', 'shop-search'].sort(),
    );
    expect(groups[0]).toMatchObject({ type: 'standard', status: 'normal', warnings: [] });
  });

  it('table and csv; --name and --type filter on the service side', async () => {
    const table = await runCli(['apps', ...conn, '-o', 'table', '--name', 'my-app']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/│ NAME +│ TYPE +│ STATUS +│ INSTANCE +│ CREATED +│/);
    expect(table.stdout).toMatch(/│ my-app +│ standard +│ normal +│ ops-cn-emulator\d+ +│/);
    expect(table.stdout).not.toContain('shop-search');
    const none = await runCli(['apps', ...conn, '-o', 'table', '--type', 'enhanced']);
    expect(none.stdout).toBe('No application groups.\n');
    const csv = await runCli(['apps', ...conn, '-o', 'csv']);
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(header).toEqual([
      'id',
      'name',
      'type',
      'status',
      'instanceId',
      'chargeType',
      'created',
      'description',
    ]);
    expect(rows).toHaveLength(4);
  });

  it('a bad --type is a usage error naming the allowed values, before any request', async () => {
    const result = await runCli(['apps', ...conn, '--type', 'premium']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--type.*standard.*enhanced/s);
  });
});
