/**
 * Shared test helpers. The bin runs as another team would run it (a child process of the built package); its
 * output goes to a file under `.reports/` and is shown only in a failing assertion, so a green run is quiet.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
/** Where verbose output of the test runs goes (ignored by git). */
export const REPORTS_DIR = join(PACKAGE_DIR, '.reports');
/** The repository root. */
export const REPO_ROOT = join(PACKAGE_DIR, '..', '..');
/** The pact `@fntasks/core`'s consumer tests write. */
export const CORE_PACT_FILE = join(REPO_ROOT, 'pacts', 'fntasks-core-opensearch-function-tasks.json');
/** The worked example of another ecosystem, and its mutation. */
export const EXAMPLE_PACT = join(PACKAGE_DIR, 'examples', 'jvm-consumer.pact.json');
export const MUTATED_EXAMPLE_PACT = join(PACKAGE_DIR, 'examples', 'jvm-consumer.mutated.pact.json');
/** The V2 example (recorded with the Ruby mock service), every operation in both casings, and its mutation. */
export const V2_EXAMPLE_PACT = join(PACKAGE_DIR, 'examples', 'python-consumer-v2.pact.json');
export const V2_MUTATED_EXAMPLE_PACT = join(PACKAGE_DIR, 'examples', 'python-consumer-v2.mutated.pact.json');

/** What a run of the bin left behind. */
export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Where stdout and stderr were written, for the failure message. */
  log: string;
}

/** Runs `dist/bin.js` with `args`; `name` names its log file under `.reports/`. */
export function runBin(name: string, args: string[], cwd = PACKAGE_DIR): Promise<BinRun> {
  mkdirSync(REPORTS_DIR, { recursive: true });
  const log = join(REPORTS_DIR, `${name}.log`);
  const child = spawn(process.execPath, [join(PACKAGE_DIR, 'dist', 'bin.js'), ...args], {
    cwd,
    env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      writeFileSync(
        log,
        `$ fntasks-contract ${args.join(' ')}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
      );
      resolve({ code, stdout, stderr, log });
    });
  });
}

/** The run's output, for an assertion message: shown only when the assertion fails. */
export function shown(run: BinRun): string {
  return readFileSync(run.log, 'utf8');
}

/** A path under `.reports/` for a report file of test `name`. */
export function reportPath(name: string): string {
  return join(REPORTS_DIR, name);
}
