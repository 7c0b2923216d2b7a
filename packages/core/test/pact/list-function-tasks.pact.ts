/**
 * ListFunctionTasks: each interaction drives the real client at the Pact mock server and asserts what the
 * client returns, so the pact records exactly what the client reads: key names with their exact casing, and
 * types (not values) where the service's values vary. Part of the one pact run of `fntasks-core.pact.test.ts`.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import type { createFunctionTasksClient, FunctionTasksPage } from '../../src/index.js';
import { INSTANCE, INSTANCE_PATH, MISSING_APP, STATES } from './contract.js';
import {
  camelTask,
  integerMatching,
  JSON_CONTENT,
  pascalTask,
  SAMPLE_TASK_READ,
  SIGNED_REQUEST_HEADERS,
} from './matchers.js';
import {
  answerMeta,
  CASINGS,
  camelEnvelope,
  clientFor,
  errorBody,
  expectApiError,
  pact,
  pascalEnvelope,
} from './pact-run.js';

const { eachLike, constrainedArrayLike, equal, integer, string } = MatchersV3;

/** A camelCase page around `result` (the API page's sample shape). */
function camelPage(result: unknown, totalCount: unknown = integer(1)) {
  return camelEnvelope({ totalCount, result });
}

describe('a page of tasks', () => {
  for (const { casing, label } of CASINGS) {
    it(`reads the documented sample page (${label})`, async () => {
      await pact
        .addInteraction()
        .given(casing === 'camel' ? STATES.camelPage : STATES.pascalPage)
        .uponReceiving(`a request for the tasks of an instance (${label} answer)`)
        .withRequest('GET', INSTANCE_PATH, (req) => req.headers(SIGNED_REQUEST_HEADERS))
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(
              casing === 'camel'
                ? camelPage(eachLike(camelTask()))
                : pascalEnvelope({ TotalCount: integer(1), Result: eachLike(pascalTask()) }),
            ),
        )
        .executeTest(async (mockServer) => {
          const page = await clientFor(mockServer).listFunctionTasks(INSTANCE);
          expect(page).toEqual({
            tasks: [SAMPLE_TASK_READ],
            totalCount: 1,
            pageNumber: 1,
            pageSize: 1,
            ...answerMeta(casing),
          });
        });
    });
  }

  it('reads a running task: endTime 0 becomes null, progress below 100', async () => {
    await pact
      .addInteraction()
      .given(STATES.runningTask)
      .uponReceiving('a request for the tasks of an instance with a running task')
      .withRequest('GET', INSTANCE_PATH, (req) => req.headers(SIGNED_REQUEST_HEADERS))
      .willRespondWith(200, (res) =>
        res.headers(JSON_CONTENT).jsonBody(
          camelPage(
            eachLike(
              camelTask({
                status: equal('running'),
                // 0–99: an integer whose decimal form has at most two digits.
                progress: integerMatching('^[0-9]{1,2}$', 42),
                startTime: integer(1764331200000),
                endTime: equal(0),
                extendInfo: string('{}'),
                runId: string('trigger__2025-11-28T12:00:00'),
                generation: undefined,
              }),
            ),
          ),
        ),
      )
      .executeTest(async (mockServer) => {
        const page = await clientFor(mockServer).listFunctionTasks(INSTANCE);
        expect(page.casing).toBe('camel');
        expect(page.tasks).toHaveLength(1);
        const [task] = page.tasks;
        expect(task).toMatchObject({
          status: 'running',
          progress: 42,
          startTime: 1764331200000,
          endTime: null,
        });
        expect(task?.progress).toBeLessThan(100);
        expect(task?.extendInfo).toEqual({});
        expect(task?.warnings).toEqual([]);
      });
  });

  it('reads an empty page as no tasks (not as an error)', async () => {
    // The service knows an instance only while it has tasks, so "empty" is a filter that matches none.
    await pact
      .addInteraction()
      .given(STATES.finishedOnly)
      .uponReceiving('a request for the running tasks of an instance without any')
      .withRequest('GET', INSTANCE_PATH, (req) =>
        req.headers(SIGNED_REQUEST_HEADERS).query({ status: 'running' }),
      )
      .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(camelPage([], equal(0))))
      .executeTest(async (mockServer) => {
        const page = await clientFor(mockServer).listFunctionTasks({ ...INSTANCE, status: 'running' });
        expect(page).toMatchObject({ tasks: [], totalCount: 0, casing: 'camel', envelopeStatus: 'OK' });
      });
  });
});

