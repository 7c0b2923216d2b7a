/**
 * `fntasks wait`: blocks until a task finishes, through core's `waitForFunctionTask`. Exit 0 on success,
 * 5 when it failed, 6 on timeout (README, "Exit codes"). A progress bar on a terminal (stderr), one line per
 * change and a heartbeat line when nothing changed for a while otherwise, so CI logs show it is alive.
 */
import {
  type FunctionTask,
  type FunctionTasksClient,
  TaskFailedError,
  taskDurationMs,
  taskErrorMessages,
  WaitTimeoutError,
} from '@fntasks/core';
import { inert } from '@fntasks/output';
import type { OutputFormat, TaskRef } from '../args.js';
import { fntasksCommand } from '../command-line.js';
import { toCliError } from '../core-errors.js';
import { CliError, ExitCode } from '../errors.js';
import { formatDuration, formatMetrics, formatTime } from '../format/fields.js';
import type { GlobalOptions, Io } from '../io.js';
import { useColor } from '../io.js';
import { serviceNow } from '../service-clock.js';
import { describeRef } from './get.js';
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

/** Options of `wait`. */
export interface WaitOptions extends GlobalOptions, InstanceArgs {
  /** The run id or generation. */
  readonly task: TaskRef;
  /** Give up after this long (exit 6); no limit when absent. */
  readonly timeoutMs?: number;
  /** Time between polls. */
  readonly intervalMs: number;
  /** Print the final task in this format on stdout (default: one summary line). */
  readonly output?: OutputFormat;
  /** Off a terminal: print the last state again after this long without a change (default 60 s). */
  readonly heartbeatMs?: number;
  /** The run is known to be listed (`run --wait` saw it): no look at the newest generation first. */
  readonly listed?: boolean;
}

/** Off a terminal, how long `wait` stays silent before repeating the last state. */
export const HEARTBEAT_MS = 60_000;

/** Waits for the task; resolves on success, throws a CliError with exit code 5, 6, 130… otherwise. */
export async function wait(given: WaitOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const client = await clientFor(given, io, deps);
  const options = await resolveTarget(client, given, io);
  if (!options.listed && 'generation' in options.task) await warnBeyondNext(client, options, io);
  const started = io.now();
  const progress = await createProgressView(options, io, () => serviceNow(client, io.now));
  let final: FunctionTask;
  try {
    final = await client.waitForFunctionTask(
      { ...instanceParams(options), ...options.task },
      {
        intervalMs: options.intervalMs,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(io.signal ? { signal: io.signal } : {}),
        onUpdate: (task: FunctionTask) => progress.update(task),
        onPoll: (error: unknown) => (error === undefined ? progress.read() : progress.failed(error)),
      },
    );
  } catch (error) {
    progress.stop();
    if (error instanceof TaskFailedError) {
      const task = error.task;
      await printFinal(options, io, task);
      const errors = taskErrorMessages(task);
      throw new CliError(
        `Task ${task.runId} (generation ${task.generation ?? '-'}) ${task.status === 'failed' ? 'failed' : `ended with status ${JSON.stringify(task.status)}`}${durationText(task, io)}${errors.length ? `: ${errors.join('; ')}` : '.'}`,
        ExitCode.TaskFailed,
        {
          hint: `Details: ${fntasksCommand(['get', options.appGroup, options.functionName, options.instance, task.generation ?? task.runId], options)}`,
        },
      );
    }
    if (error instanceof WaitTimeoutError) {
      const last = error.lastTask;
      const state = last ? `last seen ${last.status} at ${last.progress}%` : 'the task was never seen';
      const failing = progress.failing();
      throw new CliError(
        `Timed out after ${formatDuration(io.now() - started)} waiting for ${describeRef(options.task)} (${state})${failing ? `; ${failing}` : ''}.`,
        ExitCode.WaitTimeout,
        {
          hint: `Raise --timeout, or look at the run: ${fntasksCommand(['get', options.appGroup, options.functionName, options.instance, refText(options.task)], options)}`,
        },
      );
    }
    if (io.signal?.aborted) throw new CliError('Interrupted.', ExitCode.Interrupted);
    throw toCliError(error, contextOf(options));
  }
  progress.stop();
  await printFinal(options, io, final);
}

