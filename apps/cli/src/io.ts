/** What a command writes to and reads from, so commands run the same under tests as in a terminal. */

/** A writable text stream (process.stdout / stderr, or a test buffer). */
export interface OutStream {
  write(text: string): unknown;
  /** True when the stream is a terminal. */
  readonly isTTY?: boolean;
  /** Terminal width in characters, when known. */
  readonly columns?: number;
}

/** The standard input, as far as a command reads it: a yes/no question on a terminal. */
export interface InStream {
  /** True when stdin is a terminal (someone can answer). */
  readonly isTTY: boolean;
  /** Shows `prompt` (on stderr) and resolves with the line typed. */
  question(prompt: string): Promise<string>;
}

/** The streams and process facts a command needs. */
export interface Io {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Standard input, for confirmations; absent means nobody can answer. */
  readonly stdin?: InStream;
  /** The environment (NO_COLOR, credentials…). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Current time in epoch milliseconds. */
  readonly now: () => number;
  /** Fires on Ctrl-C; commands that loop (watch, wait) stop on it. */
  readonly signal?: AbortSignal;
}

/** Options every command shares (connection, presentation, diagnostics). */
export interface GlobalOptions {
  /** A base URL, e.g. `https://opensearch.cn-hangzhou.aliyuncs.com`. */
  endpoint?: string;
  /** A region id; the endpoint becomes `https://opensearch.{region}.aliyuncs.com`. */
  region?: string;
  /** The aliyun CLI profile to take credentials (and region) from. */
  profile?: string;
  /** A local emulator's URL (`true`: no URL given; see connection.ts for which emulator that means). */
  emulator?: string | boolean;
  /** Print each request with its requestId and latency to stderr (secrets redacted), and stacks on errors. */
  debug?: boolean;
  /** `false` with `--no-color`. */
  color?: boolean;
  /** Show times in UTC instead of local time. */
  utc?: boolean;
  /** Request timeout per call, in milliseconds. */
  requestTimeoutMs?: number;
  /** `--qps`: the client-wide rate limit in calls per second (else FNTASKS_QPS, else none). */
  qps?: number;
}

/** Whether to colour output: off with `--no-color`, NO_COLOR, or when the stream is no terminal; FORCE_COLOR turns it on. */
export function useColor(
  options: Pick<GlobalOptions, 'color'>,
  io: Pick<Io, 'env'>,
  stream: OutStream,
): boolean {
  if (options.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return stream.isTTY === true && io.env.TERM !== 'dumb';
}
