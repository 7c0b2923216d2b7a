/**
 * The bundles' shape and what each run loads: `--help` reads the start-up bundle only; `list --output json`
 * adds its command's bundle, without the lazily required packages or the Node modules it does not need.
 */

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../scripts/commands.mjs';
import { CACHE_KEY_LINE } from '../src/compile-cache.js';
import { FIXTURE_ARGS, runCli, startFixtureEmulator } from './helpers.js';

interface Output {
  imports: Array<{ path: string; kind: string; external?: boolean }>;
  inputs: Record<string, unknown>;
}
interface Metafile {
  outputs: Record<string, Output>;
}

const dist = new URL('../dist/', import.meta.url);
const metafiles = JSON.parse(readFileSync(new URL('metafile.json', dist), 'utf8')) as {
  entry: Metafile;
  commands: Metafile;
  lazy: Metafile;
};
const packageOf = (path: string) => path.replace(/^.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*$/, '$1');

let emulator: EmulatorHandle;
beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
});
afterAll(async () => {
  await emulator?.close();
});

/** Runs the built binary and returns the dist/ files (relative) and the Node built-ins it loaded. */
async function traceLoads(args: string[], env: Record<string, string> = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'fntasks-trace-')), 'loads.json');
  const preload = new URL('fixtures/trace-loads.cjs', import.meta.url).pathname;
  const result = await runCli(args, {
    env: { ...env, NODE_OPTIONS: `--require ${preload}`, FNTASKS_TRACE_LOADS: out },
  });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const loads = JSON.parse(readFileSync(out, 'utf8')) as { files: string[]; builtins: string[] };
  return {
    files: loads.files
      .filter((file) => file.startsWith(dist.pathname))
      .map((file) => file.slice(dist.pathname.length))
      .sort(),
    builtins: loads.builtins.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13)),
  };
}

describe('bundles', () => {
  const entry = metafiles.entry.outputs['dist/cli.cjs'] as Output;

  it('the start-up bundle holds commander, the declarations and the output rules only', () => {
    const inputs = Object.keys(entry.inputs);
    expect(inputs.filter((p) => p.startsWith('src/')).sort()).toEqual([
      'src/args.ts',
      'src/errors.ts',
      'src/io.ts',
      'src/main.ts',
      ...COMMANDS.map((name) => `src/program/${name}.ts`)
        .concat([
          'src/program/describe.ts',
          'src/program/health-options.ts',
          'src/program/index.ts',
          'src/program/shared.ts',
          'src/program/wait-options.ts',
          'src/program/write-options.ts',
        ])
        .sort(),
      'src/report-error.ts',
      'src/stdio.ts',
      'src/write-fields.ts',
    ]);
    expect([...new Set(inputs.filter((p) => p.includes('node_modules/')).map(packageOf))].sort()).toEqual([
      '@commander-js/extra-typings',
      'commander',
    ]);
    // @fntasks/output (inert error text) is the only workspace package at start-up: core never loads for --help.
    expect(inputs.filter((p) => p.includes('packages/')).every((p) => p.includes('packages/output/'))).toBe(
      true,
    );
    const local = entry.imports.filter((i) => !i.path.startsWith('node:')).map((i) => i.path);
    // A command module imported by several subcommands' actions is one bundle.
    expect([...new Set(local)].sort()).toEqual(COMMANDS.map((name) => `./commands/${name}.cjs`).sort());
  });

  it('core is in the command bundles; yaml, cli-table3, cli-progress and undici each in their own', () => {
    for (const name of COMMANDS.filter((name) => name !== 'completion')) {
      const inputs = Object.keys(metafiles.commands.outputs[`dist/commands/${name}.cjs`]?.inputs ?? {});
      expect(
        inputs.some((p) => p.includes('packages/core/')),
        name,
      ).toBe(true);
      expect(inputs.filter((p) => p.includes('node_modules/')).map(packageOf)).not.toContain('undici');
    }
    const lazy = ['yaml', 'cli-table3', 'cli-progress', 'undici'];
    for (const name of lazy) {
      const inputs = Object.keys(metafiles.lazy.outputs[`dist/lazy/${name}.cjs`]?.inputs ?? {});
      const packages = new Set(inputs.filter((p) => p.includes('node_modules/')).map(packageOf));
      expect(packages.has(name), name).toBe(true);
      expect(
        lazy.filter((other) => other !== name && packages.has(other)),
        name,
      ).toEqual([]);
      expect(
        inputs.some((p) => p.includes('packages/core/') || p.startsWith('src/')),
        name,
      ).toBe(false);
    }
  });

  it('every bundle but the compile cache starts with its content hash, the compile-cache key', () => {
    const bundles = [
      'cli.cjs',
      ...['commands', 'lazy'].flatMap((dir) =>
        readdirSync(new URL(`${dir}/`, dist))
          .filter((f) => f.endsWith('.cjs'))
          .map((f) => `${dir}/${f}`),
      ),
    ];
    expect(bundles.length).toBeGreaterThan(8);
    for (const bundle of bundles) {
      const source = readFileSync(new URL(bundle, dist), 'utf8');
      const key = CACHE_KEY_LINE.exec(source)?.[1];
      const placeholder = source.replace(`fntasks-cache-key:${key}`, `fntasks-cache-key:${'0'.repeat(16)}`);
      expect(createHash('sha256').update(placeholder).digest('hex').slice(0, 16), bundle).toBe(key);
    }
    expect(readFileSync(new URL('compile-cache.cjs', dist), 'utf8')).not.toMatch(/^\/\/ fntasks-cache-key/);
  });
});