/**
 * Generations count up one per run, so one beyond the newest + 1 is a typo or a run far in the future: said at
 * once, since without `--timeout` the wait would last until Ctrl-C. One `pageSize=1` read of the newest run; a
 * failed read says nothing (the wait itself reports the errors it rides out).
 */
async function warnBeyondNext(client: FunctionTasksClient, options: WaitOptions, io: Io): Promise<void> {
  const text = 'generation' in options.task ? options.task.generation : '';
  const wanted = Number(text);
  let newest: number;
  try {
    const page = await client.listFunctionTasks(
      { ...instanceParams(options), pageSize: 1 },
      io.signal ? { signal: io.signal } : undefined,
    );
    newest = Number(page.tasks[0]?.generation ?? (page.totalCount === 0 ? 0 : Number.NaN));
  } catch {
    return;
  }
  if (!Number.isSafeInteger(newest) || !(wanted > newest + 1)) return;
  io.stderr.write(
    `warning: generation ${text} may never appear: the newest run of ${inert(instanceLabel(options))} is ${newest === 0 ? 'none yet' : `generation ${newest}`}, so the next is ${newest + 1}${options.timeoutMs === undefined ? '; without --timeout this waits until Ctrl-C' : ''}.\n`,
  );
}

/** The task argument as the user would type it again. */
function refText(ref: TaskRef): string {
  return 'runId' in ref ? ref.runId : ref.generation;
}

function durationText(task: FunctionTask, io: Io): string {
  const ms = taskDurationMs(task, io.now());
  return ms === null ? '' : ` after ${formatDuration(ms)}`;
}

/** The final task on stdout: in `--output` format, or one summary line. */
async function printFinal(options: WaitOptions, io: Io, task: FunctionTask): Promise<void> {
  if (options.output) {
    const { renderTask } = await import('../format/index.js');
    io.stdout.write(await renderTask(options.output, task, displayFor(options, io, io.stdout)));
    return;
  }
  const ok = task.status === 'success';
  const metrics = formatMetrics(task);
  const color = useColor(options, io, io.stdout);
  const mark = ok ? (color ? '\u001b[32m✔\u001b[39m' : '✔') : color ? '\u001b[31m✖\u001b[39m' : '✖';
  io.stdout.write(
    `${mark} ${inert(task.runId)} (generation ${task.generation ?? '-'}) ${ok ? 'succeeded' : inert(task.status)}${durationText(task, io)}${metrics ? ` · ${inert(metrics)}` : ''}\n`,
  );
}

interface ProgressView {
  update(task: FunctionTask): void;
  /** A poll read the list. */
  read(): void;
  /** A poll failed and the wait goes on. */
  failed(error: unknown): void;
  /** `reads are failing (3 in a row), last error: …` while they are, else undefined. */
  failing(): string | undefined;
  stop(): void;
}

/** Counts the polls that failed in a row (a successful one resets it) and words them, inert. */
function readFailures() {
  let count = 0;
  let last = '';
  return {
    failed(error: unknown) {
      count++;
      last = error instanceof Error ? error.message : String(error);
    },
    succeeded() {
      count = 0;
    },
    text(): string | undefined {
      if (count === 0) return undefined;
      return inert(`reads are failing (${count} in a row), last error: ${last}`);
    },
  };
}

