/**
 * The statement catalogue of the task store: every fixed statement, prepared once, and the per-shape JSON
 * statements built on first use. The hot read statements pin their index with `INDEXED BY` (measured: SQLite's
 * own plan for the status range bounded only the (instance_id, status) prefix and was ten times slower).
 */
import type Database from 'better-sqlite3';
import type { TaskRow } from './types.js';

const ROW = 'id, instance_id, run_id, progress, start_time, pos, status_pos, status, outcome, finish_at';

type Q<P extends unknown[] | Record<string, unknown>, R = unknown> = Database.Statement<P, R>;
type Pos = { pos: number };
type StatusPos = { status_pos: number };

/** The fixed statements of the task store (typed here: the inferred better-sqlite3 types cannot be named). */
export interface TaskStatements {
  instanceId: Q<[string, string, string], { id: number }>;
  functionNameById: Q<[number], { function_name: string }>;
  appExists: Q<[string], { one: number }>;
  insertInstance: Q<[string, string, string, string, number]>;
  raiseLastGeneration: Q<[number, number]>;
  lastGeneration: Q<[number], number>;
  runningPositions: Q<[number], number>;
  runningOf: Q<[number], TaskRow>;
  maxDuration: Q<[number], number | null>;
  last: Q<[number], { start_time: number; run_id: string; pos: number }>;
  newest: Q<[number], TaskRow & { end_time: number }>;
  topStatusPos: Q<[number, string], StatusPos>;
  insertTask: Q<[Record<string, unknown>]>;
  renumber: Q<[number]>;
  renumberStatus: Q<[number]>;
  posAtOrBefore: Q<[number, number], Pos>;
  statusPosAtOrBefore: Q<[number, string, number], StatusPos>;
  due: Q<[number], TaskRow>;
  byRunId: Q<[number, string], TaskRow>;
  byGeneration: Q<[number, string], TaskRow>;
  leaveStatus: Q<[number, string, number]>;
  leavePos: Q<[number, number]>;
  deleteTask: Q<[number]>;
  statusPosBefore: Q<[number, string, number, number, string], StatusPos>;
  makeRoom: Q<[number, string, number]>;
  finish: Q<[string, number, number, number, number]>;
  statusPosById: Q<[number], StatusPos>;
  instances: Q<[], InstanceCountsRow>;
  taskCount: Q<[], { n: number }>;
}

interface InstanceCountsRow {
  app_group: string;
  function_name: string;
  instance_name: string;
  task_count: number | null;
  running_count: number | null;
}

