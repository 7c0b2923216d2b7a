/** Which emulator `--emulator` without a URL means (src/emulator-record.ts, connection.ts's findEmulator). */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findEmulator } from '../src/connection.js';
import { readEmulatorRecord, removeEmulatorRecord, writeEmulatorRecord } from '../src/emulator-record.js';
import { UsageError } from '../src/errors.js';

const dirs: string[] = [];
const recordPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-record-test-'));
  dirs.push(dir);
  return join(dir, 'emulator.json');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('findEmulator', () => {
  it('an explicit URL wins; one without a scheme says what is wrong', () => {
    expect(findEmulator('http://127.0.0.1:9', { env: {} })).toEqual({
      url: 'http://127.0.0.1:9',
      from: '--emulator',
    });
    expect(() => findEmulator('localhost:40539', { env: {} })).toThrow(UsageError);
    expect(() => findEmulator('localhost:40539', { env: {} })).toThrow(/--emulator http:\/\/localhost:40539/);
  });

  it('FNTASKS_EMULATOR_URL before the record, the record before the default', () => {
    const path = recordPath();
    writeEmulatorRecord(path, { url: 'http://127.0.0.1:45043', pid: process.pid });
    const env = { FNTASKS_EMULATOR_RECORD: path };
    expect(findEmulator(true, { env: { ...env, FNTASKS_EMULATOR_URL: 'http://127.0.0.1:1' } }).url).toBe(
      'http://127.0.0.1:1',
    );
    expect(findEmulator(true, { env }).url).toBe('http://127.0.0.1:45043');
    removeEmulatorRecord(path, process.pid);
    expect(findEmulator(true, { env })).toEqual({
      url: 'http://127.0.0.1:8790',
      from: '--emulator (default URL)',
    });
  });

  it('a record others can write, or one naming a non-loopback URL, is ignored with a note', () => {
    const shared = recordPath();
    writeEmulatorRecord(shared, { url: 'http://127.0.0.1:45043', pid: process.pid });
    chmodSync(shared, 0o666);
    const ignored = findEmulator(true, { env: { FNTASKS_EMULATOR_RECORD: shared } });
    expect(ignored.url).toBe('http://127.0.0.1:8790');
    expect(ignored.note).toMatch(/not a file of yours that only you can write/);

    const foreign = recordPath();
    writeFileSync(foreign, JSON.stringify({ url: 'http://evil.example:80', pid: process.pid }), {
      mode: 0o600,
    });
    expect(readEmulatorRecord(foreign)).toEqual({
      kind: 'untrusted',
      reason: expect.stringMatching(/loopback/),
    });
  });

  it('removeEmulatorRecord leaves a record another `pnpm start` wrote', () => {
    const path = recordPath();
    writeEmulatorRecord(path, { url: 'http://127.0.0.1:45043', pid: process.pid });
    removeEmulatorRecord(path, process.pid + 1);
    expect(readEmulatorRecord(path).kind).toBe('live');
  });
});
