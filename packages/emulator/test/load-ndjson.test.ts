import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LoadFileError, startEmulator } from '../src/index.js';
import { listRaw, startTestEmulator, task } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'fntasks-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`);
  return path;
}

describe('--load file.ndjson', () => {
  it('imports every line (extendInfo as string or object, blank lines skipped)', async () => {
    const path = file('good.ndjson', [
      task(1),
      '',
      task(2, { extendInfo: '{"recall":91,"errors":[]}' }),
      task(3, { status: 'running', endTime: 0, progress: 5 }),
    ]);
    const h = await startTestEmulator({ load: [path] });
    const res = await listRaw(h, { pageSize: 10 });
    expect(res.json.totalCount).toBe(3);
    expect(res.json.result.map((t: { extendInfo: string }) => t.extendInfo)).toEqual([
      '{"recall":90,"errors":[]}',
      '{"recall":91,"errors":[]}',
      '{"recall":90,"errors":[]}',
    ]);
  });

  const cases: [string, unknown[], RegExp][] = [
    ['invalid JSON', [task(1), '{"runId": oops}', task(3)], /bad-json\.ndjson:2: not valid JSON/],
    [
      'a bad field',
      [task(1), task(2), { ...task(3), progress: 101 }],
      /bad-field\.ndjson:3: progress must be an integer from 0 to 100, got 101/,
    ],
    [
      'a missing name',
      [{ ...task(1), appGroupIdentity: '' }],
      /missing\.ndjson:1: appGroupIdentity must be a non-empty string/,
    ],
    ['a duplicate run id', [task(1), '', task(2), task(1)], /duplicate\.ndjson:4: duplicate task: runId/],
    [
      'an app group named "."',
      [{ ...task(1), appGroupIdentity: '.' }],
      /dot\.ndjson:1: appGroupIdentity must not be "\." or "\.\."/,
    ],
    [
      'an instance named ".."',
      [task(1), { ...task(2), instanceName: '..' }],
      /dotdot\.ndjson:2: instanceName must not be/,
    ],
    [
      'an unknown field',
      [task(1), { ...task(2), StartTime: 5 }],
      /unknown\.ndjson:2: unknown field "StartTime"/,
    ],
  ];
  it.each(cases)('%s: reports file:line and imports nothing', async (_, lines, message) => {
    const name = String(message.source.split('\\.')[0]);
    const path = file(`${name}.ndjson`, lines);
    const h = await startTestEmulator();
    await expect(startEmulator({ load: [path] })).rejects.toThrow(message);
    await expect(startEmulator({ load: [path] })).rejects.toBeInstanceOf(LoadFileError);
    // The same file through a running emulator's store would be all-or-nothing too: nothing is there.
    expect(h.listInstances().instances).toEqual([]);
  });

  it('a missing file is a clear error', async () => {
    await expect(startEmulator({ load: [join(dir, 'nope.ndjson')] })).rejects.toThrow(
      /cannot read .*nope\.ndjson/,
    );
  });

  it('a failing file leaves the earlier data of the same database untouched', async () => {
    const db = join(dir, 'keep.db');
    const first = await startEmulator({ db, load: [file('first.ndjson', [task(1), task(2)])] });
    await first.close();
    await expect(startEmulator({ db, load: [file('second.ndjson', [task(3), task(1)])] })).rejects.toThrow(
      /second\.ndjson:2: duplicate/,
    );
    const again = await startEmulator({ db });
    try {
      expect(again.listInstances().instances[0]?.taskCount).toBe(2);
    } finally {
      await again.close();
    }
  });

  it('the files of one command line are one transaction: a bad second file commits neither, nor the seed', async () => {
    const db = join(dir, 'together.db');
    const a = file('a.ndjson', [task(1), task(2)]);
    const b = file('b.ndjson', [task(3), { ...task(4), status: 'done' }]);
    await expect(startEmulator({ db, seed: 1, load: [a, b] })).rejects.toThrow(/b\.ndjson:2: status must be/);
    // A duplicate across files names the file and line of the second copy.
    const c = file('c.ndjson', [task(5), task(1)]);
    await expect(startEmulator({ db, load: [a, c] })).rejects.toThrow(/c\.ndjson:2: duplicate task/);
    const again = await startEmulator({ db, load: [a] });
    try {
      // A rerun after fixing b works: a's rows were never committed, so they are not duplicates now.
      expect(again.listInstances().instances).toEqual([
        expect.objectContaining({ appGroupIdentity: 'app', instanceName: 'inst', taskCount: 2 }),
      ]);
    } finally {
      await again.close();
    }
  });

  it('a UTF-8 byte order mark before line 1 is accepted', async () => {
    const path = join(dir, 'bom.ndjson');
    writeFileSync(path, `\uFEFF${JSON.stringify(task(1))}\r\n${JSON.stringify(task(2))}\r\n`);
    const h = await startTestEmulator({ load: [path] });
    expect((await listRaw(h, { pageSize: 10 })).json.totalCount).toBe(2);
  });
});