/** A cli-progress bar on a terminal; change lines plus a heartbeat otherwise. Both on stderr. */
async function createProgressView(
  options: WaitOptions,
  io: Io,
  serviceTime: () => number,
): Promise<ProgressView> {
  const target = inert(`${describeRef(options.task)} of ${instanceLabel(options)}`);
  const stamp = () => `[${formatTime(io.now(), options.utc === true)}]`;
  // A running task's startTime is the service's: its running time is read on the service's clock.
  const elapsed = (task: FunctionTask) => formatDuration(taskDurationMs(task, serviceTime()) ?? 0);
  io.stderr.write(
    `${stamp()} waiting for ${target}${options.timeoutMs ? ` (timeout ${formatDuration(options.timeoutMs)})` : ''}\n`,
  );

  if (io.stderr.isTTY) {
    const { default: cliProgress } = await import('cli-progress');
    const bar = new cliProgress.SingleBar(
      {
        // cli-progress fills {tokens} in: braces from a run id must not become tokens.
        format: `${inert(describeRef(options.task)).replace(/[{}]/g, '')} {bar} {percentage}% | {status} | {elapsed}`,
        stream: io.stderr as unknown as NodeJS.WritableStream,
        barCompleteChar: '█',
        barIncompleteChar: '░',
        barsize: 30,
        hideCursor: true,
        clearOnComplete: false,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    let last: FunctionTask | undefined;
    const failures = readFailures();
    const status = (task: FunctionTask) => {
      const failing = failures.text();
      return `${inert(task.status)}${failing ? ` (${failing.replace(/[{}]/g, '')})` : ''}`;
    };
    // The running time grows between polls: refresh it every second.
    const ticker = setInterval(() => {
      if (last) bar.update(last.progress, { status: status(last), elapsed: elapsed(last) });
    }, 1000);
    ticker.unref();
    return {
      update(task) {
        const values = { status: status(task), elapsed: elapsed(task) };
        if (!last) bar.start(100, task.progress, values);
        else bar.update(task.progress, values);
        last = task;
      },
      failed(error) {
        const first = failures.text() === undefined;
        failures.failed(error);
        // Before the bar starts, the terminal shows lines: say it on the first failure of a streak.
        if (!last && first) io.stderr.write(`${stamp()} ${failures.text()}; still waiting for ${target}\n`);
      },
      read: () => failures.succeeded(),
      failing: () => failures.text(),
      stop() {
        clearInterval(ticker);
        if (last) bar.stop();
      },
    };
  }

  let last: FunctionTask | undefined;
  let lastLine = io.now();
  const failures = readFailures();
  const line = (task: FunctionTask, still: boolean) => {
    lastLine = io.now();
    io.stderr.write(
      `${stamp()} ${inert(task.runId)} (generation ${inert(task.generation ?? '-')}): ${still ? 'still ' : ''}${inert(task.status)} ${task.progress}%` +
        `${task.status === 'running' ? `, running for ${elapsed(task)}` : ''}\n`,
    );
  };
  // Core reports changes only; a long quiet stretch still gets a line, so a CI log never looks stuck.
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const heartbeat = setInterval(
    () => {
      if (io.now() - lastLine < heartbeatMs) return;
      const failing = failures.text();
      if (failing) failingLine(failing);
      else if (last) line(last, true);
      else {
        lastLine = io.now();
        io.stderr.write(`${stamp()} still waiting for ${target} to be listed\n`);
      }
    },
    Math.min(heartbeatMs, 5000),
  );
  heartbeat.unref();
  const failingLine = (failing: string) => {
    lastLine = io.now();
    io.stderr.write(`${stamp()} ${failing}; still waiting for ${target}\n`);
  };
  return {
    update(task) {
      last = task;
      line(task, false);
    },
    failed(error) {
      const first = failures.text() === undefined;
      failures.failed(error);
      // The first failure of a streak is said at once; the heartbeat repeats it while it lasts.
      if (first) failingLine(failures.text() ?? '');
    },
    read: () => failures.succeeded(),
    failing: () => failures.text(),
    stop() {
      clearInterval(heartbeat);
    },
  };
}
