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

// Control bodies can carry many tasks; anything larger should go through --load.
const MAX_BODY_BYTES = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string | null> | string {
  // Most requests (every GET) carry no body: skip the stream machinery on the hot path.
  // (a bodiless POST such as CreateFunctionTask says Content-Length: 0).
  const length = req.headers['content-length'];
  if ((length === undefined || length === '0') && req.headers['transfer-encoding'] === undefined) return '';
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) resolve(null);
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function route(
  emulator: Emulator,
  hosts: () => ReadonlySet<string>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  const rawUrl = req.url ?? '/';
  // Before anything else, reads included: a rebinding page must not even read data.
  const refusal = checkBrowserRules(req, hosts());
  if (refusal) {
    if (rawUrl.startsWith(CONTROL_PREFIX)) sendControlJson(res, 403, { error: refusal.message });
    else sendError(res, emulator.casing, { httpCode: 403, ...refusal });
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ error: `the body is larger than ${MAX_BODY_BYTES} bytes` }));
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
