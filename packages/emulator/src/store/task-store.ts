/**
 * The task store on better-sqlite3: the one object the emulator holds. It ties the parts together — the
 * statement catalogue and caches (`context.ts`), the dense-position writes (`task-writes.ts`) and the two read
 * algorithms (`page-by-position.ts`, `page-by-end-time.ts`) — and adds the lookups the routes need.
 */
import type { WireCasing } from '@fntasks/protocol';
import Database from 'better-sqlite3';
import type { NewTask } from '../task-input.js';
import { instanceCacheKey, StoreContext } from './context.js';
import { pageByEndTime } from './page-by-end-time.js';
import { pageByPosition } from './page-by-position.js';
import { prepareDatabase } from './schema.js';
import { taskJsonSql } from './task-json-sql.js';
import { deleteRow, finishRow, insertTasks, settleDue } from './task-writes.js';
import type {
  FinishResult,
  InstanceKey,
  InstanceSummary,
  PageRequest,
  TaskPage,
  TaskRow,
  WireTask,
} from './types.js';

/** The SQLite-backed store of instances and tasks. */
export class TaskStore {
  readonly db: Database.Database;
  readonly ctx: StoreContext;

  constructor(path = ':memory:') {
    this.db = new Database(path);
    prepareDatabase(this.db, path !== ':memory:' && path !== '');
    this.ctx = new StoreContext(this.db);
  }

  /** Closes the database (checkpointing the WAL of a file database). */
  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Removes every task, instance and resource (the versions are the service's catalogue: see VersionStore). */
  clear(): void {
    this.db.exec('DELETE FROM tasks; DELETE FROM instances; DELETE FROM resources; DELETE FROM app_groups;');
    this.ctx.forgetCaches();
  }

  /** How many tasks the store holds. */
  countTasks(): number {
    return this.ctx.stmts.taskCount.get()?.n ?? 0;
  }

  /** Adds tasks in one transaction (all or nothing); an unknown instance is created with default attributes. */
  insertTasks(tasks: readonly NewTask[]): number {
    return insertTasks(this.ctx, tasks);
  }

  /** Finds an instance: its id, or which of the names is unknown. */
  findInstance(key: InstanceKey): { id: number } | { missing: 'app' | 'instance' } {
    const cacheKey = instanceCacheKey(key);
    const cached = this.ctx.instanceIds.get(cacheKey);
    if (cached !== undefined) return { id: cached };
    const found = this.ctx.stmts.instanceId.get(key.appGroupIdentity, key.functionName, key.instanceName);
    if (found) {
      this.ctx.instanceIds.set(cacheKey, found.id);
      return { id: found.id };
    }
    return { missing: this.appExists(key.appGroupIdentity) ? 'instance' : 'app' };
  }

  /** True when the app group has (or had, since the last reset) an instance: the emulator knows groups by them. */
  appExists(appGroupIdentity: string): boolean {
    return this.ctx.stmts.appExists.get(appGroupIdentity) !== undefined;
  }

  /** One page, newest first (start time, then run id, descending); `now` drives running tasks' progress. */
  queryPage(request: PageRequest): TaskPage {
    const read = request.filter.endTime === undefined ? pageByPosition : pageByEndTime;
    return read(this.ctx, request);
  }

  /** One task as wire JSON text in the given casing, or null. */
  taskJson(taskId: number, functionName: string, now: number, casing: WireCasing): string {
    return this.ctx.shaped
      .get(`one:${casing}`, () => `SELECT ${taskJsonSql(casing)} FROM tasks WHERE id = @id`)
      .get({ id: taskId, now, functionName }) as string;
  }

  /** The newest task of an instance with this generation, or undefined. */
  taskByGeneration(instanceId: number, generation: string): TaskRow | undefined {
    return this.ctx.stmts.byGeneration.get(instanceId, generation);
  }

  /** The newest task of an instance (with its end time), or undefined. */
  newestTask(instanceId: number): (TaskRow & { end_time: number }) | undefined {
    return this.ctx.stmts.newest.get(instanceId);
  }

  /** The running task of an instance, or undefined. */
  runningTask(instanceId: number): TaskRow | undefined {
    return this.ctx.stmts.runningOf.get(instanceId);
  }

  /** The highest generation the instance has had (0 when none). */
  lastGeneration(instanceId: number): number {
    return this.ctx.stmts.lastGeneration.get(instanceId) ?? 0;
  }

  /** Ends every running task whose planned end is at or before `now`, with its fixed outcome. */
  settle(now: number): number {
    return settleDue(this.ctx, now);
  }

  /** Removes an ended task (the caller checked it is not running). */
  deleteTask(row: TaskRow): void {
    deleteRow(this.ctx, row);
  }

  /** Ends one running task now with the given status. */
  finishTask(key: InstanceKey & { runId: string }, status: 'success' | 'failed', now: number): FinishResult {
    const found = this.findInstance(key);
    if (!('id' in found)) return { ok: false, reason: 'not-found' };
    const row = this.ctx.stmts.byRunId.get(found.id, key.runId);
    if (!row) return { ok: false, reason: 'not-found' };
    if (row.status !== 'running') return { ok: false, reason: 'not-running' };
    this.ctx.inTransaction(() => finishRow(this.ctx, row, status, now));
    return { ok: true, task: JSON.parse(this.taskJson(row.id, key.functionName, now, 'camel')) as WireTask };
  }

  /** Every instance with its task and running counts, sorted by names. */
  listInstances(): InstanceSummary[] {
    return this.ctx.stmts.instances.all().map((r) => ({
      appGroupIdentity: r.app_group,
      functionName: r.function_name,
      instanceName: r.instance_name,
      taskCount: r.task_count ?? 0,
      runningCount: r.running_count ?? 0,
    }));
  }
}
