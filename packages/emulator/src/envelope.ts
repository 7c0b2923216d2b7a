/**
 * Writes bodies as the API pages' samples: success `{status:"OK", requestId, httpCode, code:"", message:"",
 * latency[, totalCount][, result]}` and errors `{requestId, httpCode, code, message}`, in camelCase (the documented
 * samples) or PascalCase (the SDK metadata). Key names come only from core's tables.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { ENVELOPE_KEYS, ERROR_KEYS, toWireCasing, type WireCasing, wireKey } from '@fntasks/protocol';

/** A fresh request id in the service's style (an upper-case UUID). */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

/**
 * A success body as JSON text: the envelope (through toWireCasing) plus, when given, `totalCount` and `result`.
 * `resultJson` is already JSON text (a task page rendered by SQLite, an instance, `{}`) and is appended as the
 * last envelope key; `extra` are top-level keys outside the envelope table (GetFunctionDefaultInstance's strays).
 */
export function successText(
  envelope: { requestId: string; latency: number; totalCount?: number },
  casing: WireCasing,
  resultJson?: string,
  extra: Record<string, unknown> = {},
): string {
  const head = JSON.stringify({
    ...toWireCasing(
      ENVELOPE_KEYS,
      { status: 'OK', httpCode: 200, code: '', message: '', ...envelope },
      casing,
    ),
    ...extra,
  });
  if (resultJson === undefined) return head;
  return `${head.slice(0, -1)},${JSON.stringify(wireKey(ENVELOPE_KEYS, 'result', casing))}:${resultJson}}`;
}

/** The envelope-only success body (Create/DeleteFunctionTask): camelCase with `result: {}` as the pages' samples, PascalCase without `Result` as the SDK models it. */
export function envelopeOnlyText(
  envelope: { requestId: string; latency: number },
  casing: WireCasing,
): string {
  return successText(envelope, casing, casing === 'camel' ? '{}' : undefined);
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
