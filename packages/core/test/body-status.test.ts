/**
 * The real HTTP status decides, never the body's `httpCode` claim (issue 22's core defect): errors report the real
 * status (the claim kept as `bodyHttpCode` and noted in the message), and retries read the real status, on a
 * real loopback server. On a 2xx the body's code decides success (`''`, `'200'`, `'OK'`) whatever it claims.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, FunctionTasksApiError, WriteOutcomeUnknownError } from '../src/index.js';
import { envelope, type FamilyServer, startFamilyServer, wireTask } from './family-server.js';

const INSTANCE = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };
const FAST = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxElapsedMs: 5_000 };

let server: FamilyServer;
beforeAll(async () => {
  server = await startFamilyServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.handlers = {};
});

const client = () => createFunctionTasksClient({ endpoint: server.url, retry: FAST });

describe('the HTTP status decides, the body’s httpCode is a claim', () => {
  it('a real 200 claiming httpCode -16675932 with a success code is a success', async () => {
    server.handlers.ListFunctionTasks = () => ({
      body: envelope([wireTask(3)], { totalCount: 1, httpCode: -16675932, code: 'OK' }),
    });
    const page = await client().listFunctionTasks(INSTANCE);
    expect(page.tasks.map((t) => t.generation)).toEqual(['3']);
  });

  it('a real 200 claiming httpCode -16675932 with an error code: shown as HTTP 200, the claim kept and noted', async () => {
    server.handlers.ListFunctionTasks = () => ({
      body: { requestId: 'r-1', httpCode: -16675932, code: 'Odd.Code', message: 'odd' },
    });
    const error = await client()
      .listFunctionTasks(INSTANCE)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(error).toMatchObject({ httpCode: 200, bodyHttpCode: -16675932, code: 'Odd.Code', attempts: 1 });
    expect((error as Error).message).toContain('HTTP 200, the body claims httpCode -16675932');
    expect((error as Error).message).not.toMatch(/HTTP -16675932/);
  });

  it('a real 200 whose body claims 503 is not retried', async () => {
    server.handlers.ListFunctionTasks = () => ({
      body: { requestId: 'r-2', httpCode: 503, code: 'Unavailable.Claimed', message: 'claimed' },
    });
    const error = await client()
      .listFunctionTasks(INSTANCE)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ httpCode: 200, bodyHttpCode: 503, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('a real 500 whose body claims 400 is retried for a read', async () => {
    server.handlers.ListFunctionTasks = () => ({
      status: 500,
      body: { requestId: 'r-3', httpCode: 400, code: 'InvalidParameter', message: 'claimed 4xx' },
    });
    const error = await client()
      .listFunctionTasks(INSTANCE)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ httpCode: 500, bodyHttpCode: 400, code: 'InvalidParameter', attempts: 4 });
    expect(server.requests).toHaveLength(4);
  });

  it('a real 500 whose body claims 400 is an unknown outcome for a create (one POST)', async () => {
    server.handlers.CreateFunctionTask = () => ({
      status: 500,
      body: { requestId: 'r-4', httpCode: 400, code: 'InvalidParameter', message: 'claimed 4xx' },
    });
    const error = await client()
      .createFunctionTask(INSTANCE)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
    expect(error).toMatchObject({ requestId: 'r-4', operation: 'CreateFunctionTask' });
    expect((error as Error).cause).toMatchObject({ httpCode: 500, bodyHttpCode: 400 });
    expect(server.requests).toHaveLength(1);
  });

  it('a claim equal to the status is not noted', async () => {
    server.handlers.ListFunctionTasks = () => ({
      status: 404,
      body: { requestId: 'r-5', httpCode: 404, code: 'Instance.NotExist', message: 'none' },
    });
    const error = await client()
      .listFunctionTasks(INSTANCE)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ httpCode: 404, bodyHttpCode: 404 });
    expect((error as Error).message).not.toContain('claims');
  });
});
