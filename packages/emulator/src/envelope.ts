/**
 * Writes ListFunctionTasks bodies exactly as the API page's sample: success `{status:"OK", requestId, httpCode,
 * code:"", message:"", latency, totalCount, result}` and errors `{requestId, httpCode, code, message}`, in
 * camelCase (the documented sample) or PascalCase (the SDK metadata). Key names come only from core's table.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { ENVELOPE_KEYS, ERROR_KEYS, toWireCasing, type WireCasing, wireKey } from '@fntasks/core/wire';

/** A fresh request id in the service's style (an upper-case UUID). */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

/**
 * The success body for one page, as JSON text. The envelope goes through toWireCasing; the task array arrives
 * already rendered (by SQLite, with the same TASK_KEYS names) and is appended as the last key, `result`.
 */
export function successText(
  page: { requestId: string; latency: number; totalCount: number; resultJson: string },
  casing: WireCasing,
): string {
  const head = JSON.stringify(
    toWireCasing(
      ENVELOPE_KEYS,
      {
        status: 'OK',
        requestId: page.requestId,
        httpCode: 200,
        code: '',
        message: '',
        latency: page.latency,
        totalCount: page.totalCount,
      },
      casing,
    ),
  );
  return `${head.slice(0, -1)},${JSON.stringify(wireKey(ENVELOPE_KEYS, 'result', casing))}:${page.resultJson}}`;
}

/** The error body. */
export function errorBody(
  error: { requestId: string; httpCode: number; code: string; message: string },
  casing: WireCasing,
): Record<string, unknown> {
  return toWireCasing(ERROR_KEYS, { ...error }, casing);
}

/** Sends a JSON body (an object, or JSON text as is) with the request id also in `x-acs-request-id`, as the gateway does. */
export function sendJson(
  res: ServerResponse,
  httpCode: number,
  body: unknown,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(httpCode, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-acs-request-id': requestId,
    ...headers,
  });
  res.end(text);
}

/** Sends an error body in the given casing. */
export function sendError(
  res: ServerResponse,
  casing: WireCasing,
  error: { httpCode: number; code: string; message: string; requestId?: string },
  headers: Record<string, string> = {},
): void {
  const requestId = error.requestId ?? newRequestId();
  sendJson(res, error.httpCode, errorBody({ ...error, requestId }, casing), requestId, headers);
}