/** Prepares the fixed statements of the task store. */
export function prepareTaskStatements(db: Database.Database): TaskStatements {
  return {
    instanceId: db.prepare<[string, string, string], { id: number }>(
      'SELECT id FROM instances WHERE app_group = ? AND function_name = ? AND instance_name = ?',
    ),
    functionNameById: db.prepare<[number], { function_name: string }>(
      'SELECT function_name FROM instances WHERE id = ?',
    ),
    appExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM app_groups WHERE name = ?'),
    insertInstance: db.prepare<[string, string, string, string, number]>(
      'INSERT INTO instances (app_group, function_name, instance_name, model_type, create_time) VALUES (?, ?, ?, ?, ?)',
    ),
    raiseLastGeneration: db.prepare<[number, number]>(
      'UPDATE instances SET last_generation = max(last_generation, ?) WHERE id = ?',
    ),
    lastGeneration: db
      .prepare<[number], number>('SELECT last_generation FROM instances WHERE id = ?')
      .pluck(),
    runningPositions: db
      .prepare<[number], number>(
        "SELECT pos FROM tasks INDEXED BY tasks_by_status_pos WHERE instance_id = ? AND status = 'running'",
      )
      .pluck(),
    runningOf: db.prepare<[number], TaskRow>(
      `SELECT ${ROW} FROM tasks INDEXED BY tasks_by_status_pos WHERE instance_id = ? AND status = 'running'
       ORDER BY status_pos DESC LIMIT 1`,
    ),
    maxDuration: db
      .prepare<[number], number | null>(
        'SELECT max(end_time - start_time) FROM tasks WHERE instance_id = ? AND end_time > 0',
      )
      .pluck(),
    last: db.prepare<[number], { start_time: number; run_id: string; pos: number }>(
      'SELECT start_time, run_id, pos FROM tasks INDEXED BY tasks_by_pos WHERE instance_id = ? ORDER BY pos DESC LIMIT 1',
    ),
    newest: db.prepare<[number], TaskRow & { end_time: number }>(
      `SELECT ${ROW}, end_time FROM tasks INDEXED BY tasks_by_pos WHERE instance_id = ? ORDER BY pos DESC LIMIT 1`,
    ),
    topStatusPos: db.prepare<[number, string], { status_pos: number }>(
      'SELECT status_pos FROM tasks INDEXED BY tasks_by_status_pos WHERE instance_id = ? AND status = ? ORDER BY status_pos DESC LIMIT 1',
    ),
    insertTask: db.prepare(
      `INSERT INTO tasks (instance_id, run_id, generation, status, progress, start_time, end_time, extend_info,
         outcome, finish_at, final_extend_info, pos, status_pos)
       VALUES (@instanceId, @runId, @generation, @status, @progress, @startTime, @endTime, @extendInfo,
         @outcome, @finishAt, @finalExtendInfo, @pos, @statusPos)`,
    ),
    renumber: db.prepare<[number]>(
      `UPDATE tasks SET pos = r.rn FROM (
         SELECT id, row_number() OVER (ORDER BY start_time, run_id) AS rn FROM tasks WHERE instance_id = ?
       ) AS r WHERE tasks.id = r.id`,
    ),
    renumberStatus: db.prepare<[number]>(
      `UPDATE tasks SET status_pos = r.rn FROM (
         SELECT id, row_number() OVER (PARTITION BY status ORDER BY start_time, run_id) AS rn
         FROM tasks WHERE instance_id = ?
       ) AS r WHERE tasks.id = r.id`,
    ),
    // Position of the newest task that started at or before a time: tasks after it "started after" it.
    posAtOrBefore: db.prepare<[number, number], { pos: number }>(
      'SELECT pos FROM tasks INDEXED BY tasks_by_start WHERE instance_id = ? AND start_time <= ? ORDER BY start_time DESC, run_id DESC LIMIT 1',
    ),
    statusPosAtOrBefore: db.prepare<[number, string, number], { status_pos: number }>(
      `SELECT status_pos FROM tasks INDEXED BY tasks_by_status_start WHERE instance_id = ? AND status = ? AND start_time <= ?
       ORDER BY start_time DESC, run_id DESC LIMIT 1`,
    ),
    due: db.prepare<[number], TaskRow>(
      `SELECT ${ROW} FROM tasks WHERE status = 'running' AND finish_at <= ? ORDER BY finish_at`,
    ),
    byRunId: db.prepare<[number, string], TaskRow>(
      `SELECT ${ROW} FROM tasks WHERE instance_id = ? AND run_id = ?`,
    ),
    byGeneration: db.prepare<[number, string], TaskRow>(
      `SELECT ${ROW} FROM tasks INDEXED BY tasks_by_generation WHERE instance_id = ? AND generation = ?
       ORDER BY start_time DESC, run_id DESC LIMIT 1`,
    ),
    leaveStatus: db.prepare<[number, string, number]>(
      'UPDATE tasks SET status_pos = status_pos - 1 WHERE instance_id = ? AND status = ? AND status_pos > ?',
    ),
    leavePos: db.prepare<[number, number]>(
      'UPDATE tasks SET pos = pos - 1 WHERE instance_id = ? AND pos > ?',
    ),
    deleteTask: db.prepare<[number]>('DELETE FROM tasks WHERE id = ?'),
    statusPosBefore: db.prepare<[number, string, number, number, string], { status_pos: number }>(
      `SELECT status_pos FROM tasks WHERE instance_id = ? AND status = ?
         AND (start_time < ? OR (start_time = ? AND run_id < ?))
       ORDER BY start_time DESC, run_id DESC LIMIT 1`,
    ),
    makeRoom: db.prepare<[number, string, number]>(
      'UPDATE tasks SET status_pos = status_pos + 1 WHERE instance_id = ? AND status = ? AND status_pos >= ?',
    ),
    finish: db.prepare<[string, number, number, number, number]>(
      `UPDATE tasks SET status = ?, status_pos = ?, progress = ?, end_time = ?,
         extend_info = coalesce(final_extend_info, extend_info), outcome = NULL, finish_at = NULL
       WHERE id = ?`,
    ),
    statusPosById: db.prepare<[number], { status_pos: number }>('SELECT status_pos FROM tasks WHERE id = ?'),
    instances: db.prepare<[], InstanceCountsRow>(
      `SELECT app_group, function_name, instance_name,
         (SELECT pos FROM tasks WHERE instance_id = i.id ORDER BY pos DESC LIMIT 1) AS task_count,
         (SELECT status_pos FROM tasks WHERE instance_id = i.id AND status = 'running'
            ORDER BY status_pos DESC LIMIT 1) AS running_count
       FROM instances i ORDER BY app_group, function_name, instance_name`,
    ),
    taskCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tasks'),
  };
}

/** Statements built per query shape and casing, prepared once, plucking the single value they return. */
export class ShapedStatements {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  /** The statement for `key`, prepared from `sql()` the first time. */
  get(key: string, sql: () => string): Database.Statement {
    let statement = this.cache.get(key);
    if (!statement) {
      statement = this.db.prepare(sql()).pluck();
      this.cache.set(key, statement);
    }
    return statement;
  }
}
