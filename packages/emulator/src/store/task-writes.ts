/**
 * The write path: every write keeps each instance's `pos` (1 = oldest by (start_time, run_id)) and each status's
 * `status_pos` dense. Appending newer tasks (the normal case) assigns positions directly; loading older tasks
 * renumbers that instance once, in the same transaction (window function). Finishing a running task moves it
 * between status sequences and deleting one closes its gap, each shifting only the positions above it.
 */

import { type NewTask, TaskInputError } from '../task-input.js';
import { instanceCacheKey, type StoreContext } from './context.js';
import type { InstanceKey, TaskRow } from './types.js';

/** Orders run ids the way SQLite's BINARY collation does (UTF-8 bytes), so JS and SQL agree on ties. */
function compareRunIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The model type an instance gets when tasks create it (the documented pairing of functions and models). */
const DEFAULT_MODEL_TYPE: Record<string, string> = {
  ctr: 'tf_checkpoint',
  pop: 'pop',
  hot: 'offline_inference',
  hint: 'near_realtime',
  suggest: 'offline_inference',
  category: 'text',
  analyzer: 'text',
  termweight: 'text',
};

/** The instance's id, creating it with default attributes when tasks name an instance that has no row yet. */
export function instanceIdOrCreate(ctx: StoreContext, key: InstanceKey, createTime: number): number {
  const cached = ctx.instanceIds.get(instanceCacheKey(key));
  if (cached !== undefined) return cached;
  const found = ctx.stmts.instanceId.get(key.appGroupIdentity, key.functionName, key.instanceName);
  if (found) return found.id;
  const modelType = DEFAULT_MODEL_TYPE[key.functionName] ?? 'tf_checkpoint';
  ctx.instancesVersion += 1;
  return Number(
    ctx.stmts.insertInstance.run(
      key.appGroupIdentity,
      key.functionName,
      key.instanceName,
      modelType,
      createTime,
    ).lastInsertRowid,
  );
}

/** What an insert changed in one instance, for the read caches once it is committed. */
interface GroupWrite {
  instanceId: number;
  /** Appended: the new tops of the whole sequence ('') and of each status touched; null when renumbered. */
  tops: Map<string, number> | null;
  /** An ended task was added (the instance's longest run may have grown). */
  ended: boolean;
}

/**
 * Adds tasks in one transaction: all or nothing. A duplicate run id (in the store or the batch) is a
 * TaskInputError naming the task's index. Once committed, the read caches of the instances written are brought
 * up to date (appends: the new tops are known) or dropped; a run starting in one instance leaves the others'.
 */
export function insertTasks(ctx: StoreContext, tasks: readonly NewTask[]): number {
  const writes: GroupWrite[] = [];
  try {
    ctx.inTransaction(() => {
      if (tasks.length === 1 && tasks[0]) {
        writes.push(insertGroup(ctx, tasks[0], [{ task: tasks[0], index: 0 }]));
        return;
      }
      const groups = new Map<string, { key: InstanceKey; items: { task: NewTask; index: number }[] }>();
      tasks.forEach((task, index) => {
        const id = JSON.stringify([task.appGroupIdentity, task.functionName, task.instanceName]);
        const group = groups.get(id) ?? { key: task, items: [] };
        groups.set(id, group);
        group.items.push({ task, index });
      });
      for (const group of groups.values()) writes.push(insertGroup(ctx, group.key, group.items));
    });
  } catch (error) {
    for (const write of writes) ctx.forgetInstance(write.instanceId);
    throw error;
  }
  // Inside a wider transaction the writes may still be rolled back: then only forgetting is safe.
  const committed = !ctx.db.inTransaction;
  for (const write of writes) {
    if (!committed || write.tops === null) {
      ctx.forgetInstance(write.instanceId);
      continue;
    }
    for (const [status, top] of write.tops) ctx.tops.set(`${write.instanceId}:${status}`, top);
    if (write.ended) ctx.forgetMaxDuration(write.instanceId);
  }
  return tasks.length;
}

