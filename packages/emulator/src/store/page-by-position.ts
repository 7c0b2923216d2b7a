/**
 * Read algorithm 1 (no endTime filter): page N newest first is the position range
 * `[top − N·size + 1, top − (N−1)·size]` of the instance's (or its status's) dense sequence, an index range
 * lookup that costs the same on page 1 and page 5,000. A startTime filter is a suffix of the sequence: one index
 * probe finds where it starts.
 */
import { type StoreContext, sequenceOf } from './context.js';
import { taskJsonSql } from './task-json-sql.js';
import type { PageRequest, TaskPage } from './types.js';

/** One page of an instance's tasks by position; `now` drives running tasks' progress. */
export function pageByPosition(ctx: StoreContext, request: PageRequest): TaskPage {
  const { instanceId, filter, pageNumber, pageSize, now, casing } = request;
  const status = filter.status;
  const top = ctx.top(instanceId, status);
  const floor = filter.startTime === undefined ? 0 : ctx.seqAtOrBefore(instanceId, status, filter.startTime);
  const totalCount = Math.max(0, top - floor);
  const hi = top - (pageNumber - 1) * pageSize;
  const lo = Math.max(floor + 1, hi - pageSize + 1);
  if (hi < lo) return { totalCount, resultJson: '[]' };
  const [index, seq, statusClause] = sequenceOf(status);
  const statement = ctx.shaped.get(
    `${seq}:${casing}`,
    // A page comes back from SQLite as one JSON string: materialising 8 values per task in JavaScript cost
    // more than the query itself.
    () => `SELECT json_group_array(${taskJsonSql(casing)} ORDER BY ${seq} DESC) FROM tasks INDEXED BY ${index}
      WHERE instance_id = @instanceId ${statusClause} AND ${seq} BETWEEN @lo AND @hi`,
  );
  const params = {
    instanceId,
    lo,
    hi,
    now,
    functionName: ctx.functionName(instanceId),
    ...(status ? { status } : {}),
  };
  return { totalCount, resultJson: statement.get(params) as string };
}
