/** The HTTP routes, and only the routes: behaviour lives in the modules beside this one. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { matchFunctionOperation } from '@fntasks/protocol';
import { handleApi } from './api/api-request.js';
import { API_ROUTES } from './api/routes.js';
import { CONTROL_PREFIX, handleControl, sendControlJson } from './control-api.js';
import type { Emulator } from './emulator.js';
import { sendError } from './envelope.js';
import { InvalidParameterError, splitUrl } from './query-parser.js';
import { checkBrowserRules } from './request-guard.js';

/** The largest API body: the real ones are a few kB (a CreateFunctionTask body is empty). */
export const MAX_API_BODY_BYTES = 1024 * 1024;
/** The largest control body: loading tasks or instances carries many; anything larger should use --load. */
export const MAX_CONTROL_BODY_BYTES = 64 * 1024 * 1024;

/** The body as text, or null when it is larger than `limit` bytes (then the rest is not kept). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> | string | null {
  // Most requests (every GET) carry no body: skip the stream machinery on the hot path.
  // (a bodiless POST such as CreateFunctionTask says Content-Length: 0).
  const length = req.headers['content-length'];
  if ((length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined) return '';
  // A declared length over the limit is refused before a byte of it is read.
  if (length !== undefined && Number(length) > limit) return null;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) resolve(null);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** How many `Host` header lines a request has (node keeps only the first in `req.headers`). */
function hostLines(req: IncomingMessage): number {
  let count = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    if (req.rawHeaders[i]?.toLowerCase() === 'host') count += 1;
  return count;
}

async function route(
  emulator: Emulator,
  hosts: () => ReadonlySet<string>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  const rawUrl = req.url ?? '/';
  const isControl = rawUrl.startsWith(CONTROL_PREFIX);
  // The service's Date is its own clock: a client times running tasks and corrects its signing clock by it, so
  // the emulator's answers carry the emulator's clock (sped up, frozen or set), not the machine's.
  res.setHeader('date', new Date(emulator.clock.now()).toUTCString());
  const refuse = (httpCode: number, code: string, message: string) => {
    if (isControl) sendControlJson(res, httpCode, { error: message });
    else sendError(res, emulator.casing, { httpCode, code, message });
  };
  // RFC 9112 §3.2: a request with more than one Host line is answered 400 (which one is meant is unknowable).
  if (hostLines(req) > 1) {
    refuse(400, 'Emulator.DuplicateHost', 'The request has more than one Host header; send exactly one.');
    return;
  }
  // Before anything else, reads included: a rebinding page must not even read data.
  const refusal = checkBrowserRules(req, hosts());
  if (refusal) {
    refuse(403, refusal.code, refusal.message);
    return;
  }
  const limit = isControl ? MAX_CONTROL_BODY_BYTES : MAX_API_BODY_BYTES;
  const body = await readBody(req, limit);
  if (body === null) {
    // The rest of the body is never read: the connection cannot carry another request.
    res.setHeader('connection', 'close');
    refuse(
      413,
      'Emulator.BodyTooLarge',
      `The request body is larger than ${limit} bytes, the most ${isControl ? 'a control route' : 'an API operation'} accepts.`,
    );
    return;
  }
  let url: ReturnType<typeof splitUrl>;
  try {
    url = splitUrl(rawUrl);
  } catch (error) {
    const message =
      error instanceof InvalidParameterError ? error.message : 'The request URL cannot be parsed.';
    sendError(res, emulator.casing, { httpCode: 400, code: 'InvalidParameter', message });
    return;
  }
  if (url.rawPath.startsWith(CONTROL_PREFIX)) {
    handleControl(
      emulator,
      method,
      url.rawPath.slice(CONTROL_PREFIX.length),
      req.headers['content-type'],
      body,
      res,
    );
    return;
  }
  const operation = matchFunctionOperation(method, url.rawPath);
  if (operation) {
    await handleApi(emulator, req, res, url, body, operation, API_ROUTES[operation.operationId]);
  } else {
    sendError(res, emulator.casing, {
      httpCode: 404,
      code: 'NotFound',
      message: `Specified api is not found: ${method} ${url.rawPath}`,
    });
  }
}

/**
 * Creates the HTTP server for an emulator; it never crashes on a bad request. `hosts` is read per request: the
 * Host values to answer to are known only once the port is bound.
 */
export function createEmulatorServer(emulator: Emulator, hosts: () => ReadonlySet<string>): Server {
  return createServer((req, res) => {
    route(emulator, hosts, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, emulator.casing, {
        httpCode: 500,
        code: 'InternalError',
        message: `Emulator error: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
  });
}
