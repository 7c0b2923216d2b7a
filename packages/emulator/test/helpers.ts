/** Shared test helpers: a real emulator on 127.0.0.1 port 0, raw HTTP, small task fixtures. Nothing is mocked. */
import { request } from 'node:http';
import {
  FUNCTION_OPERATIONS,
  type FunctionOperationId,
  functionOperationPath,
  OPERATION_ID,
} from '@fntasks/protocol';
import { afterEach } from 'vitest';
import {
  type EmulatorHandle,
  type LoadTask,
  type StartEmulatorOptions,
  startEmulator,
} from '../src/index.js';

/** A fixed instant for tests: 2025-11-28T12:00:00Z. */
export const T0 = Date.UTC(2025, 10, 28, 12, 0, 0);

const open: EmulatorHandle[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

/** Starts an emulator with a frozen clock at T0 (unless overridden); closed after each test. */
export async function startTestEmulator(options: StartEmulatorOptions = {}): Promise<EmulatorHandle> {
  const handle = await startEmulator({ clock: { now: T0, speed: 0 }, ...options });
  open.push(handle);
  return handle;
}

/** A raw HTTP answer. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response bodies
  json: any;
}

/** Sends a raw request with node:http (so tests control every header, `host` included). */
export function rawRequest(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: init.method ?? 'GET',
        headers: init.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The ListFunctionTasks path for three names plus a query. */
export function tasksPath(
  app: string,
  fn: string,
  instance: string,
  query: Record<string, string | number> = {},
): string {
  const search = new URLSearchParams(
    Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  return (
    functionOperationPath(OPERATION_ID.ListFunctionTasks, {
      appGroupIdentity: app,
      functionName: fn,
      instanceName: instance,
    }) + (search ? `?${search}` : '')
  );
}

/** GET a ListFunctionTasks page of the default fixture instance. */
export function listRaw(
  handle: EmulatorHandle,
  query: Record<string, string | number> = {},
  headers: Record<string, string> = {},
  names: [string, string, string] = ['app', 'ctr', 'inst'],
): Promise<RawResponse> {
  return rawRequest(handle.url, tasksPath(...names, query), { headers });
}

/** Calls the control API. */
export function control(
  handle: EmulatorHandle,
  method: string,
  route: string,
  body?: unknown,
): Promise<RawResponse> {
  return rawRequest(handle.url, `/__fntasks/${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A finished task of the fixture instance `app/ctr/inst`, started `minutes` after T0. */
export function task(minutes: number, overrides: Partial<LoadTask> = {}): LoadTask {
  const startTime = T0 + minutes * 60_000;
  return {
    appGroupIdentity: 'app',
    functionName: 'ctr',
    instanceName: 'inst',
    runId: `trigger__${new Date(startTime).toISOString().slice(0, 19)}`,
    generation: String(minutes),
    status: 'success',
    progress: 100,
    startTime,
    endTime: startTime + 30_000,
    extendInfo: { recall: 90, errors: [] },
    ...overrides,
  };
}

/** Run ids of a raw page body (camelCase). */
export function runIds(body: { result: { runId: string }[] }): string[] {
  return body.result.map((t) => t.runId);
}

/**
 * Calls an operation by its operationId over raw HTTP (method and path from the table): path parameters, query,
 * a JSON body (an object, or text as is) and the casing header.
 */
export function callApi(
  handle: EmulatorHandle,
  operationId: FunctionOperationId,
  params: Record<string, string | number>,
  options: { query?: Record<string, string | number>; body?: unknown; casing?: 'camel' | 'pascal' } = {},
): Promise<RawResponse> {
  const search = new URLSearchParams(
    Object.entries(options.query ?? {}).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  const path = functionOperationPath(operationId, params) + (search ? `?${search}` : '');
  const headers: Record<string, string> = options.casing ? { 'x-fntasks-casing': options.casing } : {};
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  return rawRequest(handle.url, path, { method: FUNCTION_OPERATIONS[operationId].method, headers, body });
}
