/**
 * Issue 12, class 7: a server that ignores pageNumber and claims totalCount 1e12 must not keep the iterator
 * busy: it stops after a handful of requests with PaginationStalledError (the old iterator made ~28,000 in 5 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, type FunctionTask, PaginationStalledError } from '../src/index.js';
import { startTestServer, type TestServer } from './helpers.js';

const INSTANCE = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'ctr_1' };

function wireTasks(count: number, newest: number) {
  return Array.from({ length: count }, (_, i) => ({
    functionName: 'ctr',
    runId: `run-${newest - i}`,
    generation: String(newest - i),
    status: 'success',
    progress: 100,
    startTime: newest - i * 1000,
    endTime: newest - i * 1000 + 1,
    extendInfo: '{}',
  }));
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function drain(pageSize: number): Promise<{ tasks: FunctionTask[]; error: unknown }> {
  const client = createFunctionTasksClient({ endpoint: server.url, retry: false });
  const tasks: FunctionTask[] = [];
  try {
    for await (const task of client.iterateFunctionTasks({ ...INSTANCE, pageSize })) tasks.push(task);
    return { tasks, error: null };
  } catch (error) {
    return { tasks, error };
  }
}

describe('pagination progress guard', () => {
  it('stops a server that ignores pageNumber and claims totalCount 1e12', async () => {
    server.answer({ body: { requestId: 'q', totalCount: 1e12, result: wireTasks(10, 1_700_000_000_000) } });
    const before = server.requests.length;
    const { tasks, error } = await drain(10);
    expect(error).toBeInstanceOf(PaginationStalledError);
    expect((error as PaginationStalledError).message).toMatch(/no new task/);
    // The first page's tasks were yielded once; then a handful of requests, not thousands.
    expect(tasks).toHaveLength(10);
    expect(server.requests.length - before).toBeLessThanOrEqual(12);
  });

  it('a well-behaved server is unaffected', async () => {
    const all = wireTasks(25, 1_700_000_000_000);
    server.answer((req, res) => {
      const url = new URL(req.url ?? '', 'http://x');
      const n = Number(url.searchParams.get('pageNumber'));
      const size = Number(url.searchParams.get('pageSize'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ requestId: 'q', totalCount: 25, result: all.slice((n - 1) * size, n * size) }),
      );
    });
    const { tasks, error } = await drain(10);
    expect(error).toBeNull();
    expect(tasks).toHaveLength(25);
  });
});
