import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  MalformedResponseError,
  NetworkError,
} from '../src/index.js';
import { startTestServer, type TestServer } from './helpers.js';

const names = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function list() {
  return createFunctionTasksClient({ endpoint: server.url, retry: false } as Parameters<
    typeof createFunctionTasksClient
  >[0]).listFunctionTasks(names);
}

describe('typed errors', () => {
  it('carries httpCode, code, message and requestId from a camelCase error body', async () => {
    server.answer({
      status: 404,
      body: { requestId: 'req-9', httpCode: 404, code: 'App.NotFound', message: 'App not found' },
    });
    const error = await list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(error).toMatchObject({
      httpCode: 404,
      code: 'App.NotFound',
      apiMessage: 'App not found',
      requestId: 'req-9',
    });
  });

  it('reads a PascalCase error body the same way', async () => {
    server.answer({
      status: 400,
      body: { RequestId: 'req-7', HttpCode: 400, Code: 'InvalidParameter', Message: 'pageSize' },
    });
    await expect(list()).rejects.toMatchObject({
      code: 'InvalidParameter',
      requestId: 'req-7',
      httpCode: 400,
    });
  });

  it('turns an HTML page into MalformedResponseError with the status and first bytes, never a SyntaxError', async () => {
    server.answer({
      status: 200,
      headers: { 'content-type': 'text/html' },
      raw: '<html><body>502 Bad Gateway</body></html>',
    });
    const error = await list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as MalformedResponseError).httpStatus).toBe(200);
    expect((error as MalformedResponseError).bodySnippet).toContain('502 Bad Gateway');
  });

  it('treats an empty 200 body as malformed', async () => {
    server.answer({ status: 200, raw: '' });
    await expect(list()).rejects.toThrow(/body is empty/);
  });

  it('treats an error status without an error body as malformed', async () => {
    server.answer({ status: 503, raw: '{"hello":"world"}' });
    await expect(list()).rejects.toThrow(MalformedResponseError);
  });

  it('treats a 200 carrying only an error code as an API error', async () => {
    server.answer({ status: 200, body: { requestId: 'r', code: 'InternalError', message: 'boom' } });
    await expect(list()).rejects.toMatchObject({ code: 'InternalError' });
  });

  it('reports a refused connection as NetworkError naming the origin', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const client = createFunctionTasksClient({
      endpoint: `http://127.0.0.1:${port}`,
      retry: false,
    } as Parameters<typeof createFunctionTasksClient>[0]);
    const error = await client.listFunctionTasks(names).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toContain(`127.0.0.1:${port}`);
  });
});
