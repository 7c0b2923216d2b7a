/** Prism (`@stoplight/prism-cli`) on 127.0.0.1 at a free port, its log to a file, shown when a test fails. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { OUT, ROOT, SPEC } from '../src/generators.js';

/** A free loopback port: Prism cannot bind port 0 and report the port it got. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A running Prism. */
export interface Prism {
  readonly url: string;
  /** Everything Prism logged so far. */
  log(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts `prism <mode> <spec> [...args] -h 127.0.0.1 -p <port>` and waits until it listens. The host is always
 * loopback; a proxy's upstream is given by the caller (always a loopback emulator here).
 */
export async function startPrism(
  name: string,
  port: number,
  mode: 'proxy' | 'mock',
  args: string[],
): Promise<Prism> {
  const logFile = join(OUT, 'logs', `prism-${name}.log`);
  const out = createWriteStream(logFile);
  let text = '';
  const child: ChildProcess = spawn(
    join(ROOT, 'node_modules', '.bin', 'prism'),
    [mode, SPEC, ...args, '-h', '127.0.0.1', '-p', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      out.write(chunk);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (!text.includes(`Prism is listening on ${url}`)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`prism ${mode} did not start:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    log: async () => {
      await new Promise((resolve) => out.write('', resolve));
      return readFile(logFile, 'utf8');
    },
    close: async () => {
      child.kill();
      await exited;
      out.end();
    },
  };
}
