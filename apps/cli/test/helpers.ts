/** Shared test helpers: task fixtures, in-memory streams, and running the built binary. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FunctionTask } from '@fntasks/core';
import { normalizePage } from '@fntasks/core/normalize';
import type { EmulatorHandle } from '@fntasks/emulator';
import { parse } from 'csv-parse/sync';
import type { Io, OutStream } from '../src/io.js';

/**
 * A clean task with every field set, read off a wire body by core's real normaliser; override what a test is about
 * (as the normalised value), or pass `wire` fields as the service would send them.
 */
export function makeTask(
  overrides: Partial<FunctionTask> = {},
  wire: Record<string, unknown> = {},
): FunctionTask {
  const extendInfo =
    overrides.extendInfo === undefined ? { recall: 91, auc: 0.83, errors: [] } : overrides.extendInfo;
  const raw =
    overrides.extendInfoRaw !== undefined
      ? overrides.extendInfoRaw
      : extendInfo && JSON.stringify(extendInfo);
  const task = {
    functionName: overrides.functionName ?? 'ctr',
    runId: overrides.runId ?? 'trigger__2025-11-28T10:00:00',
    generation: overrides.generation === undefined ? '3' : overrides.generation,
    status: overrides.status ?? 'success',
    progress: overrides.progress ?? 100,
    startTime: overrides.startTime ?? Date.UTC(2025, 10, 28, 10, 0, 0, 123),
    endTime:
      overrides.endTime === undefined ? Date.UTC(2025, 10, 28, 10, 42, 5, 0) : (overrides.endTime ?? 0),
    ...(raw === null ? {} : { extendInfo: raw }),
    ...wire,
  };
  const page = normalizePage({
    body: { requestId: 'r', code: '', result: [task], totalCount: 1 },
    pageNumber: 1,
    pageSize: 1,
  });
  return page.tasks[0] as FunctionTask;
}

