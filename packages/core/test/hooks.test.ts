/**
 * The extension point: per-call `headers` and `client.use({ onRequest, onResponse })`. Hooks run on every attempt
 * before signing (a retry runs them again and is signed afresh with what they added), see no credentials, and a
 * bad header from a call or a hook is refused before anything is sent.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ClientHooks,
  createFunctionTasksClient,
  type HookRequest,
  InvalidArgumentError,
} from '../src/index.js';
import { envelope, type FamilyServer, startFamilyServer, wireTask } from './family-server.js';
import { officialAuthorizationFor, receivedRequest } from './signing-oracle.js';

const KEYS = { accessKeyId: 'HOOKKEY', accessKeySecret: 'hook-secret', securityToken: 'hook-token' };
const INSTANCE = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'ctr_1' };

let server: FamilyServer;
beforeAll(async () => {
  server = await startFamilyServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.handlers = {};
});

const client = () =>
  createFunctionTasksClient({
    endpoint: server.url,
    credentials: KEYS,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 },
  });

function verified(index: number) {
  const seen = server.requests[index];
  if (!seen) throw new Error(`no request ${index}`);
  expect(seen.headers.authorization).toBe(
    officialAuthorizationFor(
      receivedRequest(seen.method, seen.url, seen.headers),
      KEYS.accessKeyId,
      KEYS.accessKeySecret,
    ),
  );
  return seen;
}

describe('client.use', () => {
  it('onRequest runs before signing on every attempt; onResponse sees every answer; eject removes them', async () => {
    let calls = 0;
    server.handlers.GetFunctionTask = () =>
      ++calls === 1
        ? { status: 503, body: { requestId: 'busy', code: 'ServiceUnavailable', message: 'busy' } }
        : { body: envelope(wireTask(3)) };
    const seen: HookRequest[] = [];
    const statuses: number[] = [];
    const hooks: ClientHooks = {
      onRequest: async (request) => {
        seen.push(request);
        return { 'X-Trace': `attempt-${request.attempt}` };
      },
      onResponse: (_request, response) => {
        statuses.push(response.status);
      },
    };
    const api = client();
    api.use(hooks);
    const result = await api.getFunctionTask({ ...INSTANCE, generation: 3 });
    expect(result.task.generation).toBe('3');
    expect(server.requests).toHaveLength(2);
    expect(verified(0).headers['x-trace']).toBe('attempt-1');
    expect(verified(1).headers['x-trace']).toBe('attempt-2');
    expect(statuses).toEqual([503, 200]);
    expect(seen.map((r) => [r.operationId, r.attempt, r.method])).toEqual([
      ['GetFunctionTask', 1, 'GET'],
      ['GetFunctionTask', 2, 'GET'],
    ]);
    // Before signing: no credential, signature or nonce is in what a hook sees.
    for (const request of seen) {
      expect(JSON.stringify(request)).not.toMatch(/hook-token|hook-secret|HOOKKEY|authorization|nonce/i);
    }
    api.eject(hooks);
    await api.getFunctionTask({ ...INSTANCE, generation: 3 });
    expect(server.requests.at(-1)?.headers['x-trace']).toBeUndefined();
    expect(seen).toHaveLength(2);
  });

  it('a hook that returns a bad header fails the call before anything is sent, naming it', async () => {
    server.handlers.GetFunctionTask = () => ({ body: envelope(wireTask(3)) });
    const api = client();
    api.use({ onRequest: () => ({ 'x-bad': 'line\nbreak' }) });
    await expect(api.getFunctionTask({ ...INSTANCE, generation: 3 })).rejects.toThrow(
      /Invalid onRequest headers\.x-bad/,
    );
    expect(server.requests).toHaveLength(0);
    expect(() => api.use(null as never)).toThrow(InvalidArgumentError);
  });
});

describe('per-call headers', () => {
  it('go with that call only, over the client headers, and are signed with it', async () => {
    server.handlers.ListFunctionTasks = () => ({ body: envelope([wireTask(1)], { totalCount: 1 }) });
    const api = createFunctionTasksClient({
      endpoint: server.url,
      credentials: KEYS,
      headers: { 'x-fntasks-casing': 'camel', 'x-team': 'client' },
    });
    await api.listFunctionTasks(INSTANCE, { headers: { 'X-Team': 'call', 'x-call': 'yes' } });
    await api.listFunctionTasks(INSTANCE);
    expect(verified(0).headers).toMatchObject({
      'x-team': 'call',
      'x-call': 'yes',
      'x-fntasks-casing': 'camel',
    });
    expect(verified(1).headers['x-team']).toBe('client');
    expect(server.requests[1]?.headers['x-call']).toBeUndefined();
    // An iteration passes them to every page.
    const tasks = [];
    for await (const task of api.iterateFunctionTasks(INSTANCE, { headers: { 'x-call': 'pages' } }))
      tasks.push(task);
    expect(tasks).toHaveLength(1);
    expect(server.requests.at(-1)?.headers['x-call']).toBe('pages');
  });

  it('a bad header name or value is refused before anything is sent', async () => {
    const api = client();
    await expect(api.listFunctionTasks(INSTANCE, { headers: { 'bad name': 'x' } })).rejects.toThrow(
      /Invalid headers: "bad name"\. A header name is a token/,
    );
    await expect(api.listFunctionTasks(INSTANCE, { headers: { ok: 'a\r\nb' } })).rejects.toThrow(
      InvalidArgumentError,
    );
    expect(server.requests).toHaveLength(0);
  });
});