describe('what a run loads', () => {
  // The ES module loader is part of every Node start; its translators load with the first ES module.
  const ESM = 'internal/modules/esm/translators';

  it('--help: the start-up bundle only, without child_process or an ES module', async () => {
    const { files, builtins } = await traceLoads(['--help']);
    expect(files).toEqual(['cli.cjs', 'compile-cache.cjs']);
    expect(builtins).not.toContain('child_process');
    expect(builtins).not.toContain(ESM);
  });

  it('list --output json: its command bundle, none of the lazy packages, no crypto, no WHATWG fetch', async () => {
    const { files, builtins } = await traceLoads([
      'list',
      ...FIXTURE_ARGS,
      '--emulator',
      emulator.url,
      '--output',
      'json',
    ]);
    expect(files).toEqual(['cli.cjs', 'commands/list.cjs', 'compile-cache.cjs']);
    for (const name of ['crypto', 'fs/promises', 'child_process', 'internal/deps/undici/undici', ESM]) {
      expect(builtins, name).not.toContain(name);
    }
    expect(builtins).toContain('http');
  });

  it('list --output yaml and table: the package each format needs, on use', async () => {
    const yaml = await traceLoads(['list', ...FIXTURE_ARGS, '--emulator', emulator.url, '--output', 'yaml']);
    expect(yaml.files).toEqual(['cli.cjs', 'commands/list.cjs', 'compile-cache.cjs', 'lazy/yaml.cjs']);
    const table = await traceLoads([
      'list',
      ...FIXTURE_ARGS,
      '--emulator',
      emulator.url,
      '--output',
      'table',
    ]);
    expect(table.files).toEqual(['cli.cjs', 'commands/list.cjs', 'compile-cache.cjs', 'lazy/cli-table3.cjs']);
  });

  it('a proxy variable brings in undici, core’s proxy engine (NO_PROXY lets the request through)', async () => {
    const args = ['list', ...FIXTURE_ARGS, '--emulator', emulator.url, '--output', 'json'];
    const { files } = await traceLoads(args, { HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1' });
    expect(files).toEqual(['cli.cjs', 'commands/list.cjs', 'compile-cache.cjs', 'lazy/undici.cjs']);
  });

  it('the built binary prints completion scripts', async () => {
    const bash = await runCli(['completion', 'bash']);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain('complete -F _fntasks fntasks');
    const zsh = await runCli(['completion', 'zsh']);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout.startsWith('#compdef fntasks')).toBe(true);
  });
});
