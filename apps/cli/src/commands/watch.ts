/**
 * `fntasks watch`: a live view until Ctrl-C (which ends it with exit 0). Without a task: the instance's
 * running tasks, plus those that finished while watching. With a task: that task, through core's
 * `watchFunctionTask`, ending when it finishes. On a terminal the table is redrawn in place; otherwise one
 * line per change (ndjson by default, or a human line with `--output table`).
 */
import type { FunctionTask } from '@fntasks/core';
import { inert } from '@fntasks/output';
import type { OutputFormat, TaskRef } from '../args.js';
import { toCliError } from '../core-errors.js';
import { UsageError } from '../errors.js';
import { printableTask } from '../format/depth.js';
import { formatTime } from '../format/fields.js';
import { renderNdjson } from '../format/ndjson.js';
import type { GlobalOptions, Io } from '../io.js';
import {
  type CommandDeps,
  clientFor,
  contextOf,
  displayFor,
  type InstanceArgs,
  instanceLabel,
  instanceParams,
  outputFormat,
} from './shared.js';
import { resolveTarget } from './target.js';

/** Options of `watch`. */
export interface WatchOptions extends GlobalOptions, InstanceArgs {
  /** Only this task (the watch ends when it finishes). */
  readonly task?: TaskRef;
  /** Time between polls. */
  readonly intervalMs: number;
  /** How many recent tasks each poll asks for (instance mode). */
  readonly pageSize: number;
  /** `table` (live on a terminal, a line per change otherwise) or `ndjson` (a line per change). */
  readonly output?: OutputFormat;
}

/** Watches until interrupted (or until the watched task finishes). */
export async function watch(given: WatchOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const format = outputFormat(given.output, io.stdout, 'table', 'ndjson');
  if (format !== 'table' && format !== 'ndjson')
    throw new UsageError(`watch prints table or ndjson, not ${format}.`);
  const client = await clientFor(given, io, deps);
  const options = await resolveTarget(client, given, io);
  const view = await createView(format, options, io);
  const call = io.signal ? { signal: io.signal } : undefined;
  try {
    if (options.task) {
      const updates = client.watchFunctionTask(
        { ...instanceParams(options), ...options.task },
        { intervalMs: options.intervalMs, ...(io.signal ? { signal: io.signal } : {}) },
      );
      for await (const task of updates)
        view.show(
          [task],
          `Watching ${label(options)} ${'runId' in options.task ? inert(options.task.runId) : `generation ${options.task.generation}`}`,
        );
      return;
    }
    // Tasks seen running during this watch, so that their end shows too.
    const followed = new Map<string, FunctionTask>();
    while (!io.signal?.aborted) {
      const page = await client.listFunctionTasks(
        { ...instanceParams(options), pageSize: options.pageSize },
        call,
      );
      const shown: FunctionTask[] = [];
      for (const task of page.tasks) {
        if (task.status === 'running' || followed.has(task.runId)) {
          followed.set(task.runId, task);
          shown.push(task);
        }
      }
      const running = shown.filter((t) => t.status === 'running').length;
      view.show(
        shown,
        `Watching ${label(options)} · ${running} running · every ${Math.round(options.intervalMs / 100) / 10}s · Ctrl-C to stop`,
      );
      await sleep(options.intervalMs, io.signal);
    }
  } catch (error) {
    if (io.signal?.aborted) return;
    throw toCliError(error, contextOf(options));
  } finally {
    view.end();
  }
}

function label(options: InstanceArgs): string {
  return inert(instanceLabel(options));
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

interface View {
  show(tasks: readonly FunctionTask[], title: string): void;
  end(): void;
}

async function createView(format: 'table' | 'ndjson', options: WatchOptions, io: Io): Promise<View> {
  const lastSeen = new Map<string, string>();
  /** The tasks that changed since the previous poll (status, progress or end). */
  const changed = (tasks: readonly FunctionTask[]) =>
    tasks.filter((task) => {
      const key = `${task.status}:${task.progress}:${task.endTime}`;
      if (lastSeen.get(task.runId) === key) return false;
      lastSeen.set(task.runId, key);
      return true;
    });

  if (format === 'ndjson') {
    return {
      show: (tasks) => {
        for (const task of changed(tasks)) io.stdout.write(renderNdjson([printableTask(task)]));
      },
      end() {},
    };
  }
  if (!io.stdout.isTTY) {
    return {
      show: (tasks) => {
        for (const task of changed(tasks)) {
          io.stdout.write(
            `[${formatTime(io.now(), options.utc === true)}] ${inert(task.runId)} (generation ${inert(task.generation ?? '-')}) ${inert(task.status)} ${task.progress}%\n`,
          );
        }
      },
      end() {},
    };
  }
  const { renderTable } = await import('../format/table.js');
  let drawnLines = 0;
  io.stdout.write('\u001b[?25l'); // hide the cursor while redrawing
  return {
    show(tasks, title) {
      const display = displayFor(options, io, io.stdout);
      const updated = `updated ${formatTime(io.now(), display.utc)}`;
      const body = tasks.length === 0 ? 'No running tasks.' : renderTable(tasks.map(printableTask), display);
      const frame = `${display.color ? `\u001b[1m${title}\u001b[22m` : title} · ${updated}\n${body}\n`;
      // Move up over the previous frame and clear it, then draw the new one.
      io.stdout.write(`${drawnLines > 0 ? `\u001b[${drawnLines}A\r\u001b[0J` : ''}${frame}`);
      drawnLines = frame.split('\n').length - 1;
    },
    end() {
      io.stdout.write('\u001b[?25h');
    },
  };
}
