import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, type FunctionTasksPage } from '../src/index.js';
import {
  DOC_CAMEL_SAMPLE,
  DOC_PASCAL_SAMPLE_TEXT,
  startTestServer,
  type TestServer,
  toCamelKeys,
  toPascalKeys,
} from './helpers.js';

const names = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function listWith(answer: Parameters<TestServer['answer']>[0]): Promise<FunctionTasksPage> {
  server.answer(answer);
  return createFunctionTasksClient({ endpoint: server.url }).listFunctionTasks(names);
}

function withoutCasing(page: FunctionTasksPage) {
  const { casing: _casing, ...rest } = page;
  return rest;
}

describe("the API page's sample bodies over real HTTP", () => {
  it('normalises the camelCase "Sample success response"', async () => {
    const page = await listWith({ body: DOC_CAMEL_SAMPLE });
    expect(page.casing).toBe('camel');
    expect(page).toMatchObject({
      totalCount: 1,
      requestId: '',
      latency: 123,
      pageNumber: 1,
      pageSize: 1,
      envelopeStatus: 'OK',
    });
    expect(page.tasks).toEqual([
      {
        functionName: 'ctr',
        runId: 'trigger__2021-03-05T12:18:41',
        generation: '3',
        status: 'success',
        progress: 100,
        startTime: 100010,
        endTime: 200020,
        extendInfo: { recall: 91, errors: [] },
        extendInfoRaw: '{"recall":91,"errors":[]}',
        warnings: [],
      },
    ]);
  });

  it('normalises the PascalCase "Examples" body, double-escaped ExtendInfo included', async () => {
    const page = await listWith({ raw: DOC_PASCAL_SAMPLE_TEXT });
    expect(page.casing).toBe('pascal');
    expect(page).toMatchObject({
      totalCount: 2,
      requestId: '1638157479281',
      latency: 123,
      envelopeStatus: '200',
    });
    expect(page.tasks).toHaveLength(1);
    expect(page.tasks[0]).toMatchObject({
      functionName: 'ctr',
      runId: 'trigger__2021-03-05T12:18:41',
      generation: '2',
      status: 'success',
      progress: 90,
      startTime: 100010,
      endTime: 100010,
      extendInfo: { recall: 91, errors: [] },
    });
    expect(page.tasks[0]?.warnings).toEqual([{ kind: 'double-encoded-extend-info' }]);
  });

  // The two samples on the page carry different values (progress 100 vs 90, generation "3" vs "2"), so equality
  // is proven per sample: each one and its key-for-key rewrite into the other casing give equal results.
  it('gives equal results for the camel sample and its PascalCase rewrite', async () => {
    const camel = await listWith({ body: DOC_CAMEL_SAMPLE });
    const pascal = await listWith({ body: toPascalKeys(DOC_CAMEL_SAMPLE) });
    expect(pascal.casing).toBe('pascal');
    expect(withoutCasing(pascal)).toEqual(withoutCasing(camel));
  });

  it('gives equal results for the Pascal sample and its camelCase rewrite', async () => {
    const pascal = await listWith({ raw: DOC_PASCAL_SAMPLE_TEXT });
    const camel = await listWith({ body: toCamelKeys(JSON.parse(DOC_PASCAL_SAMPLE_TEXT)) });
    expect(camel.casing).toBe('camel');
    expect(withoutCasing(camel)).toEqual(withoutCasing(pascal));
  });

  it('sends GET to the documented path with accept: application/json', async () => {
    server.requests.length = 0;
    await listWith({ body: DOC_CAMEL_SAMPLE });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.url).toBe(
      '/v4/openapi/app-groups/my-app/functions/ctr/instances/ctr_test/tasks',
    );
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });
});
