/**
 * The compile cache of the built binary (src/compile-cache.ts): written once per bundle, then used as it is;
 * bad data recompiled and replaced; off on request, with --debug, and in a directory others can write to.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_KEY_LINE } from '../src/compile-cache.js';
import { FIXTURE_ARGS, runCli, startFixtureEmulator } from './helpers.js';

let emulator: EmulatorHandle;
let list: string[];
beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
  list = ['list', ...FIXTURE_ARGS, '--emulator', emulator.url, '--output', 'json'];
});
afterAll(async () => {
  await emulator?.close();
});

/** The cache key the build wrote into a bundle. */
const keyOf = (bundle: string) =>
  CACHE_KEY_LINE.exec(readFileSync(new URL(`../dist/${bundle}`, import.meta.url), 'utf8'))?.[1];

const freshDir = () => mkdtempSync(join(tmpdir(), 'fntasks-cc-test-'));
const cacheFiles = (dir: string) => readdirSync(dir).sort();

describe('the compile cache', () => {
  it('is written for each bundle a run compiled, then read as it is', async () => {
    const dir = freshDir();
    const env = { FNTASKS_COMPILE_CACHE: dir };
    const uncached = await runCli(list, { env: { FNTASKS_COMPILE_CACHE: '0' } });
    const first = await runCli(list, { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(uncached.stdout);
    const expected = [`${keyOf('cli.cjs')}.v8`, `${keyOf('commands/list.cjs')}.v8`].sort();
    expect(cacheFiles(dir)).toEqual(expected);
    const written = expected.map((file) => statSync(join(dir, file)).mtimeMs);

    const second = await runCli(list, { env });
    expect(second.stdout).toBe(uncached.stdout);
    // Accepted data is not written again.
    expect(expected.map((file) => statSync(join(dir, file)).mtimeMs)).toEqual(written);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('recompiles over data V8 rejects, and replaces it', async () => {
    const dir = freshDir();
    const file = join(dir, `${keyOf('cli.cjs')}.v8`);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const result = await runCli(['--version'], { env: { FNTASKS_COMPILE_CACHE: dir } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('is off with FNTASKS_COMPILE_CACHE=0 and with --debug', async () => {
    const tmp = freshDir();
    const off = await runCli(['--help'], { env: { FNTASKS_COMPILE_CACHE: '0', TMPDIR: tmp } });
    expect(off.code).toBe(0);
    expect(cacheFiles(tmp)).toEqual([]);
    const dir = freshDir();
    const debug = await runCli(['--version', '--debug'], { env: { FNTASKS_COMPILE_CACHE: dir } });
    expect(debug.code).toBe(0);
    expect(cacheFiles(dir)).toEqual([]);
  });

  it('is not used in a directory that others can write to', async () => {
    const dir = join(freshDir(), 'shared');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const result = await runCli(['--help'], { env: { FNTASKS_COMPILE_CACHE: dir } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: fntasks');
    expect(cacheFiles(dir)).toEqual([]);
  });

  it('defaults to a private directory under the temporary directory', async () => {
    const tmp = freshDir();
    await runCli(['--help'], { env: { TMPDIR: tmp } });
    const [own] = cacheFiles(tmp);
    expect(own).toMatch(/^fntasks-compile-cache-/);
    expect(cacheFiles(join(tmp, own as string))).toEqual([`${keyOf('cli.cjs')}.v8`]);
  });
});
