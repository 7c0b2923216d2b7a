/**
 * An openapi-fetch client — the generated `paths` of `@fntasks/core/openapi` and core's `createSigningMiddleware`
 * — calls every operation against `fntasks-emulator --auth verify` (the bin, as a child process): each request is
 * signed for the operation its method and path route to (a JSON body's hash and content type included), so all
 * are accepted; the same requests signed for another operation (a caller's `x-acs-action` header, which the signer
 * honours) are refused with the emulator's `InvalidAction.Mismatch`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { paths } from '@fntasks/core/openapi';
import { createSigningMiddleware } from '@fntasks/core/signing';
import {
  FUNCTION_OPERATION_IDS,
  FUNCTION_OPERATIONS,
  type FunctionOperationId,
  matchFunctionOperation,
} from '@fntasks/protocol';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const KEY = { accessKeyId: 'it-openapi-fetch', accessKeySecret: 'it-openapi-fetch-secret' };
const NAMES = { appGroupIdentity: 'of-app', functionName: 'ctr', instanceName: 'ctr_of' } as const;
const bin = join(
  dirname(createRequire(import.meta.url).resolve('@fntasks/emulator/package.json')),
  'dist/bin.js',
);

let child: ChildProcess | undefined;
let stderr = '';
let baseUrl = '';

beforeAll(async () => {
  const started = spawn(
    process.execPath,
    [bin, '--auth', 'verify', '--host', '127.0.0.1', '--port', '0'],
    // The key through the environment, not argv: a secret stays out of the process list.
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FNTASKS_EMULATOR_ACCESS_KEYS: `${KEY.accessKeyId}:${KEY.accessKeySecret}` },
    },
  );
  child = started;
  started.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // The URL is the first stdout line; the stream stays open (closing it could break the child's later writes).
  let stdout = '';
  const firstLine = new Promise<string>((resolve, reject) => {
    started.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout);
    });
    started.once('exit', (code) => reject(new Error(`fntasks-emulator exited ${code}:\n${stderr}`)));
  });
  stdout = await firstLine;
  baseUrl = stdout.split('\n')[0]?.trim() ?? '';
  if (!baseUrl.startsWith('http://127.0.0.1:'))
    throw new Error(`fntasks-emulator printed no URL:\n${stderr}`);
  // Fixtures through the control API (not signed): a default instance with two ended runs, generations 1 and 2.
  const now = Date.now();
  await control('instances', { instances: [{ ...NAMES, modelType: 'tf_checkpoint', isDefault: true }] });
  await control('tasks', {
    tasks: [1, 2].map((generation) => ({
      ...NAMES,
      runId: `of-run-${generation}`,
      generation: String(generation),
      status: 'success',
      startTime: now - (3 - generation) * 3_600_000,
      endTime: now - (3 - generation) * 3_600_000 + 60_000,
    })),
  });
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});

async function control(route: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}/__fntasks/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${route}: ${response.status} ${await response.text()}`);
}

/** The operation a request's method and path route to, by the spec's table. */
function operationOf(request: Request): FunctionOperationId {
  const matched = matchFunctionOperation(request.method, new URL(request.url).pathname);
  if (!matched) throw new Error(`no operation serves ${request.method} ${request.url}`);
  return matched.operationId;
}

/** A client of the emulator; `before` runs ahead of the signing middleware (openapi-fetch runs them in order). */
function client(before: Middleware[] = []): { api: Client<paths>; sent: FunctionOperationId[] } {
  const sent: FunctionOperationId[] = [];
  const api = createClient<paths>({ baseUrl });
  api.use(
    {
      onRequest: ({ request }) => {
        sent.push(operationOf(request));
      },
    },
    ...before,
    createSigningMiddleware({ credentials: KEY }),
  );
  return { api, sent };
}

const FUNCTION = '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}';
const TASKS = `${FUNCTION}/instances/{instanceName}/tasks` as const;
const TASK = `${TASKS}/{generation}` as const;
const INSTANCE = `${FUNCTION}/instances/{instanceName}` as const;
const RESOURCE = `${FUNCTION}/resources/{resourceName}` as const;
const VERSIONS = '/v4/openapi/functions/{functionName}';

