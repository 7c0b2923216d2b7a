/**
 * The browser's request, read into core's parameters for the operation its path names. Only the query
 * parameters each operation documents are read (anything else is dropped); core validates the values.
 */
import type { OperationParams } from '@fntasks/core';
import { matchFunctionOperation } from '@fntasks/protocol';
import { type ForwardedOperation, READ_OPERATIONS } from './upstream.js';

/** A request the server forwards: its operation and core's parameters for it. */
export interface ForwardedCall {
  operationId: ForwardedOperation;
  params: OperationParams<ForwardedOperation>;
}

/** The documented query parameters of each read; numbers are passed as numbers when they look like one. */
const QUERY: Record<(typeof READ_OPERATIONS)[number], readonly string[]> = {
  ListFunctionTasks: ['status', 'startTime', 'endTime', 'pageNumber', 'pageSize'],
  GetFunctionTask: [],
  ListFunctionInstances: ['functionType', 'modelType', 'output', 'source', 'pageNumber', 'pageSize'],
  GetFunctionInstance: ['output'],
  GetFunctionDefaultInstance: [],
};
const NUMERIC = new Set(['startTime', 'endTime', 'pageNumber', 'pageSize']);

/**
 * Matches `method` + `path` against the forwarded operations (the reads; CreateFunctionTask when `allowWrite`).
 * `null`: not an operation the server forwards. Throws a URIError for a badly encoded segment.
 */
export function forwardedCall(
  method: string,
  path: string,
  query: URLSearchParams,
  allowWrite: boolean,
): ForwardedCall | null {
  const match = matchFunctionOperation(method, path);
  if (!match) return null;
  const id = match.operationId;
  const isRead = (READ_OPERATIONS as readonly string[]).includes(id);
  if (!isRead && !(allowWrite && id === 'CreateFunctionTask')) return null;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(match.segments)) params[name] = decodeURIComponent(value);
  for (const name of isRead ? QUERY[id as (typeof READ_OPERATIONS)[number]] : []) {
    const raw = query.get(name);
    if (raw === null) continue;
    params[name] = NUMERIC.has(name) && /^-?\d+$/.test(raw) ? Number(raw) : raw;
  }
  // The browser's core may send second-precision times; the service reads either.
  if (id === 'ListFunctionTasks') params.allowSecondsLikeTimestamps = true;
  return {
    operationId: id as ForwardedOperation,
    // Core validates every value: the shapes here are only what the path and query said.
    params: params as unknown as OperationParams<ForwardedOperation>,
  };
}