function insertGroup(
  ctx: StoreContext,
  key: InstanceKey,
  items: { task: NewTask; index: number }[],
): GroupWrite {
  const s = ctx.stmts;
  if (items.length > 1)
    items.sort((a, b) => a.task.startTime - b.task.startTime || compareRunIds(a.task.runId, b.task.runId));
  const instanceId = instanceIdOrCreate(ctx, key, items[0]?.task.startTime ?? 0);
  const last = s.last.get(instanceId);
  const first = items[0]?.task;
  // The common case (newer tasks appended) gets its positions directly; anything else is renumbered once.
  const appending = !last || (first !== undefined && first.startTime > last.start_time);
  let pos = last?.pos ?? 0;
  let lastGeneration = 0;
  let ended = false;
  const statusTop = new Map<string, number>();
  for (const { task, index } of items) {
    let statusPos = 0;
    if (appending) {
      statusPos =
        (statusTop.get(task.status) ?? s.topStatusPos.get(instanceId, task.status)?.status_pos ?? 0) + 1;
      statusTop.set(task.status, statusPos);
    }
    if (task.generation !== null) lastGeneration = Math.max(lastGeneration, Number(task.generation));
    if (task.status !== 'running') ended = true;
    try {
      s.insertTask.run({ ...task, instanceId, pos: appending ? ++pos : 0, statusPos });
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
    s.renumber.run(instanceId);
    s.renumberStatus.run(instanceId);
  }
  if (lastGeneration > 0) s.raiseLastGeneration.run(lastGeneration, instanceId);
  if (appending) statusTop.set('', pos);
  return { instanceId, tops: appending ? statusTop : null, ended };
}

/** A running task's progress grows with the clock towards its planned end, never reaching 100 before it. */
export function progressAt(stored: number, startTime: number, finishAt: number | null, now: number): number {
  if (finishAt === null || finishAt <= startTime) return stored;
  const share = Math.floor((100 * (now - startTime)) / (finishAt - startTime));
  return Math.max(stored, Math.min(99, share));
}

/** Moves a task from the running sequence into its final status's sequence, keeping both dense. */
export function finishRow(
  ctx: StoreContext,
  row: TaskRow,
  status: 'success' | 'failed',
  endTime: number,
): void {
  ctx.forgetInstance(row.instance_id);
  const s = ctx.stmts;
  // Re-read: finishing an earlier task of the same batch may have shifted this one's position.
  const current = s.statusPosById.get(row.id)?.status_pos ?? row.status_pos;
  s.leaveStatus.run(row.instance_id, 'running', current);
  const before = s.statusPosBefore.get(row.instance_id, status, row.start_time, row.start_time, row.run_id);
  const statusPos = (before?.status_pos ?? 0) + 1;
  s.makeRoom.run(row.instance_id, status, statusPos);
  // An end before the start (the clock set back) would be nonsense on the wire.
  const end = Math.max(endTime, row.start_time);
  // A failed task stops where it was; a successful one is complete.
  const progress = status === 'success' ? 100 : progressAt(row.progress, row.start_time, row.finish_at, end);
  s.finish.run(status, statusPos, progress, end, row.id);
}

/** Ends every running task whose planned end is at or before `now`, with its fixed outcome. */
export function settleDue(ctx: StoreContext, now: number): number {
  const due = ctx.stmts.due.all(now);
  if (due.length === 0) return 0;
  ctx.inTransaction(() => {
    for (const row of due)
      finishRow(ctx, row, (row.outcome as 'success' | 'failed') ?? 'success', row.finish_at ?? now);
  });
  return due.length;
}

/** Removes an ended task and closes its gap in both sequences. */
export function deleteRow(ctx: StoreContext, row: TaskRow): void {
  ctx.forgetInstance(row.instance_id);
  const s = ctx.stmts;
  ctx.inTransaction(() => {
    s.deleteTask.run(row.id);
    s.leavePos.run(row.instance_id, row.pos);
    s.leaveStatus.run(row.instance_id, row.status, row.status_pos);
  });
}
