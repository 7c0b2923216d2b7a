/** The task store on better-sqlite3: inserts that keep dense positions, page queries that are range lookups. */

import type { KnownTaskStatus, WireCasing } from '@fntasks/core/wire';
import Database from 'better-sqlite3';
import { prepareDatabase } from './schema.js';
import { type NewTask, TaskInputError } from './task-input.js';
import { taskJsonSql } from './task-json-sql.js';

/** One task as the wire carries it, by canonical (camelCase) names; `generation` omitted when absent. */
export interface WireTask {
  functionName: string;
  runId: string;
  generation?: string;
  status: string;
  progress: number;
  startTime: number;
  endTime: number;
  extendInfo: string;
}

/** One instance and its counts, as `GET /__fntasks/instances` lists it. */
export interface InstanceSummary {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  taskCount: number;
  runningCount: number;
}

/** The three names that identify an instance. */
export interface InstanceKey {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}

/** The filters of ListFunctionTasks. */
export interface TaskFilter {
  status?: KnownTaskStatus;
  /** Started strictly after (epoch ms). */
  startTime?: number;
  /** Ended strictly before (epoch ms); running tasks have not ended and never match. */
  endTime?: number;
}

/** One page and the total matching the filter; `resultJson` is the page's task array as JSON text. */
export interface TaskPage {
  totalCount: number;
  resultJson: string;
}

/** Outcome of finishing a task by hand. */
export type FinishResult = { ok: true; task: WireTask } | { ok: false; reason: 'not-found' | 'not-running' };

interface RunningRow {
  id: number;
  instance_id: number;
  run_id: string;
  progress: number;
  start_time: number;
  status_pos: number;
  outcome: string | null;
  finish_at: number | null;
}

/** Orders run ids the way SQLite's BINARY collation does (UTF-8 bytes), so JS and SQL agree on ties. */
function compareRunIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The SQLite-backed store of instances and tasks. */
export class TaskStore {
  readonly db: Database.Database;
  private readonly stmts;
  // Read-path caches, dropped on every write: instance ids by names, function names by id, and the top
  // position of each (instance, status) sequence. Lists are read far more often than tasks are written.
  private readonly instanceIds = new Map<string, number>();
  private readonly functionNames = new Map<number, string>();
  private readonly tops = new Map<string, number>();
  private readonly maxDurations = new Map<number, number>();

