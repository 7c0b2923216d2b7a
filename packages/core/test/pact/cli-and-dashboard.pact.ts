/**
 * The reads the CLI and the dashboard send, query for query, so that a stub built from the pact answers them and
 * `apps/cli`'s pact-coverage check finds an interaction for every request of the CLI's end-to-end suite. The
 * values a command picks itself are pinned (`list`: page 1 of 20; `instances`: page 1; the newest run: page size
 * 1; a watched run: pages of 100; the dashboard's overview: page 1 of 50, its instance list: pages of 100); the
 * values a user or the clock picks (page numbers and sizes given as flags, times, statuses) are matched by
 * pattern. Part of the one pact run of `fntasks-core.pact.test.ts`.
 */
import { MatchersV3, type TemplateQuery } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import type { ListFunctionInstancesParams, ListFunctionTasksParams } from '../../src/index.js';
import { CATALOGUE, FUNCTION_PATH, INSTANCE, INSTANCE_PATH, STATES } from './contract.js';
import { camelInstance, camelTask, JSON_CONTENT, SIGNED_REQUEST_HEADERS, signedHeaders } from './matchers.js';
import { camelEnvelope, clientFor, pact } from './pact-run.js';

const { eachLike, integer, regex } = MatchersV3;

/** A page number or size as a user types it: a positive integer. */
const POSITIVE = '^[1-9][0-9]*$';
/** Epoch milliseconds. */
const EPOCH_MS = '^[0-9]{1,16}$';
/** A task status filter. */
const STATUS = '^(success|failed|running)$';
const positive = (example: number) => regex(POSITIVE, String(example));

/** One ListFunctionTasks request shape: who sends it, its query, and the client call that sends it. */
interface TaskRead {
  who: string;
  query: TemplateQuery;
  params: Omit<ListFunctionTasksParams, keyof typeof INSTANCE>;
}

const TASK_READS: TaskRead[] = [
  {
    who: "the CLI's list (page 1 of 20, the defaults)",
    query: { pageNumber: '1', pageSize: '20' },
    params: { pageNumber: 1, pageSize: 20 },
  },
  {
    who: "the dashboard's overview (page 1 of 50)",
    query: { pageNumber: '1', pageSize: '50' },
    params: { pageNumber: 1, pageSize: 50 },
  },
  {
    who: 'a page and page size the caller chose (list --page --page-size, a scan in pages of 100)',
    query: { pageNumber: positive(1), pageSize: positive(100) },
    params: { pageNumber: 1, pageSize: 100 },
  },
  {
    who: "the newest run of an instance (the CLI's instance and instances)",
    query: { pageSize: '1' },
    params: { pageSize: 1 },
  },
  {
    who: 'the newest tasks up to a page size the caller chose (list --limit, watch, get by run id)',
    query: { pageSize: positive(20) },
    params: { pageSize: 20 },
  },
  {
    who: 'the tasks started at or after a watched run (pages of 100)',
    query: { pageNumber: positive(1), pageSize: '100', startTime: regex(EPOCH_MS, '1764288000000') },
    params: { pageNumber: 1, pageSize: 100, startTime: 1764288000000 },
  },
  {
    who: 'a page of the tasks ended before a time (list --until)',
    query: { pageNumber: positive(1), pageSize: positive(20), endTime: regex(EPOCH_MS, '4102444800000') },
    params: { pageNumber: 1, pageSize: 20, endTime: 4102444800000 },
  },
  {
    who: 'a page of the tasks in one status (list --status, the newest failed run)',
    query: { pageNumber: positive(1), pageSize: positive(20), status: regex(STATUS, 'failed') },
    params: { pageNumber: 1, pageSize: 20, status: 'failed' },
  },
  {
    who: 'a page of the tasks in one status started after a time (list --status --since)',
    query: {
      pageNumber: positive(1),
      pageSize: positive(20),
      startTime: regex(EPOCH_MS, '1764288000000'),
      status: regex(STATUS, 'failed'),
    },
    params: { pageNumber: 1, pageSize: 20, startTime: 1764288000000, status: 'failed' },
  },
];

describe('the reads of the CLI and the dashboard: ListFunctionTasks', () => {
  for (const read of TASK_READS) {
    it(`sends ${read.who}`, async () => {
      await pact
        .addInteraction()
        .given(STATES.manyTasks)
        .uponReceiving(`a request for the tasks of an instance: ${read.who}`)
        .withRequest('GET', INSTANCE_PATH, (req) => req.headers(SIGNED_REQUEST_HEADERS).query(read.query))
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(camelEnvelope({ totalCount: integer(15), result: eachLike(camelTask()) })),
        )
        .executeTest(async (mockServer) => {
          const page = await clientFor(mockServer).listFunctionTasks({ ...INSTANCE, ...read.params });
          expect(page.tasks.length).toBeGreaterThan(0);
        });
    });
  }
});

/** One ListFunctionInstances request shape. */
interface InstanceRead {
  who: string;
  query: TemplateQuery;
  params: Omit<ListFunctionInstancesParams, 'appGroupIdentity' | 'functionName'>;
}

const INSTANCE_READS: InstanceRead[] = [
  { who: "the CLI's instances (page 1)", query: { pageNumber: '1' }, params: { pageNumber: 1 } },
  {
    who: "the dashboard's instance list (pages of 100)",
    query: { pageNumber: positive(1), pageSize: '100' },
    params: { pageNumber: 1, pageSize: 100 },
  },
];

describe('the reads of the CLI and the dashboard: ListFunctionInstances', () => {
  for (const read of INSTANCE_READS) {
    it(`sends ${read.who}`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.instancesOfFunction, { instanceNames: 'ctr_test,ctr_prod' })
        .uponReceiving(`a request for the instances of a function: ${read.who}`)
        .withRequest('GET', `${FUNCTION_PATH}/instances`, (req) =>
          req.headers(signedHeaders('ListFunctionInstances')).query(read.query),
        )
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(camelEnvelope({ totalCount: integer(2), result: eachLike(camelInstance()) })),
        )
        .executeTest(async (mockServer) => {
          const page = await clientFor(mockServer).listFunctionInstances({
            appGroupIdentity: INSTANCE.appGroupIdentity,
            functionName: INSTANCE.functionName,
            ...read.params,
          });
          expect(page.instances.length).toBeGreaterThan(0);
        });
    });
  }
});
