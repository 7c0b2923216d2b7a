/**
 * The CLI's error type and its exit codes. Commands throw `CliError`; only the entry point (`cli.ts`)
 * turns errors into a message and `process.exitCode`. Documented in README.md ("Exit codes").
 */

/** Every exit code `fntasks` uses; scripts and CI pipelines may rely on these values. */
export const ExitCode = {
  /** Success (for `wait`: the task finished with status `success`). */
  Ok: 0,
  /** An unexpected error (a bug); the message is short, the stack is shown with `--debug`. */
  Unexpected: 1,
  /** Bad usage: unknown command or option, missing argument, bad value (status, duration, format…). */
  Usage: 2,
  /** Configuration or authentication: no endpoint/region/emulator, no or wrong credentials, access denied. */
  Config: 3,
  /** The API or the network failed: an API error code, a malformed body, unreachable endpoint, timeout. */
  Api: 4,
  /** `wait`: the task finished with status `failed`. */
  TaskFailed: 5,
  /** `wait`: the timeout ran out before the task finished; `run`: before the new run was listed. */
  WaitTimeout: 6,
  /** `get` / `wait`: no task with that run id or generation. */
  NotFound: 7,
  /** `run`: the outcome of a write is unknown (the create was sent, no clear answer came back; not sent again). */
  WriteOutcomeUnknown: 8,
  /** `health`: at least one instance's newest finished run failed. */
  Failing: 9,
  /** `health`: at least one instance's headline metric regressed, and none is failing. */
  Regressing: 10,
  /** Interrupted by Ctrl-C (SIGINT), the shell convention 128 + 2. */
  Interrupted: 130,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Brands instead of class identity: the start-up bundle (dist/cli.cjs) and the command bundles each hold a
 * copy of this module, so `instanceof` checks the brand (Symbol.for is shared across copies).
 */
const CLI_ERROR = Symbol.for('@fntasks/cli:CliError');
const USAGE_ERROR = Symbol.for('@fntasks/cli:UsageError');

function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

/** An error the CLI expects and explains: one-line message, optional hint, and the exit code to use. */
export class CliError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, CLI_ERROR);
  }
  override name = 'CliError';
  /** The process exit code the entry point uses for this error. */
  readonly exitCode: ExitCodeValue;
  /** What to do about it (printed as `hint: …`), when there is something to say. */
  readonly hint: string | undefined;
  constructor(message: string, exitCode: ExitCodeValue, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    Object.defineProperty(this, CLI_ERROR, { value: true });
    this.exitCode = exitCode;
    this.hint = options.hint;
  }
}

/** A usage error: the entry point prints the command's usage after the message. */
export class UsageError extends CliError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, USAGE_ERROR);
  }
  override name = 'UsageError';
  constructor(message: string, options: { hint?: string } = {}) {
    super(message, ExitCode.Usage, options);
    Object.defineProperty(this, USAGE_ERROR, { value: true });
  }
}