  constructor(path = ':memory:') {
    this.db = new Database(path);
    prepareDatabase(this.db, path !== ':memory:' && path !== '');
    const db = this.db;
    this.stmts = {
      instanceId: db.prepare<[string, string, string], { id: number }>(
        'SELECT id FROM instances WHERE app_group = ? AND function_name = ? AND instance_name = ?',
      ),
      functionNameById: db.prepare<[number], { function_name: string }>(
        'SELECT function_name FROM instances WHERE id = ?',
      ),
      runningPositions: db
        .prepare<[number], number>(
          "SELECT pos FROM tasks INDEXED BY tasks_by_status_pos WHERE instance_id = ? AND status = 'running'",
        )
        .pluck(),
      maxDuration: db
        .prepare<[number], number | null>(
          'SELECT max(end_time - start_time) FROM tasks WHERE instance_id = ? AND end_time > 0',
        )
        .pluck(),
      appExists: db.prepare<[string], { one: number }>(
        'SELECT 1 AS one FROM instances WHERE app_group = ? LIMIT 1',
      ),
      insertInstance: db.prepare<[string, string, string]>(
        'INSERT INTO instances (app_group, function_name, instance_name) VALUES (?, ?, ?)',
      ),
      last: db.prepare<[number], { start_time: number; run_id: string; pos: number }>(
        'SELECT start_time, run_id, pos FROM tasks INDEXED BY tasks_by_pos WHERE instance_id = ? ORDER BY pos DESC LIMIT 1',
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
      due: db.prepare<[number], RunningRow>(
        `SELECT id, instance_id, run_id, progress, start_time, status_pos, outcome, finish_at FROM tasks
         WHERE status = 'running' AND finish_at <= ? ORDER BY finish_at`,
      ),
      running: db.prepare<[number, string], RunningRow>(
        `SELECT id, instance_id, run_id, progress, start_time, status_pos, outcome, finish_at, status FROM tasks
         WHERE instance_id = ? AND run_id = ?`,
      ),
      leaveStatus: db.prepare<[number, string, number]>(
        'UPDATE tasks SET status_pos = status_pos - 1 WHERE instance_id = ? AND status = ? AND status_pos > ?',
      ),
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
      statusPosById: db.prepare<[number], { status_pos: number }>(
        'SELECT status_pos FROM tasks WHERE id = ?',
      ),
      instances: db.prepare<
        [],
        {
          app_group: string;
          function_name: string;
          instance_name: string;
          task_count: number | null;
          running_count: number | null;
        }
      >(
        `SELECT app_group, function_name, instance_name,
           (SELECT pos FROM tasks WHERE instance_id = i.id ORDER BY pos DESC LIMIT 1) AS task_count,
           (SELECT status_pos FROM tasks WHERE instance_id = i.id AND status = 'running'
              ORDER BY status_pos DESC LIMIT 1) AS running_count
         FROM instances i ORDER BY app_group, function_name, instance_name`,
      ),
      taskCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tasks'),
    };
  }

  /** Closes the database (checkpointing the WAL of a file database). */
  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Removes every task and instance. */
  clear(): void {
    this.db.exec('DELETE FROM tasks; DELETE FROM instances;');
    this.forgetCaches();
  }

  private forgetCaches(): void {
    this.instanceIds.clear();
    this.functionNames.clear();
    this.tops.clear();
    this.maxDurations.clear();
  }

  /** How many tasks the store holds. */
  countTasks(): number {
    return this.stmts.taskCount.get()?.n ?? 0;
  }

  /**
   * Adds tasks in one transaction: all or nothing. A duplicate run id (in the store or the batch) is a
   * TaskInputError naming the task's index.
   */
  insertTasks(tasks: readonly NewTask[]): number {
    this.forgetCaches();
    const run = this.db.transaction(() => {
      const groups = new Map<string, { key: InstanceKey; items: { task: NewTask; index: number }[] }>();
      tasks.forEach((task, index) => {
        const id = JSON.stringify([task.appGroupIdentity, task.functionName, task.instanceName]);
        const group = groups.get(id) ?? { key: task, items: [] };
        groups.set(id, group);
        group.items.push({ task, index });
      });
      for (const group of groups.values()) this.insertGroup(group.key, group.items);
      return tasks.length;
    });
    return run();
  }

  private insertGroup(key: InstanceKey, items: { task: NewTask; index: number }[]): void {
    const instanceId = this.instanceIdOrCreate(key);
    items.sort((a, b) => a.task.startTime - b.task.startTime || compareRunIds(a.task.runId, b.task.runId));
    const last = this.stmts.last.get(instanceId);
    const first = items[0]?.task;
    // The common case (newer tasks appended) gets its positions directly; anything else is renumbered once.
    const appending = !last || (first !== undefined && first.startTime > last.start_time);
    let pos = last?.pos ?? 0;
    const statusTop = new Map<string, number>();
    for (const { task, index } of items) {
      let statusPos = 0;
      if (appending) {
        statusPos =
          (statusTop.get(task.status) ??
            this.stmts.topStatusPos.get(instanceId, task.status)?.status_pos ??
            0) + 1;
        statusTop.set(task.status, statusPos);
      }
      try {
        this.stmts.insertTask.run({ ...task, instanceId, pos: appending ? ++pos : 0, statusPos });
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new TaskInputError(
            index,
            `duplicate task: runId ${JSON.stringify(task.runId)} already exists in ${task.appGroupIdentity}/${task.functionName}/${task.instanceName}`,
          );
        }
        throw error;
      }
    }
    if (!appending) {
      this.stmts.renumber.run(instanceId);
      this.stmts.renumberStatus.run(instanceId);
    }
  }

