import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCli } from '../src/cli-options.js';
import { rawRequest, task, tasksPath } from './helpers.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'fntasks-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Spawns the built bin and resolves with its URL line (the first stdout line). */
function spawnBin(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (url) => resolve({ child, url, stderr: () => stderr }));
    child.once('exit', (code) =>
      reject(new Error(`bin exited with ${code} before printing its URL: ${stderr}`)),
    );
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('fntasks-emulator bin', () => {
  it('--port 0 --seed: prints its URL alone on stdout, serves, exits 0 on SIGTERM', async () => {
    const { child, url, stderr } = await spawnBin(['--port', '0', '--seed']);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await rawRequest(url, '/__fntasks/health')).json).toEqual({ ok: true });
      const page = await rawRequest(url, tasksPath('my-app', 'ctr', 'ctr_test'));
      expect(page.json.totalCount).toBeGreaterThan(100);
      expect(stderr()).toMatch(
        /^seeded 3 app groups, 5 functions, 12 instances, \d+ tasks \(\d+ running\) from seed 1$/m,
      );
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
  });

  it('a file database survives SIGINT intact and is reopened without --seed', async () => {
    const db = join(dir, 'emu.db');
    const first = await spawnBin(['--port', '0', '--db', db, '--seed', '4', '--casing', 'pascal']);
    const before = await rawRequest(first.url, tasksPath('shop-search', 'hot', 'hot_trending'));
    expect(before.json.TotalCount).toBeGreaterThan(0);
    first.child.kill('SIGINT');
    expect(await exited(first.child)).toBe(0);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    const second = await spawnBin(['--port', '0', '--db', db]);
    try {
      const after = await rawRequest(second.url, tasksPath('shop-search', 'hot', 'hot_trending'));
      expect(after.json.totalCount).toBe(before.json.TotalCount);
    } finally {
      second.child.kill('SIGTERM');
    }
    expect(await exited(second.child)).toBe(0);
  });

  it('--auth verify with keys from the environment; bad flags exit 2; a bad --load exits 1 naming the line', async () => {
    const { child, url } = await spawnBin(['--port', '0', '--auth', 'verify'], {
      FNTASKS_EMULATOR_ACCESS_KEYS: 'id1:secret1',
    });
    try {
      const res = await rawRequest(url, tasksPath('a', 'b', 'c'));
      expect(res.json.code).toBe('IncompleteSignature');
    } finally {
      child.kill('SIGTERM');
    }
    await exited(child);
    const bad = spawn(process.execPath, [BIN, '--casing', 'snake'], { stdio: 'ignore' });
    expect(await exited(bad)).toBe(2);
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, `${JSON.stringify(task(1))}\nnot json\n`);
    const load = spawn(process.execPath, [BIN, '--port', '0', '--load', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    load.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    expect(await exited(load)).toBe(1);
    expect(err).toContain('bad.ndjson:2: not valid JSON');
  });
});

describe('parseCli', () => {
  it('defaults: 127.0.0.1:8790, :memory:, auth off, no seed', () => {
    expect(parseCli([], {})).toMatchObject({
      host: '127.0.0.1',
      port: 8790,
      db: ':memory:',
      auth: { mode: 'off', keys: [] },
    });
    expect(parseCli([], {})).not.toHaveProperty('seed');
  });

  it('--allowed-host is repeatable and checked', () => {
    expect(parseCli(['--allowed-host', 'emulator:8790', '--allowed-host', 'proxy'], {})).toMatchObject({
      allowedHosts: ['emulator:8790', 'proxy'],
    });
    expect(() => parseCli(['--allowed-host', 'http://x/'], {})).toThrow(/--allowed-host must be a host name/);
  });

  it('--seed alone means seed 1; --seed n keeps n; keys come from flags, env and file', () => {
    expect(parseCli(['--seed'], {})).toMatchObject({ seed: 1 });
    expect(parseCli(['--seed', '--port', '0'], {})).toMatchObject({ seed: 1, port: 0 });
    expect(parseCli(['--seed', '9'], {})).toMatchObject({ seed: 9 });
    const keyFile = join(dir, 'keys.txt');
    writeFileSync(keyFile, '# comment\nfile-id:file:secret\n');
    const options = parseCli(['--auth', 'verify', '--access-key', 'a:b', '--access-key-file', keyFile], {
      FNTASKS_EMULATOR_ACCESS_KEYS: 'env-id:env-secret',
    });
    expect(options).toMatchObject({
      auth: {
        mode: 'verify',
        keys: [
          { accessKeyId: 'a', accessKeySecret: 'b' },
          { accessKeyId: 'env-id', accessKeySecret: 'env-secret' },
          { accessKeyId: 'file-id', accessKeySecret: 'file:secret' },
        ],
      },
    });
  });

  it('fault flags become fault settings; bad values are usage errors that never echo secrets', () => {
    expect(
      parseCli(
        ['--latency', '50', '--throttle-rate', '0.25', '--fault', 'drop:2', '--fault', 'html-502'],
        {},
      ),
    ).toMatchObject({
      faults: {
        latencyMs: 50,
        throttleRate: 0.25,
        next: [
          { kind: 'drop', count: 2 },
          { kind: 'html-502', count: 1 },
        ],
      },
    });
    expect(() => parseCli(['--fault', 'boom'], {})).toThrow(/--fault kind/);
    expect(() => parseCli(['--throttle-rate', '3'], {})).toThrow(/0 to 1/);
    expect(() => parseCli(['--auth', 'verify'], {})).toThrow(/needs at least one key/);
    expect(() => parseCli(['--access-key', 'only-an-id-with-secret-missing'], {})).toThrow(
      /<AccessKeyId>:<AccessKeySecret>$/,
    );
    expect(() => parseCli(['--port', '70000'], {})).toThrow(/65535/);
    expect(() => parseCli(['--nope'], {})).toThrow();
    expect(parseCli(['--clock', '2025-01-01T00:00:00Z', '--clock-speed', '0'], {})).toMatchObject({
      clock: { now: Date.UTC(2025, 0, 1), speed: 0 },
    });
  });
});
