/**
 * Issue 24: the verifiers other teams run in their CI, against a real emulator through its state-change
 * endpoint. The Rust verifier (`pact verifier` of @pact-foundation/pact-cli, as pact-jvm and pact-go teams use it)
 * verifies this repository's pact and both examples, V3 and V2; through the mutating proxy it fails, naming the
 * interactions. The Ruby verifier (V2 only) verifies the V2 example and fails its mutated copy. Verifier output goes
 * to `.reports/` and is shown only when an assertion fails.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorHandle, PROVIDER_STATES_PATH, startEmulator } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUTATIONS, type MutatingProxy, startMutatingProxy } from '../src/mutating-proxy.js';
import {
  CORE_PACT_FILE,
  EXAMPLE_PACT,
  REPO_ROOT,
  REPORTS_DIR,
  V2_EXAMPLE_PACT,
  V2_MUTATED_EXAMPLE_PACT,
} from './helpers.js';

const require = createRequire(import.meta.url);
/** The Rust binary the pact-cli package ships for this platform. */
const RUST_PACT = join(
  createRequire(require.resolve('@pact-foundation/pact-cli/package.json')).resolve(
    '@pact-foundation/pact-cli-linux-x64/package.json',
  ),
  '..',
  'standalone',
  'pact',
);
const RUBY_VERIFIER = join(
  require.resolve('@pact-foundation/pact-provider-verifier-linux-x64/package.json'),
  '..',
  'bin',
  'pact-provider-verifier',
);

interface Run {
  code: number | null;
  output: string;
  log: string;
}

// The Ruby verifier writes reports/, tmp/ and log/ into its working directory: never into the package.
const VERIFIER_CWD = mkdtempSync(join(tmpdir(), 'fntasks-verifier-'));

/** Runs a verifier binary in a scratch directory; its output goes to `.reports/<name>.log`. */
function run(name: string, command: string, args: string[]): Promise<Run> {
  mkdirSync(REPORTS_DIR, { recursive: true });
  const log = join(REPORTS_DIR, `${name}.log`);
  const child = spawn(command, args, {
    cwd: VERIFIER_CWD,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    output += c.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      writeFileSync(log, `$ ${command} ${args.join(' ')}\n${output}`);
      resolve({ code, output, log });
    });
  });
}

interface RustReport {
  result: boolean;
  interactionResults: { description: string; result: string }[];
}

/** The Rust verifier on `files` against `providerUrl`, states set up through `emulator`'s endpoint. */
async function rustVerify(name: string, files: string[], providerUrl: string, emulator: EmulatorHandle) {
  const report = join(REPORTS_DIR, `${name}.json`);
  const { port } = new URL(providerUrl);
  const result = await run(name, RUST_PACT, [
    'verifier',
    ...files.flatMap((f) => ['-f', f]),
    '--hostname',
    '127.0.0.1',
    '--port',
    port,
    '--state-change-url',
    `${emulator.url}${PROVIDER_STATES_PATH}`,
    '-j',
    report,
    '--no-colour',
  ]);
  return { ...result, report: JSON.parse(readFileSync(report, 'utf8')) as RustReport };
}

function interactionCount(file: string): number {
  return (JSON.parse(readFileSync(file, 'utf8')) as { interactions: unknown[] }).interactions.length;
}

function descriptions(file: string): string[] {
  return (
    JSON.parse(readFileSync(file, 'utf8')) as { interactions: { description: string }[] }
  ).interactions.map((i) => i.description);
}

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startEmulator({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await emulator.close();
});

describe('the Rust verifier (pact-cli) with the emulator state-change endpoint', () => {
  it("passes every interaction of this repository's pacts (pacts/*.json) and of the V3 and V2 examples", async () => {
    const pacts = readdirSync(join(REPO_ROOT, 'pacts'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(REPO_ROOT, 'pacts', name));
    expect(pacts).toContain(CORE_PACT_FILE);
    const files = [...pacts, EXAMPLE_PACT, V2_EXAMPLE_PACT];
    const { code, report, log } = await rustVerify('rust-verifier', files, emulator.url, emulator);
    const failed = report.interactionResults.filter((r) => r.result !== 'OK');
    expect(failed, readFileSync(log, 'utf8')).toEqual([]);
    expect(code).toBe(0);
    expect(report.result).toBe(true);
    expect(report.interactionResults).toHaveLength(files.map(interactionCount).reduce((a, b) => a + b));
    expect(report.interactionResults.length).toBeGreaterThanOrEqual(34 + 5 + 14);
  });

  it('fails through a provider that answers Result in camelCase, naming exactly the camelCase success interactions', async () => {
    let proxy: MutatingProxy | undefined;
    try {
      proxy = await startMutatingProxy(emulator.url, (body) => MUTATIONS.resultPascal(body));
      const { code, report } = await rustVerify(
        'rust-verifier-mutated',
        [CORE_PACT_FILE],
        proxy.url,
        emulator,
      );
      expect(code).not.toBe(0);
      expect(report.result).toBe(false);
      const failed = report.interactionResults.filter((r) => r.result !== 'OK').map((r) => r.description);
      expect(failed).toContain('a request for run 3 of an instance (camelCase answer)');
      expect(failed).toContain('a request for an instance (camelCase answer)');
      expect(failed.filter((d) => d.includes('(PascalCase answer)'))).toEqual([]);
      expect(proxy.mutated).toBeGreaterThan(0);
    } finally {
      await proxy?.close();
    }
  });

  it("fails the V2 example's mutated copy, naming its one broken interaction", async () => {
    const { code, report } = await rustVerify(
      'rust-verifier-v2-mutated',
      [V2_MUTATED_EXAMPLE_PACT],
      emulator.url,
      emulator,
    );
    expect(code).not.toBe(0);
    const failed = report.interactionResults.filter((r) => r.result !== 'OK').map((r) => r.description);
    expect(failed).toEqual(['a page of training runs (ListFunctionTasks, PascalCase answer)']);
  });
});

describe('the Ruby verifier (V2) with the same endpoint', () => {
  const verify = (name: string, file: string) =>
    run(name, RUBY_VERIFIER, [
      'verify',
      '-u',
      file,
      '-h',
      emulator.url,
      '-c',
      `${emulator.url}${PROVIDER_STATES_PATH}`,
    ]);

  it('passes every interaction of the V2 example, both casings of every operation', async () => {
    const result = await verify('ruby-verifier-v2', V2_EXAMPLE_PACT);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`${interactionCount(V2_EXAMPLE_PACT)} interactions, 0 failures`);
    for (const description of descriptions(V2_EXAMPLE_PACT)) expect(result.output).toContain(description);
  });

  it('fails the mutated copy, naming the interaction', async () => {
    const result = await verify('ruby-verifier-v2-mutated', V2_MUTATED_EXAMPLE_PACT);
    expect(result.code).toBe(1);
    expect(result.output).toContain('1 failure');
    expect(result.output).toMatch(
      /1\) Verifying a pact between python-ranking-job and opensearch-function-tasks Given an instance with tasks \(PascalCase\) a page of training runs \(ListFunctionTasks, PascalCase answer\)/,
    );
  });
});
