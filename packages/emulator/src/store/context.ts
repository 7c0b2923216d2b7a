/**
 * What the store's parts share: the database, its statements and the read-path caches. The caches are dropped
 * on every write: instance ids by names, function names by id, the top position of each (instance, status)
 * sequence and each instance's longest run. Lists are read far more often than tasks are written, and the caches
 * assume one emulator process per database file.
 */
import type { KnownTaskStatus } from '@fntasks/protocol';
import type Database from 'better-sqlite3';
import { prepareTaskStatements, ShapedStatements, type TaskStatements } from './statements.js';

/** The database, its statements and caches, shared by the write path and the two read algorithms. */
export class StoreContext {
  readonly stmts: TaskStatements;
  readonly shaped: ShapedStatements;
  readonly instanceIds = new Map<string, number>();
  readonly tops = new Map<string, number>();
  private readonly functionNames = new Map<number, string>();
  private readonly maxDurations = new Map<number, number>();
  /** Bumped whenever an instance row is added, changed or removed: the instance lists' cache key. */
  instancesVersion = 0;

  // One transaction wrapper for every write: better-sqlite3 builds a new wrapper (several closures and property
  // definitions) on each db.transaction() call, which was a measurable part of a CreateFunctionTask.
  private readonly transaction: (work: () => unknown) => unknown;

  constructor(readonly db: Database.Database) {
    this.stmts = prepareTaskStatements(db);
    this.shaped = new ShapedStatements(db);
    this.transaction = db.transaction((work: () => unknown) => work());
  }

  /** Runs `work` in a transaction (a savepoint when one is open): all of it is committed, or none. */
  inTransaction<T>(work: () => T): T {
    return this.transaction(work) as T;
  }

  /** Drops every read-path cache (after a clear, or instance rows changed). */
  forgetCaches(): void {
    this.instanceIds.clear();
    this.functionNames.clear();
    this.tops.clear();
    this.maxDurations.clear();
    this.instancesVersion += 1;
  }

  /**
   * Drops what a write to one instance's tasks invalidates: its sequence tops and longest run. Other instances'
   * caches stay (a run starting in one instance must not make the next deep page of another one slow).
   */
  forgetInstance(instanceId: number): void {
    for (const status of ['', 'success', 'failed', 'running']) this.tops.delete(`${instanceId}:${status}`);
    this.maxDurations.delete(instanceId);
  }

  /** Drops the cached longest run of one instance (an ended task was added). */
  forgetMaxDuration(instanceId: number): void {
    this.maxDurations.delete(instanceId);
  }

  /** The function name of an instance id (the wire task carries it). */
  functionName(instanceId: number): string {
    let name = this.functionNames.get(instanceId);
    if (name === undefined) {
      name = this.stmts.functionNameById.get(instanceId)?.function_name ?? '';
      this.functionNames.set(instanceId, name);
    }
    return name;
  }

  /** The longest run (end − start) of an ended task in the instance; cached until the next write. */
  maxDuration(instanceId: number): number {
    let value = this.maxDurations.get(instanceId);
    if (value === undefined) {
      value = (this.stmts.maxDuration.get(instanceId) as number | null) ?? 0;
      this.maxDurations.set(instanceId, value);
    }
    return value;
  }

  /** Position (in the status sequence when given) of the newest task started at or before `t`; 0 if none. */
  seqAtOrBefore(instanceId: number, status: KnownTaskStatus | undefined, t: number): number {
    return status
      ? (this.stmts.statusPosAtOrBefore.get(instanceId, status, t)?.status_pos ?? 0)
      : (this.stmts.posAtOrBefore.get(instanceId, t)?.pos ?? 0);
  }

  /** The top of an (instance, status) sequence: the count of its tasks; cached until the next write. */
  top(instanceId: number, status: KnownTaskStatus | undefined): number {
    const key = `${instanceId}:${status ?? ''}`;
    let top = this.tops.get(key);
    if (top === undefined) {
      top = status
        ? (this.stmts.topStatusPos.get(instanceId, status)?.status_pos ?? 0)
        : (this.stmts.last.get(instanceId)?.pos ?? 0);
      this.tops.set(key, top);
    }
    return top;
  }
}

/** The key of `StoreContext.instanceIds` for three names. */
export function instanceCacheKey(key: {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}): string {
  return `${key.appGroupIdentity}\u0000${key.functionName}\u0000${key.instanceName}`;
}

/** The index, position column and status clause of a page query over all tasks or one status. */
export function sequenceOf(
  status: KnownTaskStatus | undefined,
): [index: string, seq: string, clause: string] {
  return status ? ['tasks_by_status_pos', 'status_pos', 'AND status = @status'] : ['tasks_by_pos', 'pos', ''];
}
