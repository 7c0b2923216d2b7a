/**
 * A write is sent once unless it certainly did not arrive (issue 21, item 1), on real loopback servers that count
 * the POSTs they receive: CreateFunctionTask is not safe to repeat (the wire table's `safeToRepeat`), so a 500,
 * an HTML 502, a dropped connection, a cut 200 body or a timeout after sending is one POST and an unknown
 * outcome; a refused connection, a throttling code and a refused signature time or nonce are retried. A DELETE
 * retried after an unknown outcome that then answers Task.NotExist succeeds, noting it. The instance writes follow
 * the same rule: CreateFunctionInstance is sent once, the PUTs are retried, DeleteFunctionInstance's repeat that
 * answers Instance.NotExist succeeds.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  type FunctionTasksEvent,
  MalformedResponseError,
  NetworkError,
  RequestTimeoutError,
  WriteOutcomeUnknownError,
} from '../src/index.js';
import { envelope, type FamilyServer, startFamilyServer, wireTask } from './family-server.js';
import { type Fault, INSTANCE, startTaskListServer, type TaskListServer } from './pagination-server.js';

const FAST = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 5_000 };

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function taskListServer(): Promise<TaskListServer> {
  const server = await startTaskListServer([]);
  servers.push(server);
  return server;
}

async function familyServer(): Promise<FamilyServer> {
  const server = await startFamilyServer();
  servers.push(server);
  return server;
}

const posts = (server: TaskListServer) => server.requests.filter((r) => r.method === 'POST').length;

describe('createFunctionTask is sent once when its outcome is unknown', () => {
  it.each([
    ['a 500 InternalError', 'internal-error', FunctionTasksApiError],
    ['an HTML 502', 'html-502', MalformedResponseError],
    ['a dropped connection', 'drop', NetworkError],
    ['a 200 body cut short', 'truncated', MalformedResponseError],
  ] as const)(
    '%s: exactly one POST and a WriteOutcomeUnknownError that says how to check',
    async (_, fault, causeType) => {
      const server = await taskListServer();
      server.faults.push(fault, fault, fault, fault);
      const events: FunctionTasksEvent[] = [];
      const client = createFunctionTasksClient({
        endpoint: server.url,
        retry: FAST,
        onEvent: (e) => events.push(e),
      });
      const error = await client.createFunctionTask(INSTANCE).catch((e: unknown) => e);
      expect(posts(server)).toBe(1);
      expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
      const unknown = error as WriteOutcomeUnknownError;
      expect(unknown.cause).toBeInstanceOf(causeType);
      expect(unknown).toMatchObject({ operation: 'CreateFunctionTask', attempts: 1, check: null });
      expect(unknown.requestId).toBe(fault === 'internal-error' ? 'req-InternalError' : '');
      expect(unknown.message).toMatch(/outcome of CreateFunctionTask is unknown/);
      expect(unknown.message).toMatch(/a run may have started/);
      expect(unknown.message).toMatch(/fntasks list APP FN INSTANCE/);
      expect(events.filter((e) => e.type === 'retry')).toHaveLength(0);
      expect(events.at(-1)).toMatchObject({ type: 'error', error: { name: 'WriteOutcomeUnknownError' } });
    },
  );

  it('a timeout after sending: one POST, an unknown outcome caused by the timeout', async () => {
    const server = await taskListServer();
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST, timeoutMs: 500 });
    // A first call loads the engine, so that the timeout surely falls after the POST went out.
    await client.listFunctionTasks(INSTANCE);
    server.faults.push('hang');
    const error = await client.createFunctionTask(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
    expect((error as WriteOutcomeUnknownError).cause).toBeInstanceOf(RequestTimeoutError);
    expect(posts(server)).toBe(1);
  });

  it('a clear refusal (InvalidParameter) stays the API error: final, not unknown, one POST', async () => {
    const server = await taskListServer();
    server.faults.push('invalid-parameter');
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const error = await client.createFunctionTask(INSTANCE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(error).toMatchObject({ code: 'InvalidParameter', attempts: 1 });
    expect(posts(server)).toBe(1);
  });

  it('reads are still retried after the same failures (safe to repeat)', async () => {
    const server = await taskListServer();
    server.faults.push('internal-error', 'html-502', 'drop');
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    await client.listFunctionTasks(INSTANCE);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(4);
  });
});

describe('createFunctionTask is retried when the request provably was not processed', () => {
  it.each([
    ['a throttling code', 'throttle'],
    ['a refused nonce (SignatureNonceUsed)', 'nonce-used'],
  ] as const)('%s, then OK: two POSTs and success', async (_, fault: Fault) => {
    const server = await taskListServer();
    server.faults.push(fault);
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const meta = await client.createFunctionTask(INSTANCE);
    expect(meta.requestId).toBe('req-2');
    expect(posts(server)).toBe(2);
  });

  it('a refused signature time: re-signed with the server’s clock, then OK (two POSTs)', async () => {
    const server = await taskListServer();
    server.serverDate = new Date(Date.now() + 3_600_000);
    server.faults.push('clock-expired');
    const client = createFunctionTasksClient({
      endpoint: server.url,
      retry: FAST,
      credentials: { accessKeyId: 'AKID', accessKeySecret: 'secret' },
    });
    await client.createFunctionTask(INSTANCE);
    expect(posts(server)).toBe(2);
    const stamps = server.requests.map((r) => Date.parse(String(r.headers['x-acs-date'])));
    expect((stamps[1] ?? 0) - (stamps[0] ?? 0)).toBeGreaterThan(3_000_000);
  });

  it('a refused connection (nothing written): retried, and the server then receives exactly one POST', async () => {
    // A port with nothing listening; the server starts on it once the first attempt was refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    let received = 0;
    const late = createServer((req, res) => {
      if (req.method === 'POST') received++;
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(envelope(undefined, { requestId: 'late-1' })));
    });
    servers.push({ close: () => new Promise<void>((resolve) => late.close(() => resolve())) });
    const events: FunctionTasksEvent[] = [];
    let listening: Promise<void> | undefined;
    const client = createFunctionTasksClient({
      endpoint: `http://127.0.0.1:${port}`,
      retry: { ...FAST, baseDelayMs: 200, maxDelayMs: 200 },
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'retry' && !listening) {
          listening = new Promise<void>((resolve) => late.listen(port, '127.0.0.1', resolve));
        }
      },
    });
    const meta = await client.createFunctionTask(INSTANCE);
    expect(meta.requestId).toBe('late-1');
    expect(received).toBe(1);
    const retry = events.find((e) => e.type === 'retry');
    expect(retry).toMatchObject({ error: { name: 'NetworkError' } });
  });
});

describe('deleteFunctionTask after an unknown outcome', () => {
  it('a retry answering Task.NotExist after a 500 that deleted the run succeeds with alreadyDeleted', async () => {
    const server = await familyServer();
    let deleted = false;
    server.handlers.DeleteFunctionTask = () => {
      if (!deleted) {
        deleted = true;
        return { status: 500, body: { requestId: 'del-1', code: 'InternalError', message: 'late' } };
      }
      return { status: 404, body: { requestId: 'del-2', code: 'Task.NotExist', message: 'no such run' } };
    };
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const result = await client.deleteFunctionTask({ ...INSTANCE, generation: 3 });
    expect(result).toMatchObject({ alreadyDeleted: true, requestId: 'del-2' });
    expect(server.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
  });

  it('Task.NotExist on the first attempt stays an error, and after a throttled attempt too', async () => {
    const server = await familyServer();
    const answers = [
      { status: 404, body: { requestId: 'a', code: 'Task.NotExist', message: 'no such run' } },
      { status: 400, body: { requestId: 'b', code: 'Throttling.User', message: 'slow down' } },
      { status: 404, body: { requestId: 'c', code: 'Task.NotExist', message: 'no such run' } },
    ];
    const last = {
      status: 500,
      body: { requestId: 'z', code: 'InternalError', message: 'unexpected extra call' },
    };
    server.handlers.DeleteFunctionTask = () => answers.shift() ?? last;
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    await expect(client.deleteFunctionTask({ ...INSTANCE, generation: 3 })).rejects.toMatchObject({
      code: 'Task.NotExist',
      requestId: 'a',
    });
    await expect(client.deleteFunctionTask({ ...INSTANCE, generation: 3 })).rejects.toMatchObject({
      code: 'Task.NotExist',
      requestId: 'c',
      attempts: 2,
    });
  });
});

describe('startFunctionTask resolves an unknown outcome without sending the POST again', () => {
  it('returns the run the create started when it is listed after a 500', async () => {
    const server = await familyServer();
    const runs = [wireTask(5)];
    server.handlers.ListFunctionTasks = () => ({ body: envelope(runs, { totalCount: runs.length }) });
    server.handlers.CreateFunctionTask = () => {
      runs.unshift(wireTask(6, { status: 'running', endTime: 0 }));
      return { status: 500, body: { requestId: 'create-1', code: 'InternalError', message: 'late' } };
    };
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const task = await client.startFunctionTask(INSTANCE, { unknownOutcomePollIntervalMs: 20 });
    expect(task).toMatchObject({ generation: '6', status: 'running' });
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('throws the unknown outcome with what it saw when no new run appears, after one POST', async () => {
    const server = await familyServer();
    server.handlers.ListFunctionTasks = () => ({ body: envelope([wireTask(5)], { totalCount: 1 }) });
    server.handlers.CreateFunctionTask = () => ({ status: 502, raw: '<html>502 Bad Gateway</html>' });
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const error = await client
      .startFunctionTask(INSTANCE, { unknownOutcomeTimeoutMs: 200, unknownOutcomePollIntervalMs: 20 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
    const check = (error as WriteOutcomeUnknownError).check;
    expect(check).toMatchObject({ generationBefore: '5', newestGenerationSeen: '5' });
    expect(check?.checkedForMs).toBeGreaterThanOrEqual(150);
    expect((error as Error).message).toMatch(/no generation above 5 appeared/);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    // Bounded: the polls stop at the option's time (about 200 ms / 20 ms), never the 60 s of a normal start.
    const lists = server.requests.filter((r) => r.operationId === 'ListFunctionTasks').length;
    expect(lists).toBeGreaterThan(3);
    expect(lists).toBeLessThan(20);
  });

  it('rejects a bad unknown-outcome option before sending anything', async () => {
    const server = await familyServer();
    const client = createFunctionTasksClient({ endpoint: server.url });
    await expect(client.startFunctionTask(INSTANCE, { unknownOutcomeTimeoutMs: -1 })).rejects.toThrow(
      /unknownOutcomeTimeoutMs: -1/,
    );
    await expect(client.startFunctionTask(INSTANCE, { unknownOutcomePollIntervalMs: 0 })).rejects.toThrow(
      /unknownOutcomePollIntervalMs: 0/,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('startFunctionTask’s snapshot before the create (issue 21, item 2)', () => {
  it('takes the highest generation, not the newest by start time', async () => {
    const server = await familyServer();
    const now = Date.now();
    // Newest first by start time: generation 5 started ten minutes ago, generation 10 an hour ago.
    const runs = [
      wireTask(5, { startTime: now - 600_000, endTime: now - 500_000 }),
      wireTask(10, { startTime: now - 3_600_000, endTime: now - 3_500_000 }),
    ];
    server.handlers.ListFunctionTasks = ({ url }) => {
      const size = Number(new URL(url, 'http://x').searchParams.get('pageSize') ?? 10);
      return { body: envelope(runs.slice(0, size), { totalCount: runs.length }) };
    };
    server.handlers.CreateFunctionTask = () => {
      runs.unshift(wireTask(11, { startTime: now, status: 'running', endTime: 0 }));
      return { body: envelope() };
    };
    const client = createFunctionTasksClient({ endpoint: server.url, retry: false });
    const task = await client.startFunctionTask(INSTANCE, { pollIntervalMs: 10, timeoutMs: 2_000 });
    expect(task.generation).toBe('11');
  });
});

describe('the instance writes', () => {
  const FN = { appGroupIdentity: INSTANCE.appGroupIdentity, functionName: INSTANCE.functionName };
  const internalError = {
    status: 500,
    body: { requestId: 'late-1', code: 'InternalError', message: 'late' },
  };

  it('createFunctionInstance that gets a 500 is sent once: an unknown outcome that says how to check', async () => {
    const server = await familyServer();
    server.handlers.CreateFunctionInstance = () => internalError;
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const error = await client
      .createFunctionInstance({ ...FN, instanceName: 'ctr_new', modelType: 'pop' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
    expect(error).toMatchObject({ operation: 'CreateFunctionInstance', requestId: 'late-1', attempts: 1 });
    expect((error as Error).message).toMatch(/the instance may exist now/);
    expect((error as Error).message).toMatch(
      /getFunctionInstance, or `fntasks instance show APP FN INSTANCE`/,
    );
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it.each([
    ['updateFunctionInstance', 'UpdateFunctionInstance', { ...FN, instanceName: 'ctr_test', cron: '' }],
    ['updateFunctionDefaultInstance', 'UpdateFunctionDefaultInstance', { ...FN, instanceName: 'ctr_test' }],
  ] as const)('%s (a PUT) is retried after a 500, the same body each time', async (method, id, params) => {
    const server = await familyServer();
    const answers = [internalError, { body: envelope() }];
    server.handlers[id] = () => answers.shift() ?? internalError;
    const client = createFunctionTasksClient({
      endpoint: server.url,
      retry: FAST,
      credentials: { accessKeyId: 'PUTKEY', accessKeySecret: 'put-secret' },
    });
    await client[method](params as never);
    const puts = server.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(puts[1]?.body).toBe(puts[0]?.body);
    expect(puts[1]?.headers['x-acs-signature-nonce']).not.toBe(puts[0]?.headers['x-acs-signature-nonce']);
  });

  it('deleteFunctionInstance retried after a 500 that deleted it succeeds with alreadyDeleted', async () => {
    const server = await familyServer();
    const answers = [
      internalError,
      { status: 404, body: { requestId: 'del-2', code: 'Instance.NotExist', message: 'no such instance' } },
    ];
    server.handlers.DeleteFunctionInstance = () => answers.shift() ?? internalError;
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    const result = await client.deleteFunctionInstance({ ...FN, instanceName: 'ctr_test' });
    expect(result).toMatchObject({ alreadyDeleted: true, requestId: 'del-2' });
    expect(server.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
  });

  it('deleteFunctionInstance answered Instance.NotExist at once stays the error', async () => {
    const server = await familyServer();
    server.handlers.DeleteFunctionInstance = () => ({
      status: 404,
      body: { requestId: 'gone', code: 'Instance.NotExist', message: 'no such instance' },
    });
    const client = createFunctionTasksClient({ endpoint: server.url, retry: FAST });
    await expect(client.deleteFunctionInstance({ ...FN, instanceName: 'ctr_test' })).rejects.toMatchObject({
      code: 'Instance.NotExist',
      attempts: 1,
    });
  });
});
