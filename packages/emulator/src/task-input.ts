/** Validation of a loaded task (`LoadTask`, the control API and `--load` share it) into the store's shape. */
import { isKnownTaskStatus, TASK_STATUSES } from '@fntasks/protocol';

/** A task as the control API (`POST /__fntasks/tasks`) and `--load` accept it: camelCase wire names. */
export interface LoadTask {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  runId: string;
  /** A numeric string ("3") or a non-negative integer; omitted means the wire task carries no generation. */
  generation?: string | number | null;
  status: 'success' | 'failed' | 'running';
  /** 0–100; defaults to 100 for ended tasks and 0 for running ones. */
  progress?: number;
  /** Epoch milliseconds. */
  startTime: number;
  /** Epoch milliseconds; 0 (or omitted) for a running task. */
  endTime?: number;
  /** A JSON string (kept verbatim, even if invalid) or an object (serialised); defaults to "{}". */
  extendInfo?: string | Record<string, unknown>;
  /** A running task's fixed ending; defaults to 'success'. */
  outcome?: 'success' | 'failed';
  /** A running task ends at startTime + durationMs of emulator-clock time; omitted: it runs until finished. */
  durationMs?: number;
  /** extendInfo once a running task has ended (e.g. its final metrics); defaults to extendInfo. */
  finalExtendInfo?: string | Record<string, unknown>;
}

/** A validated task, ready for the store. */
export interface NewTask {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  runId: string;
  generation: string | null;
  status: 'success' | 'failed' | 'running';
  progress: number;
  startTime: number;
  endTime: number;
  extendInfo: string;
  outcome: 'success' | 'failed' | null;
  finishAt: number | null;
  finalExtendInfo: string | null;
}

/** A task that cannot be loaded; `index` is its position in the batch. */
export class TaskInputError extends Error {
  override name = 'TaskInputError';
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

const ALLOWED_KEYS = new Set([
  'appGroupIdentity',
  'functionName',
  'instanceName',
  'runId',
  'generation',
  'status',
  'progress',
  'startTime',
  'endTime',
  'extendInfo',
  'outcome',
  'durationMs',
  'finalExtendInfo',
]);

/** Checks one loaded task; throws a TaskInputError whose message names the field and the offending value. */
export function validateLoadTask(value: unknown, index: number): NewTask {
  const fail = (message: string): never => {
    throw new TaskInputError(index, message);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`expected a JSON object, got ${show(value)}`);
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    // Strict on purpose: a typo such as "start_time" must not load a task with a default start time.
    if (!ALLOWED_KEYS.has(key)) fail(`unknown field "${key}" (allowed: ${[...ALLOWED_KEYS].join(', ')})`);
  }
  const name = (field: string): string => {
    const v = input[field];
    if (typeof v !== 'string' || v.length === 0) fail(`${field} must be a non-empty string, got ${show(v)}`);
    return v as string;
  };
  // Core's rule for path segments: every URL parser collapses "." and "..", so no client could reach the task.
  const pathName = (field: string): string => {
    const v = name(field);
    if (v === '.' || v === '..')
      fail(
        `${field} must not be "." or "..": URL parsers collapse those path segments, so no client could reach it`,
      );
    return v;
  };
  const integer = (field: string, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const v = input[field];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
      fail(`${field} must be an integer from ${min} to ${max}, got ${show(v)}`);
    }
    return v as number;
  };

  const appGroupIdentity = pathName('appGroupIdentity');
  const functionName = pathName('functionName');
  const instanceName = pathName('instanceName');
  const runId = name('runId');
  const status = input.status;
  if (!isKnownTaskStatus(status))
    fail(`status must be one of ${TASK_STATUSES.join(', ')}, got ${show(status)}`);
  const taskStatus = status as NewTask['status'];
  const startTime = integer('startTime', 0);
  const running = taskStatus === 'running';

  let endTime = 0;
  if (running) {
    if (input.endTime !== undefined && input.endTime !== 0)
      fail(`endTime must be 0 for a running task, got ${show(input.endTime)}`);
  } else {
    endTime = integer('endTime', startTime);
  }
  const progress = input.progress === undefined ? (running ? 0 : 100) : integer('progress', 0, 100);

  let generation: string | null = null;
  const g = input.generation;
  if (typeof g === 'number' && Number.isSafeInteger(g) && g >= 0) generation = String(g);
  else if (typeof g === 'string' && /^\d+$/.test(g)) generation = g;
  else if (g !== undefined && g !== null)
    fail(`generation must be a numeric string such as "3", got ${show(g)}`);

  const extendInfo = input.extendInfo === undefined ? '{}' : jsonText('extendInfo', input.extendInfo, fail);
  const finalExtendInfo =
    input.finalExtendInfo === undefined ? null : jsonText('finalExtendInfo', input.finalExtendInfo, fail);

  let outcome: NewTask['outcome'] = null;
  let finishAt: number | null = null;
  if (running) {
    const o = input.outcome ?? 'success';
    if (o !== 'success' && o !== 'failed') fail(`outcome must be "success" or "failed", got ${show(o)}`);
    outcome = o as 'success' | 'failed';
    if (input.durationMs !== undefined) finishAt = startTime + integer('durationMs', 1);
  } else if (input.outcome !== undefined || input.durationMs !== undefined) {
    fail(`outcome and durationMs apply only to running tasks (status is ${show(status)})`);
  }

  return {
    appGroupIdentity,
    functionName,
    instanceName,
    runId,
    generation,
    status: taskStatus,
    progress,
    startTime,
    endTime,
    extendInfo,
    outcome,
    finishAt,
    finalExtendInfo,
  };
}

function jsonText(field: string, value: unknown, fail: (message: string) => never): string {
  if (typeof value === 'string') return value; // verbatim, so odd wire data can be reproduced on purpose
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return JSON.stringify(value);
  return fail(`${field} must be a JSON string or an object, got ${show(value)}`);
}

/**
 * Core's rule for the names in the path: a non-empty string, not "." or ".." (every URL parser collapses those
 * segments, so no client could reach what they name). Throws an Error naming the field and value.
 */
export function checkPathName(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new Error(`${field} must be a non-empty string, got ${show(value)}`);
  if (value === '.' || value === '..')
    throw new Error(
      `${field} must not be "." or "..": URL parsers collapse those path segments, so no client could reach it`,
    );
  return value;
}

/** Renders a value for an error message. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