  private instanceIdOrCreate(key: InstanceKey): number {
    const found = this.stmts.instanceId.get(key.appGroupIdentity, key.functionName, key.instanceName);
    if (found) return found.id;
    return Number(
      this.stmts.insertInstance.run(key.appGroupIdentity, key.functionName, key.instanceName).lastInsertRowid,
    );
  }

  /** Finds an instance: its id, or which of the names is unknown. */
  findInstance(key: InstanceKey): { id: number } | { missing: 'app' | 'instance' } {
    const cacheKey = `${key.appGroupIdentity}\u0000${key.functionName}\u0000${key.instanceName}`;
    const cached = this.instanceIds.get(cacheKey);
    if (cached !== undefined) return { id: cached };
    const found = this.stmts.instanceId.get(key.appGroupIdentity, key.functionName, key.instanceName);
    if (found) {
      this.instanceIds.set(cacheKey, found.id);
      this.functionNames.set(found.id, key.functionName);
      return { id: found.id };
    }
    return { missing: this.stmts.appExists.get(key.appGroupIdentity) ? 'instance' : 'app' };
  }

  private functionName(instanceId: number): string {
    let name = this.functionNames.get(instanceId);
    if (name === undefined) {
      name = this.stmts.functionNameById.get(instanceId)?.function_name ?? '';
      this.functionNames.set(instanceId, name);
    }
    return name;
  }

  /** One page, newest first (start time, then run id, descending); `now` drives running tasks' progress. */
  queryPage(
    instanceId: number,
    filter: TaskFilter,
    pageNumber: number,
    pageSize: number,
    now: number,
    casing: WireCasing,
  ): TaskPage {
    if (filter.endTime !== undefined)
      return this.queryPageByEndTime(instanceId, filter, pageNumber, pageSize, now, casing);
    const s = this.stmts;
    const status = filter.status;
    const topKey = `${instanceId}:${status ?? ''}`;
    let top = this.tops.get(topKey);
    if (top === undefined) {
      top = status
        ? (s.topStatusPos.get(instanceId, status)?.status_pos ?? 0)
        : (s.last.get(instanceId)?.pos ?? 0);
      this.tops.set(topKey, top);
    }
    let floor = 0;
    if (filter.startTime !== undefined) {
      floor = status
        ? (s.statusPosAtOrBefore.get(instanceId, status, filter.startTime)?.status_pos ?? 0)
        : (s.posAtOrBefore.get(instanceId, filter.startTime)?.pos ?? 0);
    }
    const totalCount = Math.max(0, top - floor);
    const hi = top - (pageNumber - 1) * pageSize;
    const lo = Math.max(floor + 1, hi - pageSize + 1);
    if (hi < lo) return { totalCount, resultJson: '[]' };
    const statement = this.jsonStatement(`${status ? 'status' : 'pos'}:${casing}`, () => {
      const [index, seq, statusClause] = status
        ? ['tasks_by_status_pos', 'status_pos', 'AND status = @status']
        : ['tasks_by_pos', 'pos', ''];
      // INDEXED BY pins the position index: measured, SQLite's own choice for the status range bounded only
      // the (instance_id, status) prefix and was ten times slower.
      return `SELECT json_group_array(${taskJsonSql(casing)} ORDER BY ${seq} DESC) FROM tasks INDEXED BY ${index}
        WHERE instance_id = @instanceId ${statusClause} AND ${seq} BETWEEN @lo AND @hi`;
    });
    const params = {
      instanceId,
      lo,
      hi,
      now,
      functionName: this.functionName(instanceId),
      ...(status ? { status } : {}),
    };
    return { totalCount, resultJson: statement.get(params) as string };
  }

