/**
 * The control API under `/__fntasks/` (see TEAM-NOTES and the README): JSON in, JSON out, 400 `{error}` on
 * bad input. Each route only parses its body and calls the same Emulator method the in-process handle exposes.
 */
import type { ServerResponse } from 'node:http';
import { ControlInputError, type Emulator } from './emulator.js';
import { handleStateChange } from './provider-states/state-change.js';
import { isJsonContentType } from './request-guard.js';

/** The reserved path prefix; never part of the spec. */
export const CONTROL_PREFIX = '/__fntasks/';

type Handler = (emulator: Emulator, body: unknown) => { status?: number; json: unknown };

function field(body: unknown, name: string): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ControlInputError('expected a JSON object body');
  return (body as Record<string, unknown>)[name];
}

function onlyFields(body: unknown, allowed: string[]): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ControlInputError('expected a JSON object body');
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key))
      throw new ControlInputError(`unknown field "${key}" (allowed: ${allowed.join(', ')})`);
  }
}

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  health: { GET: () => ({ json: { ok: true } }) },
  reset: {
    POST: (e, body) => {
      // An empty body (still sent as application/json) is a plain reset.
      if (body === undefined) return { json: e.reset() };
      onlyFields(body, ['seed']);
      return { json: e.reset(field(body, 'seed') as number | null | undefined) };
    },
  },
  tasks: {
    POST: (e, body) => {
      onlyFields(body, ['tasks']);
      return { json: e.loadTasks(field(body, 'tasks') as unknown[]) };
    },
  },
  'tasks/finish': {
    POST: (e, body) => {
      onlyFields(body, ['appGroupIdentity', 'functionName', 'instanceName', 'runId', 'status']);
      const result = e.finishTask(body as Parameters<Emulator['finishTask']>[0]);
      if (result.ok) return { json: { ok: true, task: result.task } };
      return result.reason === 'not-found'
        ? {
            status: 404,
            json: { error: 'no such task: check appGroupIdentity, functionName, instanceName and runId' },
          }
        : { status: 409, json: { error: 'the task is not running; only running tasks can be finished' } };
    },
  },
  instances: {
    GET: (e) => ({ json: e.listInstances() }),
    POST: (e, body) => {
      onlyFields(body, ['instances']);
      return { json: e.loadInstances(field(body, 'instances') as unknown[]) };
    },
  },
  resources: {
    POST: (e, body) => {
      onlyFields(body, ['resources']);
      return { json: e.loadResources(field(body, 'resources') as unknown[]) };
    },
  },
  versions: {
    POST: (e, body) => {
      onlyFields(body, ['versions']);
      return { json: e.loadVersions(field(body, 'versions') as unknown[]) };
    },
  },
  'default-instance': {
    PUT: (e, body) => {
      onlyFields(body, ['appGroupIdentity', 'functionName', 'instanceName']);
      return { json: e.setDefaultInstance(body as Parameters<Emulator['setDefaultInstance']>[0]) };
    },
  },
  casing: {
    GET: (e) => ({ json: { casing: e.casing } }),
    PUT: (e, body) => {
      onlyFields(body, ['casing']);
      return { json: e.setCasing(field(body, 'casing') as 'camel') };
    },
  },
  faults: {
    GET: (e) => ({ json: { faults: e.faults.current() } }),
    PUT: (e, body) => ({ json: e.setFaults(body as object) }),
    DELETE: (e) => ({ json: e.clearFaults() }),
  },
  clock: {
    GET: (e) => ({ json: e.getClock() }),
    PUT: (e, body) => ({ json: e.setClock(body as object) }),
  },
  // Pact verifiers' state-change requests (see provider-states/state-change.ts).
  'provider-states': { POST: (e, body) => ({ json: handleStateChange(e, body) }) },
  auth: {
    GET: (e) => ({ json: e.auth.current() }),
    PUT: (e, body) => ({ json: e.setAuth(body as { mode: 'off' }) }),
  },
};

/** Sends a control API answer. */
export function sendControlJson(res: ServerResponse, status: number, json: unknown): void {
  const text = JSON.stringify(json);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Answers one control request; `route` is the path after the prefix. Never throws. */
export function handleControl(
  emulator: Emulator,
  method: string,
  route: string,
  contentType: string | undefined,
  bodyText: string,
  res: ServerResponse,
): void {
  const methods = ROUTES[route.replace(/\/+$/, '')];
  if (!methods) {
    sendControlJson(res, 404, {
      error: `unknown control route ${CONTROL_PREFIX}${route}; see the emulator README`,
    });
    return;
  }
  const handler = methods[method];
  if (!handler) {
    res.setHeader('allow', Object.keys(methods).join(', '));
    sendControlJson(res, 405, {
      error: `${method} is not allowed on ${CONTROL_PREFIX}${route}; use ${Object.keys(methods).join(' or ')}`,
    });
    return;
  }
  // A cross-site form or a "simple" fetch cannot send application/json: requiring it on every state change,
  // bodiless ones too, leaves only callers that chose to send it (curl -H, scripts, tests).
  if (method !== 'GET' && method !== 'HEAD' && !isJsonContentType(contentType)) {
    sendControlJson(res, 415, {
      error: `${method} ${CONTROL_PREFIX}${route} needs Content-Type: application/json (bodiless requests too), got ${JSON.stringify(contentType ?? null)}`,
    });
    return;
  }
  let body: unknown;
  if (bodyText.trim() !== '') {
    try {
      body = JSON.parse(bodyText);
    } catch (error) {
      sendControlJson(res, 400, { error: `the body is not JSON: ${(error as Error).message}` });
      return;
    }
  }
  try {
    const { status = 200, json } = handler(emulator, body);
    sendControlJson(res, status, json);
  } catch (error) {
    if (error instanceof ControlInputError) sendControlJson(res, 400, { error: error.message });
    else sendControlJson(res, 500, { error: `internal emulator error: ${(error as Error).message}` });
  }
}
