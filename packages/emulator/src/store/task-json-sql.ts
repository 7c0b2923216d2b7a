/**
 * One task as JSON, rendered by SQLite itself. A page is then a single string from a single row instead of
 * 8 values per task crossing into JavaScript (measured: that per-row cost dominated every list request). Key
 * names come from core's TASK_KEYS table, so the wire names still have one source.
 */
import { TASK_KEYS, type WireCasing, wireKey } from '@fntasks/protocol';

// SQL for each canonical field. Bound parameters: @functionName (the instance's) and @now (emulator clock).
const COLUMN_SQL: Record<keyof typeof TASK_KEYS, string> = {
  functionName: '@functionName',
  runId: 'run_id',
  generation: 'generation',
  status: 'status',
  // Same rule as the store's progressAt: a running task moves linearly towards 99 until its planned end.
  progress: `CASE WHEN status = 'running' AND finish_at IS NOT NULL AND finish_at > start_time
      THEN max(progress, min(99, CAST((100 * (@now - start_time)) / (finish_at - start_time) AS INTEGER)))
      ELSE progress END`,
  startTime: 'start_time',
  endTime: 'end_time',
  extendInfo: 'extend_info',
};

function jsonObject(casing: WireCasing, withGeneration: boolean): string {
  const pairs = (Object.keys(TASK_KEYS) as (keyof typeof TASK_KEYS)[])
    .filter((name) => withGeneration || name !== 'generation')
    .map((name) => `'${wireKey(TASK_KEYS, name, casing)}', ${COLUMN_SQL[name]}`);
  return `json_object(${pairs.join(', ')})`;
}

/** A SQL expression rendering the current `tasks` row as a JSON task in the given casing. */
export function taskJsonSql(casing: WireCasing): string {
  // A task without a generation has no generation key at all, as the normaliser must tolerate. CASE keeps the
  // JSON subtype of json_object, so json_group_array nests the objects (no json() re-parse: measured 2x slower).
  return `CASE WHEN generation IS NULL THEN ${jsonObject(casing, false)} ELSE ${jsonObject(casing, true)} END`;
}
