// @ts-check
/** Starts an installed `fntasks-emulator` bin on 127.0.0.1 port 0 and reads its URL (the first stdout line). */
import { spawnCollecting } from './run.mjs';

/**
 * @typedef {{ url: string; stop: () => Promise<void>; stderr: () => string }} EmulatorProcess
 */

/**
 * @param {string} command the bin (or a Node binary, with the script as the first argument)
 * @param {string[]} args extra arguments after `--host 127.0.0.1 --port 0`
 * @param {{ cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }} [options]
 * @returns {Promise<EmulatorProcess>}
 */
export function startEmulatorProcess(command, args, options = {}) {
  const { child, output } = spawnCollecting(command, [...args, '--host', '127.0.0.1', '--port', '0'], {
    ...options,
    stdin: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(
        new Error(
          `fntasks-emulator printed no URL within ${options.timeoutMs ?? 20_000} ms:\n${output.stderr}`,
        ),
      );
    }, options.timeoutMs ?? 20_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fntasks-emulator exited ${code} before printing its URL:\n${output.stderr}`));
    });
    child.stdout?.on('data', () => {
      const newline = output.stdout.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      resolve({ url: output.stdout.slice(0, newline).trim(), stop, stderr: () => output.stderr });
    });
  });
}