  /**
   * The endTime filter ("ended strictly before E") is not a range of positions, but it nearly is: a task ends no
   * later than start + D (D = the instance's longest run), so every ended task that started before E − D matches
   * and only tasks started in [E − D, E) need their end time checked. Newest first the matches are: the checked
   * upper region, then the middle region minus its holes (running tasks), then a checked lower region (tasks
   * started at 0, whose end time may be 0). Pages are found by counting, not by an OFFSET walk.
   */
  private queryPageByEndTime(
    instanceId: number,
    filter: TaskFilter,
    pageNumber: number,
    pageSize: number,
    now: number,
    casing: WireCasing,
  ): TaskPage {
    const status = filter.status;
    const endTime = filter.endTime ?? 0;
    if (status === 'running' || endTime <= 0) return { totalCount: 0, resultJson: '[]' };
    const seqAt = (t: number) => (t < 0 ? 0 : this.seqAtOrBefore(instanceId, status, t));
    const floor = filter.startTime === undefined ? 0 : seqAt(filter.startTime);
    const top = Math.max(seqAt(endTime - 1), floor);
    const lowerTop = Math.min(Math.max(seqAt(0), floor), top);
    const middleTop = Math.min(Math.max(seqAt(endTime - 1 - this.maxDuration(instanceId)), lowerTop), top);
    const checked = (lo: number, hi: number): number[] =>
      hi <= lo
        ? []
        : (this.endedBefore(status).all({ instanceId, status, lo: lo + 1, hi, endTime }) as number[]);
    const upper = checked(middleTop, top);
    const lower = checked(floor, lowerTop);
    // Holes of the middle region: tasks that have not ended. A status sequence (success/failed) has none there.
    const holes = status
      ? []
      : (this.stmts.runningPositions.all(instanceId) as number[])
          .filter((pos) => pos > lowerTop && pos <= middleTop)
          .sort((a, b) => b - a);
    const middleCount = middleTop - lowerTop - holes.length;
    const totalCount = upper.length + middleCount + lower.length;

    const offset = (pageNumber - 1) * pageSize;
    const page = upper.slice(offset, offset + pageSize);
    const skipMiddle = Math.max(0, offset - upper.length);
    if (page.length < pageSize && skipMiddle < middleCount) {
      // The skipMiddle-th non-hole from the top of the middle region, then walk down past the few holes.
      let pos = middleTop - skipMiddle;
      for (const hole of holes) if (hole >= pos) pos -= 1;
      const holeSet = new Set(holes);
      for (; pos > lowerTop && page.length < pageSize; pos -= 1) if (!holeSet.has(pos)) page.push(pos);
    }
    const skipLower = Math.max(0, offset - upper.length - middleCount);
    if (page.length < pageSize) page.push(...lower.slice(skipLower, skipLower + pageSize - page.length));
    if (page.length === 0) return { totalCount, resultJson: '[]' };

    const [index, seq, statusClause] = status
      ? ['tasks_by_status_pos', 'status_pos', 'AND status = @status']
      : ['tasks_by_pos', 'pos', ''];
    const render = this.jsonStatement(
      `end:${status ? 'status' : 'pos'}:${casing}`,
      () => `SELECT json_group_array(${taskJsonSql(casing)} ORDER BY ${seq} DESC) FROM tasks INDEXED BY ${index}
        WHERE instance_id = @instanceId ${statusClause} AND ${seq} IN (SELECT value FROM json_each(@positions))`,
    );
    const resultJson = render.get({
      instanceId,
      positions: JSON.stringify(page),
      now,
      functionName: this.functionName(instanceId),
      ...(status ? { status } : {}),
    }) as string;
    return { totalCount, resultJson };
  }

  /** Position (in the status sequence when given) of the newest task started at or before `t`; 0 if none. */
  private seqAtOrBefore(instanceId: number, status: KnownTaskStatus | undefined, t: number): number {
    return status
      ? (this.stmts.statusPosAtOrBefore.get(instanceId, status, t)?.status_pos ?? 0)
      : (this.stmts.posAtOrBefore.get(instanceId, t)?.pos ?? 0);
  }

  /** Positions in [lo, hi] of tasks that ended before @endTime, newest first. */
  private endedBefore(status: KnownTaskStatus | undefined): Database.Statement {
    return this.jsonStatement(`ended:${status ? 'status' : 'pos'}`, () =>
      status
        ? `SELECT status_pos FROM tasks INDEXED BY tasks_by_status_pos WHERE instance_id = @instanceId AND status = @status
             AND status_pos BETWEEN @lo AND @hi AND end_time > 0 AND end_time < @endTime ORDER BY status_pos DESC`
        : `SELECT pos FROM tasks INDEXED BY tasks_by_pos WHERE instance_id = @instanceId
             AND pos BETWEEN @lo AND @hi AND end_time > 0 AND end_time < @endTime ORDER BY pos DESC`,
    );
  }

