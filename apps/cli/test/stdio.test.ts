/** The process's outputs off a terminal: synchronous writes, a full pipe handed to Node's stream, a closed pipe. */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainOutput, SyncOutput } from '../src/stdio.js';
import { BIN, cleanEnv, FIXTURE_ARGS, NODE, runCli, startFixtureEmulator } from './helpers.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('SyncOutput', () => {
  it('writes every byte, looping over partial writes', () => {
    const chunks: Buffer[] = [];
    const out = new SyncOutput(
      1,
      () => new PassThrough(),
      () => {},
      (_fd, bytes, offset) => {
        const n = Math.min(3, bytes.length - offset);
        chunks.push(Buffer.from(bytes.subarray(offset, offset + n)));
        return n;
      },
    );
    expect(out.write('hello, wörld\n')).toBe(true);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('hello, wörld\n');
    expect(chunks.length).toBeGreaterThan(3);
  });

  it('hands the rest to Node’s stream when the pipe is full (EAGAIN), and keeps the order', async () => {
    const stream = new PassThrough();
    const direct: string[] = [];
    let calls = 0;
    const out = new SyncOutput(
      1,
      () => stream,
      () => {},
      (_fd, bytes, offset) => {
        calls++;
        if (calls === 2) throw errno('EAGAIN');
        const n = calls === 1 ? 4 : bytes.length - offset;
        direct.push(bytes.subarray(offset, offset + n).toString('utf8'));
        return n;
      },
    );
    out.write('abcdefgh');
    out.write('ijk');
    stream.end();
    const viaStream = (await stream.toArray()).map(String).join('');
    expect(direct.join('') + viaStream).toBe('abcdefghijk');
    expect(viaStream).toBe('efghijk');
    expect(calls).toBe(2);
  });

  it('calls the closed-pipe handler on EPIPE and throws other errors', () => {
    let closed = 0;
    const broken = new SyncOutput(
      1,
      () => new PassThrough(),
      () => closed++,
      () => {
        throw errno('EPIPE');
      },
    );
    expect(broken.write('x')).toBe(false);
    expect(closed).toBe(1);
    const failing = new SyncOutput(
      1,
      () => new PassThrough(),
      () => {},
      () => {
        throw errno('EIO');
      },
    );
    expect(() => failing.write('x')).toThrow('EIO');
  });
});

describe('isPlainOutput', () => {
  it('is true for a file and /dev/null', () => {
    const file = openSync(join(mkdtempSync(join(tmpdir(), 'fntasks-stdio-')), 'out'), 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(isPlainOutput(file)).toBe(true);
      expect(isPlainOutput(devNull)).toBe(true);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
  });

  it('is false for a descriptor that is not open (Node’s stream then decides)', () => {
    expect(isPlainOutput(987_654)).toBe(false);
  });
});

describe('the built binary off a terminal', () => {
  let emulator: EmulatorHandle;
  beforeAll(async () => {
    ({ emulator } = await startFixtureEmulator());
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('writes to a file what it writes to a pipe', async () => {
    const args = ['list', ...FIXTURE_ARGS, '--emulator', emulator.url, '--output', 'json'];
    const piped = await runCli(args);
    const path = join(mkdtempSync(join(tmpdir(), 'fntasks-stdio-')), 'out.json');
    const fd = openSync(path, 'w');
    const code = await new Promise((resolve) => {
      spawn(NODE, [BIN, ...args], { env: cleanEnv(), stdio: ['ignore', fd, 'ignore'] }).on('close', resolve);
    });
    closeSync(fd);
    expect(code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(piped.stdout);
    expect(JSON.parse(piped.stdout)).toHaveLength(5);
  });

  it('ends quietly with exit code 0 when the reader goes away (`| head -1`)', async () => {
    const child = spawn(
      NODE,
      [BIN, 'list', 'my-app', 'ctr', 'ctr_test', '--emulator', emulator.url, '--all', '--output', 'ndjson'],
      { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    // Read the first chunk, then close the pipe, as `head -1` does (the output, ~150 kB, outgrows the pipe).
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
