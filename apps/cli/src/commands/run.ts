/**
 * `fntasks run APP FN INST [--wait]`: starts a run through core's `startFunctionTask` (CreateFunctionTask
 * answers without a generation; core notes the highest generation before, creates, and returns the first run
 * listed with a greater one) and prints the new generation. With `--wait` it then waits like `fntasks wait`,
 * with its exit codes (0 success, 5 failed, 6 timeout). A run never listed is a timeout too (6), and a create
 * whose outcome core could not learn is exit 8 (never sent twice).
 */
import { DEFAULT_START_OPTIONS, type FunctionTask, type StartOptions, WaitTimeoutError } from '@fntasks/core';
import { inert } from '@fntasks/output';
import type { OutputFormat } from '../args.js';
import { fntasksCommand } from '../command-line.js';
import { toCliError } from '../core-errors.js';
import { CliError, ExitCode } from '../errors.js';
import { formatDuration } from '../format/fields.js';
import type { GlobalOptions, Io } from '../io.js';
import {
  type CommandDeps,
  clientFor,
  contextOf,
  displayFor,
  type InstanceArgs,
  instanceLabel,
  instanceParams,
} from './shared.js';
import { resolveTarget } from './target.js';

/** Options of `run`. */
export interface RunOptions extends GlobalOptions, InstanceArgs {
  /** Wait for the run to finish (exit codes of `wait`). */
  readonly wait: boolean;
  /** Give up after this long (exit 6): waiting for the run to be listed, and with `wait` for it to finish. */
  readonly timeoutMs?: number;
  /** With `wait`: time between polls. */
  readonly intervalMs: number;
  /** The started (or, with `wait`, the final) task in this format; default: one line. */
  readonly output?: OutputFormat;
}

/** Starts a run; prints its generation, or waits for it. */
export async function run(given: RunOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const client = await clientFor(given, io, deps);
  const options = await resolveTarget(client, given, io);
  let started: FunctionTask;
  const began = io.now();
  try {
    started = await client.startFunctionTask(instanceParams(options), {
      ...(io.signal ? { signal: io.signal } : {}),
      ...(options.timeoutMs !== undefined ? shortenedWaits(options.timeoutMs) : {}),
    });
  } catch (error) {
    if (error instanceof WaitTimeoutError) {
      const list = fntasksCommand(
        ['list', options.appGroup, options.functionName, options.instance],
        options,
      );
      throw new CliError(
        `Timed out after ${formatDuration(io.now() - began)} waiting for the new run of ${instanceLabel(options)} to be listed: the service accepted the start, but no generation above the highest before it appeared.`,
        ExitCode.WaitTimeout,
        { hint: `The run may still appear: check before starting another: ${list}` },
      );
    }
    throw toCliError(error, contextOf(options));
  }
  const generation = started.generation ?? '';
  if (options.wait) {
    io.stderr.write(
      `started generation ${inert(generation)} (run id ${inert(started.runId)}) of ${inert(instanceLabel(options))}\n`,
    );
    const { wait } = await import('./wait.js');
    await wait(
      {
        ...options,
        listed: true,
        task: started.generation ? { generation: started.generation } : { runId: started.runId },
      },
      io,
      { client },
    );
    return;
  }
  if (options.output) {
    const { renderTask } = await import('../format/index.js');
    io.stdout.write(await renderTask(options.output, started, displayFor(options, io, io.stdout)));
    return;
  }
  // On a terminal a sentence; piped, the generation alone, so that `GEN=$(fntasks run …)` works.
  io.stdout.write(
    io.stdout.isTTY
      ? `Started generation ${inert(generation)} (run id ${inert(started.runId)}) of ${inert(instanceLabel(options))}.\n`
      : `${inert(generation)}\n`,
  );
}

/** A `--timeout` shorter than core's waits for the new run to be listed (after an unknown outcome too) shortens them. */
function shortenedWaits(timeoutMs: number): StartOptions {
  return {
    timeoutMs: Math.min(timeoutMs, DEFAULT_START_OPTIONS.timeoutMs),
    unknownOutcomeTimeoutMs: Math.min(timeoutMs, DEFAULT_START_OPTIONS.unknownOutcomeTimeoutMs),
  };
}
