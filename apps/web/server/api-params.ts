/**
 * The browser's request, read into core's parameters for the operation its path names, from the operation table
 * that is generated from the spec (no per-operation list here).
 */
import type { OperationParams } from '@fntasks/core/raw';
import { FUNCTION_OPERATIONS, matchFunctionOperation, OPERATION_ID } from '@fntasks/protocol';
import type { ForwardedOperation } from './upstream.js';

/** A request the server forwards: its operation and core's parameters for it. */
export interface ForwardedCall {
  operationId: ForwardedOperation;
  params: OperationParams<ForwardedOperation>;
}

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
  const operation = FUNCTION_OPERATIONS[id];
  // Every read the spec declares is forwarded; the one write only with --allow-train.
  const isRead = operation.method === 'GET';
  if (!isRead && !(allowWrite && id === OPERATION_ID.CreateFunctionTask)) return null;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(match.segments)) params[name] = decodeURIComponent(value);
  // Only the query parameters the spec declares for the operation are read (anything else is dropped); integers
  // are passed as numbers when they look like one, and core validates every value.
  for (const declared of operation.query) {
    const raw = query.get(declared.name);
    if (raw === null) continue;
    params[declared.name] = declared.type === 'integer' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
  }
  // The browser's core may send second-precision times; the service reads either.
  if (id === OPERATION_ID.ListFunctionTasks) params.allowSecondsLikeTimestamps = true;
  return {
    operationId: id as ForwardedOperation,
    // Core validates every value: the shapes here are only what the path and query said.
    params: params as unknown as OperationParams<ForwardedOperation>,
  };
}