/** A stream that keeps what is written. */
export class BufferStream implements OutStream {
  text = '';
  constructor(
    readonly isTTY = false,
    readonly columns = 120,
  ) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** An Io over buffers, with a fixed clock unless given one. */
export function bufferIo(
  options: {
    tty?: boolean;
    env?: Record<string, string | undefined>;
    now?: number;
    signal?: AbortSignal;
  } = {},
) {
  const stdout = new BufferStream(options.tty ?? false);
  const stderr = new BufferStream(options.tty ?? false);
  const io: Io = {
    stdout,
    stderr,
    env: options.env ?? {},
    now: () => options.now ?? Date.UTC(2025, 10, 28, 12, 0, 0),
    signal: options.signal,
  };
  return { io, stdout, stderr };
}

/** Removes ANSI colour and cursor sequences. */
export function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

/** The built binary. */
export const BIN = fileURLToPath(new URL('../bin/fntasks.js', import.meta.url));

/** The Node that runs the binary: `FNTASKS_TEST_NODE` (CI runs the e2e tests under Node 22 and 24), else this one. */
export const NODE = process.env.FNTASKS_TEST_NODE ?? process.execPath;

/** What a run of the binary produced. */
export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `fntasks` with a clean environment (no credentials, no colour forcing) plus `env`. */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; timeoutMs?: number; input?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [BIN, ...args], {
      env: cleanEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** The environment for child runs: PATH and HOME (an empty temp dir when given) only, so nothing leaks in. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: extra.HOME ?? '/nonexistent-fntasks-home',
    TZ: 'UTC',
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Quotes a word for `sh`. */
export const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** The environment of runs on a pseudo-terminal. */
export const TTY_ENV = {
  PATH: process.env.PATH,
  HOME: '/nonexistent-fntasks-home',
  TERM: 'xterm-256color',
  TZ: 'UTC',
};

/**
 * Runs the binary on a pseudo-terminal (120×40) via `script`; returns everything the terminal received.
 * `onOutput` sees the output so far, and the child to type into (its stdin is the terminal's keyboard).
 */
export function onPty(
  args: readonly string[],
  onOutput?: (text: string, child: import('node:child_process').ChildProcessWithoutNullStreams) => void,
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const command = `stty cols 120 rows 40; ${[NODE, BIN, ...args].map(shellQuote).join(' ')}`;
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...TTY_ENV, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.on('error', () => {}); // the terminal may be gone before a late keystroke
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      output += d;
      onOutput?.(output, child);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** A running `fntasks` child whose output can be awaited line by line. */
export interface CliProcess {
  readonly child: import('node:child_process').ChildProcessWithoutNullStreams;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves once stdout or stderr (as chosen) matches. */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr', timeoutMs?: number): Promise<void>;
  /** Resolves with the result when the process ends. */
  readonly done: Promise<RunResult>;
}

/** Starts the built `fntasks` without waiting for it to end. */
export function startCli(
  args: readonly string[],
  options: { env?: Record<string, string | undefined> } = {},
): CliProcess {
  const child = spawn(NODE, [BIN, ...args], {
    env: cleanEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (const l of listeners) l();
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    for (const l of listeners) l();
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const done = new Promise<RunResult>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      for (const l of listeners) l();
      resolve({ code, signal, stdout: out, stderr: err });
    });
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    done,
    waitFor(pattern, stream = 'stderr', timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(stream === 'stdout' ? out : err)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          } else if (child.exitCode !== null) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(
              new Error(
                `process ended before ${pattern} appeared on ${stream}.\nstdout: ${out}\nstderr: ${err}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern} on ${stream}.\nstdout: ${out}\nstderr: ${err}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}

/** Parses CSV output with a quote-aware reader (csv-parse), as a spreadsheet or a script would. */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
  return parse(text, { delimiter: separator, record_delimiter: '\r\n', relax_column_count: true });
}

/**
 * Reads CSV as a spreadsheet does (csv-parse with `relax_quotes`): a quote opens a quoted field only at the very
 * start of a field and is a plain character anywhere else, so a quoted cell holding the other separator splits.
 */
export function spreadsheetCells(text: string, separator: ',' | ';'): string[] {
  const rows: string[][] = parse(text, {
    delimiter: separator,
    record_delimiter: '\r\n',
    relax_column_count: true,
    relax_quotes: true,
  });
  return rows.flat();
}

/** The fixture instance every e2e test reads: `cli-e2e/ctr/fixture`. */
export const FIXTURE = { appGroupIdentity: 'cli-e2e', functionName: 'ctr', instanceName: 'fixture' } as const;
/** The fixture's names as CLI arguments. */
export const FIXTURE_ARGS = [FIXTURE.appGroupIdentity, FIXTURE.functionName, FIXTURE.instanceName] as const;

const MINUTE = 60_000;

/** Five tasks: two successes (one with a formula-looking run id), a failure, and two running ones. */
export function fixtureTasks(now: number) {
  const base = { ...FIXTURE };
  return [
    {
      ...base,
      runId: 'trigger__fixture-1',
      generation: '1',
      status: 'success',
      progress: 100,
      startTime: now - 300 * MINUTE,
      endTime: now - 258 * MINUTE,
      extendInfo: { recall: 91.5, auc: 0.8123, errors: [] },
    },
    {
      ...base,
      runId: 'trigger__fixture-2',
      generation: '2',
      status: 'failed',
      progress: 63,
      startTime: now - 240 * MINUTE,
      endTime: now - 225 * MINUTE,
      extendInfo: { errors: ['OOM: container killed while training (exit code 137)'] },
    },
    {
      ...base,
      runId: '=HYPERLINK("http://evil.example")',
      generation: '3',
      status: 'success',
      progress: 100,
      startTime: now - 180 * MINUTE,
      endTime: now - 150 * MINUTE,
      extendInfo: { recall: 88, note: '@risk, "quoted"', errors: [] },
    },
    {
      ...base,
      runId: 'trigger__fixture-4',
      generation: '4',
      status: 'running',
      progress: 40,
      startTime: now - 20 * MINUTE,
      endTime: 0,
      extendInfo: { errors: [] },
      outcome: 'success',
      durationMs: 1000 * MINUTE,
    },
    {
      ...base,
      runId: 'trigger__fixture-5',
      generation: '5',
      status: 'running',
      progress: 10,
      startTime: now - 5 * MINUTE,
      endTime: 0,
      extendInfo: { errors: [] },
      outcome: 'success',
      durationMs: 1000 * MINUTE,
    },
  ];
}

/**
 * Starts an emulator on port 0 with seed 1, a frozen clock and the fixture instance loaded. Its `url` is a
 * recording proxy in front of it (request-recorder.ts), so the pact-coverage check sees what the CLI sent.
 */
export async function startFixtureEmulator() {
  const { startEmulator } = await import('@fntasks/emulator');
  const { startRecordingProxy } = await import('./request-recorder.js');
  const proxy = await startRecordingProxy();
  const real = await startEmulator({ port: 0, seed: 1, allowedHosts: [proxy.host] });
  proxy.forwardTo(real.url);
  const now = Date.now();
  real.setClock({ now, speed: 0 });
  real.loadTasks(fixtureTasks(now) as never);
  const emulator: EmulatorHandle = {
    ...real,
    url: proxy.url,
    close: async () => {
      await proxy.close();
      await real.close();
    },
  };
  return { emulator, now };
}

/** The key pair a verifying emulator accepts, and the environment that gives it to the CLI. */
export const VERIFY_KEY = {
  accessKeyId: 'LTAI5tCliWrites',
  accessKeySecret: 'cli-writes-secret-7c1d',
} as const;
/** The credentials of {@link VERIFY_KEY} as the CLI reads them. */
export const VERIFY_ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: VERIFY_KEY.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: VERIFY_KEY.accessKeySecret,
};

/**
 * An emulator (seed 1, port 0) that verifies every signature (`--auth verify` with {@link VERIFY_KEY}), behind
 * the recording proxy, whose request count shows what reached it.
 */
export async function startVerifyingEmulator() {
  const { startEmulator } = await import('@fntasks/emulator');
  const { startRecordingProxy } = await import('./request-recorder.js');
  const proxy = await startRecordingProxy();
  const real = await startEmulator({
    port: 0,
    seed: 1,
    allowedHosts: [proxy.host],
    auth: { mode: 'verify', keys: [{ ...VERIFY_KEY }] },
  });
  proxy.forwardTo(real.url);
  const emulator: EmulatorHandle = {
    ...real,
    url: proxy.url,
    close: async () => {
      await proxy.close();
      await real.close();
    },
  };
  return { emulator, requests: proxy.requests, conn: ['--emulator', proxy.url] as const };
}