describe('query parameters reach the wire by their documented names', () => {
  /** One interaction per parameter, so a renamed or re-encoded parameter names itself in the failure. */
  const cases: {
    name: string;
    params: Parameters<ReturnType<typeof createFunctionTasksClient>['listFunctionTasks']>[0];
    query: Record<string, string>;
    result: unknown;
    check: (page: FunctionTasksPage) => void;
  }[] = [
    {
      name: 'status',
      params: { ...INSTANCE, status: 'success' },
      query: { status: 'success' },
      result: eachLike(camelTask({ status: equal('success') })),
      check: (page) => expect(page.tasks.every((t) => t.status === 'success')).toBe(true),
    },
    {
      name: 'startTime (an ISO string, sent as epoch milliseconds)',
      params: { ...INSTANCE, startTime: '2025-11-28T00:00:00Z' },
      query: { startTime: '1764288000000' },
      result: eachLike(camelTask({ startTime: integer(1764331200000) })),
      check: (page) => expect(page.tasks[0]?.startTime).toBeGreaterThan(1764288000000),
    },
    {
      name: 'endTime (a Date, sent as epoch milliseconds)',
      params: { ...INSTANCE, endTime: new Date('2025-11-29T00:00:00Z') },
      query: { endTime: '1764374400000' },
      result: eachLike(camelTask({ endTime: integer(1764334800000) })),
      check: (page) => expect(page.tasks[0]?.endTime).toBeLessThan(1764374400000),
    },
    {
      name: 'pageNumber',
      params: { ...INSTANCE, pageNumber: 2 },
      query: { pageNumber: '2' },
      result: constrainedArrayLike(camelTask(), 1, 1, 1),
      check: (page) =>
        expect({ pageNumber: page.pageNumber, pageSize: page.pageSize, n: page.tasks.length }).toEqual({
          pageNumber: 2,
          pageSize: 1,
          n: 1,
        }),
    },
    {
      name: 'pageSize',
      params: { ...INSTANCE, pageSize: 10 },
      query: { pageSize: '10' },
      result: constrainedArrayLike(camelTask(), 10, 10, 10),
      check: (page) =>
        expect({ pageSize: page.pageSize, n: page.tasks.length }).toEqual({ pageSize: 10, n: 10 }),
    },
    {
      name: 'all five together',
      params: {
        ...INSTANCE,
        status: 'success',
        startTime: 1764288000000,
        endTime: 1764374400000,
        pageNumber: 2,
        pageSize: 5,
      },
      query: {
        status: 'success',
        startTime: '1764288000000',
        endTime: '1764374400000',
        pageNumber: '2',
        pageSize: '5',
      },
      result: constrainedArrayLike(camelTask({ status: equal('success') }), 5, 5, 5),
      check: (page) =>
        expect({ pageNumber: page.pageNumber, pageSize: page.pageSize, n: page.tasks.length }).toEqual({
          pageNumber: 2,
          pageSize: 5,
          n: 5,
        }),
    },
  ];

  for (const c of cases) {
    it(`sends ${c.name}`, async () => {
      await pact
        .addInteraction()
        .given(STATES.manyTasks)
        .uponReceiving(`a request for the tasks of an instance with ${c.name}`)
        .withRequest('GET', INSTANCE_PATH, (req) => req.headers(SIGNED_REQUEST_HEADERS).query(c.query))
        .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(camelPage(c.result, integer(12))))
        .executeTest(async (mockServer) => {
          const page = await clientFor(mockServer).listFunctionTasks(c.params);
          expect(page.casing).toBe('camel');
          c.check(page);
        });
    });
  }
});

describe('errors become typed FunctionTasksApiError', () => {
  it('400 InvalidParameter (a page size above what the service accepts)', async () => {
    await pact
      .addInteraction()
      .given(STATES.finishedOnly)
      .uponReceiving('a request with a page size the service rejects')
      .withRequest('GET', INSTANCE_PATH, (req) =>
        req.headers(SIGNED_REQUEST_HEADERS).query({ pageSize: '101' }),
      )
      .willRespondWith(400, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'InvalidParameter')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).listFunctionTasks({ ...INSTANCE, pageSize: 101 }), {
          httpCode: 400,
          code: 'InvalidParameter',
        });
      });
  });

  it('404 App.NotFound', async () => {
    const params = { ...INSTANCE, appGroupIdentity: MISSING_APP };
    await pact
      .addInteraction()
      .given(STATES.appMissing)
      .uponReceiving('a request for an application group that does not exist')
      .withRequest(
        'GET',
        `/v4/openapi/app-groups/${MISSING_APP}/functions/ctr/instances/ctr_test/tasks`,
        (req) => req.headers(SIGNED_REQUEST_HEADERS),
      )
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'App.NotFound')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).listFunctionTasks(params), {
          httpCode: 404,
          code: 'App.NotFound',
        });
      });
  });

  it('400 SignatureDoesNotMatch', async () => {
    await pact
      .addInteraction()
      .given(STATES.signatureChecked)
      .uponReceiving('a request signed with the wrong secret')
      .withRequest('GET', INSTANCE_PATH, (req) => req.headers(SIGNED_REQUEST_HEADERS))
      .willRespondWith(400, (res) =>
        res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'SignatureDoesNotMatch')),
      )
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).listFunctionTasks(INSTANCE), {
          httpCode: 400,
          code: 'SignatureDoesNotMatch',
        });
      });
  });

  it('400 Throttling.User', async () => {
    await pact
      .addInteraction()
      .given(STATES.throttled)
      .uponReceiving('a request while the caller is throttled')
      .withRequest('GET', INSTANCE_PATH, (req) => req.headers(SIGNED_REQUEST_HEADERS))
      .willRespondWith(400, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'Throttling.User')))
      .executeTest(async (mockServer) => {
        // Retries off: this interaction pins one throttled answer and what the client makes of it.
        await expectApiError(clientFor(mockServer, { retry: false }).listFunctionTasks(INSTANCE), {
          httpCode: 400,
          code: 'Throttling.User',
        });
      });
  });
});
