/** The shapes the task store takes and returns (a leaf module, so the store's parts share them without cycles). */
import type { KnownTaskStatus, WireCasing } from '@fntasks/protocol';

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

/** What a page read needs: the instance, filters, paging, the clock (for running tasks' progress), the casing. */
export interface PageRequest {
  instanceId: number;
  filter: TaskFilter;
  pageNumber: number;
  pageSize: number;
  now: number;
  casing: WireCasing;
}

/** One page and the total matching the filter; `resultJson` is the page's task array as JSON text. */
export interface TaskPage {
  totalCount: number;
  resultJson: string;
}

/** Outcome of finishing a task by hand. */
export type FinishResult = { ok: true; task: WireTask } | { ok: false; reason: 'not-found' | 'not-running' };

/** A task row as the write paths read it. */
export interface TaskRow {
  id: number;
  instance_id: number;
  run_id: string;
  progress: number;
  start_time: number;
  pos: number;
  status_pos: number;
  status: string;
  outcome: string | null;
  finish_at: number | null;
}