/**
 * Calls every operation once: the reads first, then the writes of each entity in an order that works when each is
 * carried out (the run's delete of generation 1; an instance created, changed, made the default and deleted; a
 * resource created, read, listed, changed and deleted); their statuses and codes.
 */
async function callEveryOperation(
  api: Client<paths>,
): Promise<{ status: number; code: string | undefined }[]> {
  const path = NAMES;
  const fn = { appGroupIdentity: NAMES.appGroupIdentity, functionName: NAMES.functionName };
  const task = { ...NAMES, generation: '1' };
  const created = { ...fn, instanceName: 'ctr_of_new' };
  const resource = { ...fn, resourceName: 'of_labels' };
  const answers = [
    await api.GET(TASKS, { params: { path, query: { pageSize: 2 } } }),
    await api.GET(TASK, { params: { path: task } }),
    await api.GET(`${FUNCTION}/instances`, { params: { path: fn } }),
    await api.GET(INSTANCE, { params: { path } }),
    await api.GET(`${FUNCTION}/default-instance`, { params: { path: fn } }),
    await api.GET('/v4/openapi/app-groups', { params: { query: { pageSize: 5 } } }),
    await api.GET(`${VERSIONS}/current-version`, {
      params: { path: { functionName: 'ctr' }, query: { modelType: 'tf_checkpoint' } },
    }),
    await api.GET(`${VERSIONS}/versions/{versionId}`, {
      params: { path: { functionName: 'ctr', versionId: '101' } },
    }),
    await api.POST(TASKS, { params: { path } }),
    await api.DELETE(TASK, { params: { path: task } }),
    await api.POST(`${FUNCTION}/instances`, {
      params: { path: fn },
      body: { instanceName: created.instanceName, modelType: 'tf_checkpoint', cron: '0 3 ? * 0,1,3,5' },
    }),
    await api.PUT(INSTANCE, { params: { path: created }, body: { description: 'changed' } }),
    await api.PUT(`${FUNCTION}/default-instance`, {
      params: { path: fn },
      body: { instanceName: created.instanceName },
    }),
    await api.DELETE(INSTANCE, { params: { path: created } }),
    await api.POST(`${FUNCTION}/resources`, {
      params: { path: fn },
      body: { ResourceName: resource.resourceName, ResourceType: 'raw_file', Data: { Content: 'a,b,c' } },
    }),
    await api.GET(RESOURCE, { params: { path: resource } }),
    await api.GET(`${FUNCTION}/resources`, { params: { path: fn, query: { resourceType: 'raw_file' } } }),
    await api.PUT(RESOURCE, { params: { path: resource }, body: { Description: 'labels' } }),
    await api.DELETE(RESOURCE, { params: { path: resource } }),
  ];
  return answers.map(({ response, error }) => ({
    status: response.status,
    code: (error as { code?: string } | undefined)?.code,
  }));
}

describe('openapi-fetch with createSigningMiddleware against fntasks-emulator --auth verify', () => {
  it('the same requests signed for another operation are refused, and change nothing', async () => {
    // Another operation of the family, of another method: GET, POST, PUT and DELETE each meet a mismatch.
    const wrongAction: Middleware = {
      onRequest: ({ request }) => {
        const own = operationOf(request);
        const method = FUNCTION_OPERATIONS[own].method;
        const other = FUNCTION_OPERATION_IDS.find((id) => FUNCTION_OPERATIONS[id].method !== method);
        request.headers.set('x-acs-action', other ?? '');
      },
    };
    const { api, sent } = client([wrongAction]);
    const answers = await callEveryOperation(api);
    expect([...sent].sort()).toEqual([...FUNCTION_OPERATION_IDS].sort());
    expect(answers, stderr).toEqual(sent.map(() => ({ status: 400, code: 'InvalidAction.Mismatch' })));
  });

  it('every operation, signed by the middleware for its own action, is accepted', async () => {
    const { api, sent } = client();
    const answers = await callEveryOperation(api);
    expect([...sent].sort()).toEqual([...FUNCTION_OPERATION_IDS].sort());
    expect(answers.map((answer, i) => ({ operation: sent[i], ...answer }))).toEqual(
      sent.map((operation) => ({ operation, status: 200, code: undefined })),
    );
  });
});
