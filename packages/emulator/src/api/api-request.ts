/**
 * One pipeline for every API operation, as a gateway in front of the service would run it: casing, the QPS cap,
 * latency and faults first, then auth, then the operation's handler. Every failure becomes the service's error body; nothing
 * here throws to the server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { CASING_HEADER, type FunctionOperationId, type WireCasing } from '@fntasks/protocol';
import type { Emulator } from '../emulator.js';
import { envelopeOnlyText, errorBody, newRequestId, sendError, sendJson, successText } from '../envelope.js';
import { sendThrottled, sendTruncated } from '../faults.js';
import { callerOf } from '../gateway-limit.js';
import {
  decodeSegment,
  InvalidParameterError,
  type ParsedQuery,
  parseQuery,
  type SplitUrl,
} from '../query-parser.js';
import { parseBody } from './request-body.js';

/** A service error an operation answers with (`Task.NotExist`, `Instance.NotExist`, …). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly httpCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * What an operation's handler gets: the request, decoded path parameters, its validated query and body, and the
 * emulator clock's now.
 */
// The default `never` is "an operation that reads no query": its context fits every operation's.
export interface ApiContext<Id extends FunctionOperationId = never> {
  emulator: Emulator;
  requestId: string;
  casing: WireCasing;
  /** Decoded path parameters (appGroupIdentity, functionName, instanceName, generation as the path has them). */
  params: Readonly<Record<string, string>>;
  /** The query as the spec declares it for the operation: validated, defaults filled in. */
  query: ParsedQuery<Id>;
  /** The JSON body as the table declares it for the operation: top-level fields checked; `{}` without one. */
  body: Readonly<Record<string, unknown>>;
  now: number;
  /** ms since the request arrived, for the envelope's `latency`. */
  latency(): number;
}

/** An operation's answer: status and body (an object, or JSON text as is). */
export interface ApiAnswer {
  status: number;
  body: Record<string, unknown> | string;
}

/** A success answer with `result` (any JSON value) in the request's casing. */
export function resultAnswer(ctx: ApiContext, result: unknown, totalCount?: number): ApiAnswer {
  const envelope = {
    requestId: ctx.requestId,
    latency: ctx.latency(),
    ...(totalCount === undefined ? {} : { totalCount }),
  };
  return { status: 200, body: successText(envelope, ctx.casing, JSON.stringify(result)) };
}

/** The envelope-only success answer of a write (camelCase `result: {}`, PascalCase without `Result`). */
export function envelopeAnswer(ctx: ApiContext): ApiAnswer {
  return {
    status: 200,
    body: envelopeOnlyText({ requestId: ctx.requestId, latency: ctx.latency() }, ctx.casing),
  };
}

/** One operation's behaviour. */
export type ApiHandler<Id extends FunctionOperationId = never> = (ctx: ApiContext<Id>) => ApiAnswer;

/** Pairs Node's flat `rawHeaders` list, keeping repeats and original case. */
function headerPairs(req: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    pairs.push([req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '']);
  return pairs;
}

/** Answers one API request with `handler`. */
export async function handleApi<Id extends FunctionOperationId>(
  emulator: Emulator,
  req: IncomingMessage,
  res: ServerResponse,
  url: SplitUrl,
  body: string,
  operation: { operationId: Id; segments: Readonly<Record<string, string>> },
  handler: ApiHandler<Id>,
): Promise<void> {
  const started = performance.now();
  const requestId = newRequestId();
  const asked = req.headers[CASING_HEADER];
  if (asked !== undefined && asked !== 'camel' && asked !== 'pascal') {
    sendError(res, emulator.casing, {
      requestId,
      httpCode: 400,
      code: 'InvalidParameter',
      message: `Header ${CASING_HEADER} must be "camel" or "pascal", got ${JSON.stringify(asked)}.`,
    });
    return;
  }
  const casing: WireCasing = asked ?? emulator.casing;

  // The gateway counts a call when it arrives, before anything else; its refusal still takes the round trip.
  const throttledFor = emulator.faults.gateway.take(callerOf(req));
  if (emulator.faults.latencyMs > 0) await sleep(emulator.faults.latencyMs);
  if (throttledFor > 0) {
    sendThrottled(res, casing, throttledFor);
    return;
  }
  const fault = emulator.faults.take();
  if (fault && emulator.faults.answer(fault, req, res, casing)) return;

  const deny =
    emulator.auth.mode === 'off'
      ? null
      : await emulator.auth.verify({
          method: req.method ?? 'GET',
          rawPath: url.rawPath,
          query: [...url.query].flatMap(([key, values]) =>
            values.map((value) => [key, value] as [string, string]),
          ),
          headers: headerPairs(req),
          body,
          action: operation.operationId,
        });

  let answer: ApiAnswer;
  if (deny) {
    answer = { status: deny.httpCode, body: errorBody({ requestId, ...deny }, casing) };
  } else {
    try {
      const params: Record<string, string> = {};
      for (const [name, raw] of Object.entries(operation.segments)) params[name] = decodeSegment(raw, name);
      const now = emulator.clock.now();
      emulator.advance(now);
      answer = handler({
        emulator,
        requestId,
        casing,
        params,
        query: parseQuery(operation.operationId, url.query),
        body: parseBody(operation.operationId, body) ?? {},
        now,
        latency: () => Math.round(performance.now() - started),
      });
    } catch (caught) {
      const error =
        caught instanceof InvalidParameterError
          ? new ApiError(400, 'InvalidParameter', caught.message)
          : caught;
      if (!(error instanceof ApiError)) throw error;
      answer = {
        status: error.httpCode,
        body: errorBody(
          { requestId, httpCode: error.httpCode, code: error.code, message: error.message },
          casing,
        ),
      };
    }
  }
  if (fault === 'truncated') sendTruncated(res, answer.status, answer.body, requestId);
  else sendJson(res, answer.status, answer.body, requestId);
}
