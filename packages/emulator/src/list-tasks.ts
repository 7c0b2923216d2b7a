/**
 * The ListFunctionTasks handler: latency and faults first (as a gateway in front would), then auth, then the
 * query, then the store. Every failure becomes the service's error body; nothing here throws to the server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { CASING_HEADER, type WireCasing } from '@fntasks/core/wire';
import type { Emulator } from './emulator.js';
import { errorBody, newRequestId, sendError, sendJson, successText } from './envelope.js';
import { sendTruncated } from './faults.js';
import { InvalidParameterError, matchTasksPath, parseListQuery, type SplitUrl } from './query-parser.js';

/** Pairs Node's flat `rawHeaders` list, keeping repeats and original case. */
function headerPairs(req: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    pairs.push([req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '']);
  return pairs;
}

/** Answers one ListFunctionTasks request. */
export async function handleListTasks(
  emulator: Emulator,
  req: IncomingMessage,
  res: ServerResponse,
  url: SplitUrl,
  body: string,
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

  if (emulator.faults.latencyMs > 0) await sleep(emulator.faults.latencyMs);
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
        });

  let status = 200;
  let payload: Record<string, unknown> | string;
  if (deny) {
    status = deny.httpCode;
    payload = errorBody({ requestId, ...deny }, casing);
  } else {
    try {
      const key = matchTasksPath(url.rawPath);
      if (!key)
        throw new InvalidParameterError('path', `Path ${url.rawPath} is not a ListFunctionTasks path.`);
      const request = parseListQuery(key, url.query);
      const now = emulator.clock.now();
      emulator.store.settle(now);
      const found = emulator.store.findInstance(request.key);
      if ('missing' in found) {
        status = 404;
        payload =
          found.missing === 'app'
            ? errorBody(
                {
                  requestId,
                  httpCode: 404,
                  code: 'App.NotFound',
                  message: `App not found: ${request.key.appGroupIdentity}`,
                },
                casing,
              )
            : errorBody(
                {
                  requestId,
                  httpCode: 404,
                  code: 'Instance.NotExist',
                  message: `Instance not found: function ${request.key.functionName}, instance ${request.key.instanceName} in app ${request.key.appGroupIdentity}`,
                },
                casing,
              );
      } else {
        const page = emulator.store.queryPage(
          found.id,
          request.filter,
          request.pageNumber,
          request.pageSize,
          now,
          casing,
        );
        const latency = Math.round(performance.now() - started);
        payload = successText({ requestId, latency, ...page }, casing);
      }
    } catch (error) {
      if (!(error instanceof InvalidParameterError)) throw error;
      status = 400;
      payload = errorBody(
        { requestId, httpCode: 400, code: 'InvalidParameter', message: error.message },
        casing,
      );
    }
  }
  if (fault === 'truncated') sendTruncated(res, status, payload, requestId);
  else sendJson(res, status, payload, requestId);
}
