// @ts-check
/** Runs a command to completion and hands back its output; a failure throws with the output, for the report. */
import { spawn } from 'node:child_process';

/**
 * @typedef {{ cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string }} RunOptions
 * @typedef {{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }} RunResult
 */

/**
 * Spawns `command args` with piped stdout/stderr collected into `output` as they arrive.
 * @param {string} command @param {readonly string[]} args
 * @param {{ cwd?: string; env?: NodeJS.ProcessEnv; stdin?: 'pipe' | 'ignore' }} [options]
 */
export function spawnCollecting(command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.setEncoding('utf8').on('data', (chunk) => {
    output.stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk) => {
    output.stderr += chunk;
  });
  return { child, output };
}

/**
 * Runs `command args` and resolves with its result whatever the exit code.
 * @param {string} command @param {readonly string[]} args @param {RunOptions} [options]
 * @returns {Promise<RunResult>}
 */
export function runCommand(command, args, options = {}) {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const { child, output } = spawnCollecting(command, args, options);
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, ...output, ms: performance.now() - started });
    });
    // A child that exits before reading its stdin closes the pipe (EPIPE): its exit code is the result.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}

/**
 * Runs `command args` and resolves when it exits 0; otherwise throws an error carrying the command and its output.
 * @param {string} command @param {readonly string[]} args @param {RunOptions} [options]
 * @returns {Promise<RunResult>}
 */
export async function run(command, args, options = {}) {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited ${result.code}`;
    throw new Error(
      `${[command, ...args].join(' ')} ${how} (in ${options.cwd ?? process.cwd()})\n` +
        `--- stdout\n${result.stdout.slice(-4000)}\n--- stderr\n${result.stderr.slice(-4000)}`,
    );
  }
  return result;
}