  /** The longest run (end − start) of an ended task in the instance; cached until the next write. */
  private maxDuration(instanceId: number): number {
    let value = this.maxDurations.get(instanceId);
    if (value === undefined) {
      value = (this.stmts.maxDuration.get(instanceId) as number | null) ?? 0;
      this.maxDurations.set(instanceId, value);
    }
    return value;
  }

  // Statements built per query shape and casing, prepared once (plucking the single value they return).
  private readonly jsonStatements = new Map<string, Database.Statement>();
  private jsonStatement(key: string, sql: () => string): Database.Statement {
    let statement = this.jsonStatements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql()).pluck();
      this.jsonStatements.set(key, statement);
    }
    return statement;
  }

  /** Ends every running task whose planned end is at or before `now`, with its fixed outcome. */
  settle(now: number): number {
    const due = this.stmts.due.all(now);
    if (due.length === 0) return 0;
    this.db.transaction(() => {
      for (const row of due)
        this.finishRow(row, (row.outcome as 'success' | 'failed') ?? 'success', row.finish_at ?? now);
    })();
    return due.length;
  }

  /** Ends one running task now with the given status. */
  finishTask(key: InstanceKey & { runId: string }, status: 'success' | 'failed', now: number): FinishResult {
    const found = this.findInstance(key);
    if (!('id' in found)) return { ok: false, reason: 'not-found' };
    const row = this.stmts.running.get(found.id, key.runId) as (RunningRow & { status: string }) | undefined;
    if (!row) return { ok: false, reason: 'not-found' };
    if (row.status !== 'running') return { ok: false, reason: 'not-running' };
    this.db.transaction(() => this.finishRow(row, status, now))();
    const json = this.jsonStatement(
      'one',
      () => `SELECT ${taskJsonSql('camel')} FROM tasks WHERE id = @id`,
    ).get({
      id: row.id,
      now,
      functionName: key.functionName,
    }) as string;
    return { ok: true, task: JSON.parse(json) as WireTask };
  }

  /** Moves a task from the running sequence into its final status's sequence, keeping both dense. */
  private finishRow(row: RunningRow, status: 'success' | 'failed', endTime: number): void {
    this.tops.clear();
    this.maxDurations.clear();
    const s = this.stmts;
    // Re-read: finishing an earlier task of the same batch may have shifted this one's position.
    const current = s.statusPosById.get(row.id)?.status_pos ?? row.status_pos;
    s.leaveStatus.run(row.instance_id, 'running', current);
    const before = s.statusPosBefore.get(row.instance_id, status, row.start_time, row.start_time, row.run_id);
    const statusPos = (before?.status_pos ?? 0) + 1;
    s.makeRoom.run(row.instance_id, status, statusPos);
    // An end before the start (the clock set back) would be nonsense on the wire.
    const end = Math.max(endTime, row.start_time);
    // A failed task stops where it was; a successful one is complete.
    const progress =
      status === 'success' ? 100 : progressAt(row.progress, row.start_time, row.finish_at, end);
    s.finish.run(status, statusPos, progress, end, row.id);
  }

  /** Every instance with its task and running counts, sorted by names. */
  listInstances(): InstanceSummary[] {
    return this.stmts.instances.all().map((r) => ({
      appGroupIdentity: r.app_group,
      functionName: r.function_name,
      instanceName: r.instance_name,
      taskCount: r.task_count ?? 0,
      runningCount: r.running_count ?? 0,
    }));
  }
}

/** A running task's progress grows with the clock towards its planned end, never reaching 100 before it. */
function progressAt(stored: number, startTime: number, finishAt: number | null, now: number): number {
  if (finishAt === null || finishAt <= startTime) return stored;
  const share = Math.floor((100 * (now - startTime)) / (finishAt - startTime));
  return Math.max(stored, Math.min(99, share));
}
