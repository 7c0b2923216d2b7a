/**
 * Read algorithm 2 (the endTime filter, "ended strictly before E"). It is not a range of positions, but it nearly
 * is: a task ends no later than start + D (D = the instance's longest run), so every ended task that started
 * before E − D matches and only tasks started in [E − D, E) need their end time checked. Newest first the matches
 * are: the checked upper region, then the middle region minus its holes (running tasks), then a checked lower
 * region (tasks started at 0, whose end time may be 0). Pages are found by counting, never by an OFFSET walk. An
 * instance with one extremely long run widens the checked region (still correct, just slower).
 */
import type { KnownTaskStatus } from '@fntasks/protocol';
import type Database from 'better-sqlite3';
import { type StoreContext, sequenceOf } from './context.js';
import { taskJsonSql } from './task-json-sql.js';
import type { PageRequest, TaskPage } from './types.js';

/** Positions in [lo, hi] of tasks that ended before @endTime, newest first. */
function endedBefore(ctx: StoreContext, status: KnownTaskStatus | undefined): Database.Statement {
  const [index, seq, statusClause] = sequenceOf(status);
  return ctx.shaped.get(
    `ended:${seq}`,
    () => `SELECT ${seq} FROM tasks INDEXED BY ${index} WHERE instance_id = @instanceId ${statusClause}
      AND ${seq} BETWEEN @lo AND @hi AND end_time > 0 AND end_time < @endTime ORDER BY ${seq} DESC`,
  );
}

/** One page of an instance's tasks that ended before `filter.endTime`. */
export function pageByEndTime(ctx: StoreContext, request: PageRequest): TaskPage {
  const { instanceId, filter, pageNumber, pageSize, now, casing } = request;
  const status = filter.status;
  const endTime = filter.endTime ?? 0;
  if (status === 'running' || endTime <= 0) return { totalCount: 0, resultJson: '[]' };
  const seqAt = (t: number) => (t < 0 ? 0 : ctx.seqAtOrBefore(instanceId, status, t));
  const floor = filter.startTime === undefined ? 0 : seqAt(filter.startTime);
  const top = Math.max(seqAt(endTime - 1), floor);
  const lowerTop = Math.min(Math.max(seqAt(0), floor), top);
  const middleTop = Math.min(Math.max(seqAt(endTime - 1 - ctx.maxDuration(instanceId)), lowerTop), top);
  const checked = (lo: number, hi: number): number[] =>
    hi <= lo
      ? []
      : (endedBefore(ctx, status).all({ instanceId, status, lo: lo + 1, hi, endTime }) as number[]);
  const upper = checked(middleTop, top);
  const lower = checked(floor, lowerTop);
  // Holes of the middle region: tasks that have not ended. A status sequence (success/failed) has none there.
  const holes = status
    ? []
    : (ctx.stmts.runningPositions.all(instanceId) as number[])
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

  const [index, seq, statusClause] = sequenceOf(status);
  const render = ctx.shaped.get(
    `end:${seq}:${casing}`,
    () => `SELECT json_group_array(${taskJsonSql(casing)} ORDER BY ${seq} DESC) FROM tasks INDEXED BY ${index}
      WHERE instance_id = @instanceId ${statusClause} AND ${seq} IN (SELECT value FROM json_each(@positions))`,
  );
  const resultJson = render.get({
    instanceId,
    positions: JSON.stringify(page),
    now,
    functionName: ctx.functionName(instanceId),
    ...(status ? { status } : {}),
  }) as string;
  return { totalCount, resultJson };
}
