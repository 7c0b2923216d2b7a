/**
 * `fntasks wait`: blocks until a task finishes, through core's `waitForFunctionTask`. Exit 0 on success,
 * 5 when it failed, 6 on timeout (README, "Exit codes"). A progress bar on a terminal (stderr), one line per
 * change (and one a minute when nothing changes) otherwise, so CI logs show it is alive.
 */
import type { FunctionTask } from '@fntasks/core';
import type { OutputFormat, TaskRef } from '../args.js';
import { toCliError } from '../core-errors.js';
import { CliError, ExitCode } from '../errors.js';
import { formatDuration, formatMetrics, formatTime, taskDurationMs, taskErrors } from '../format/fields.js';
import type { GlobalOptions, Io } from '../io.js';
import { useColor } from '../io.js';
import { describeRef } from './get.js';
import { type CommandDeps, clientFor, displayFor, type InstanceArgs, instanceParams } from './shared.js';

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
}

/** How often a non-terminal run prints a line when nothing changed. */
export const HEARTBEAT_MS = 60_000;

/** Waits for the task; resolves on success, throws a CliError with exit code 5, 6, 7, 130… otherwise. */
export async function wait(options: WaitOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const client = await clientFor(options, io, deps);
  const started = io.now();
  const progress = await createProgressView(options, io);
  let final: FunctionTask;
  try {
    final = await client.waitForFunctionTask(
      { ...instanceParams(options), ...options.task },
      {
        intervalMs: options.intervalMs,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(io.signal ? { signal: io.signal } : {}),
        onUpdate: (task: FunctionTask) => progress.update(task),
      },
    );
  } catch (error) {
    progress.stop();
    const name = error instanceof Error ? error.name : '';
    if (name === 'TaskFailedError') {
      const task = (error as Error & { task: FunctionTask }).task;
      await printFinal(options, io, task);
      const errors = taskErrors(task);
      throw new CliError(
        `Task ${task.runId} (generation ${task.generation ?? '-'}) failed${durationText(task, io)}${errors.length ? `: ${errors.join('; ')}` : '.'}`,
        ExitCode.TaskFailed,
        {
          hint: `Details: fntasks get ${options.appGroup} ${options.functionName} ${options.instance} ${task.runId ? JSON.stringify(task.runId) : task.generation}`,
        },
      );
    }
    if (name === 'WaitTimeoutError') {
      const last = (error as Error & { lastTask?: FunctionTask | null }).lastTask ?? null;
      const state = last ? `last seen ${last.status} at ${last.progress}%` : 'the task was never seen';
      throw new CliError(
        `Timed out after ${formatDuration(io.now() - started)} waiting for ${describeRef(options.task)} (${state}).`,
        ExitCode.WaitTimeout,
        { hint: 'Raise --timeout, or check the task with fntasks get.' },
      );
    }
    if (name === 'TaskNotFoundError') {
      throw new CliError(
        `No task with ${describeRef(options.task)} in ${options.appGroup}/${options.functionName}/${options.instance}.`,
        ExitCode.NotFound,
        {
          hint: `List the tasks with: fntasks list ${options.appGroup} ${options.functionName} ${options.instance}`,
        },
      );
    }
    if (io.signal?.aborted) throw new CliError('Interrupted.', ExitCode.Interrupted);
    throw toCliError(error);
  }
  progress.stop();
  await printFinal(options, io, final);
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
    `${mark} ${task.runId} (generation ${task.generation ?? '-'}) ${ok ? 'succeeded' : task.status}${durationText(task, io)}${metrics ? ` · ${metrics}` : ''}\n`,
  );
}

interface ProgressView {
  update(task: FunctionTask): void;
  stop(): void;
}

/** A cli-progress bar on a terminal; change lines plus a heartbeat otherwise. Both on stderr. */
async function createProgressView(options: WaitOptions, io: Io): Promise<ProgressView> {
  if (io.stderr.isTTY) {
    const { default: cliProgress } = await import('cli-progress');
    const bar = new cliProgress.SingleBar(
      {
        format: `${describeRef(options.task)} {bar} {percentage}% | {status} | {elapsed}`,
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
    const payload = (task: FunctionTask) => ({
      status: task.status,
      elapsed: formatDuration(taskDurationMs(task, io.now()) ?? 0),
    });
    let started = false;
    return {
      update(task) {
        if (!started) bar.start(100, task.progress, payload(task));
        else bar.update(task.progress, payload(task));
        started = true;
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastKey = '';
  let lastLine = 0;
  return {
    update(task) {
      const key = `${task.status}:${task.progress}`;
      const now = io.now();
      if (key === lastKey && now - lastLine < HEARTBEAT_MS) return;
      lastKey = key;
      lastLine = now;
      io.stderr.write(
        `[${formatTime(now, options.utc === true)}] ${task.runId} (generation ${task.generation ?? '-'}): ${task.status} ${task.progress}%` +
          `${task.status === 'running' ? `, running for ${formatDuration(taskDurationMs(task, now) ?? 0)}` : ''}\n`,
      );
    },
    stop() {},
  };
}
