import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  InvalidArgumentError,
  type ListFunctionTasksParams,
  toEpochMillis,
} from '../src/index.js';
import { DOC_CAMEL_SAMPLE, startTestServer, type TestServer } from './helpers.js';

const names = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ body: DOC_CAMEL_SAMPLE });
});
afterAll(() => server.close());

const bad: [string, Record<string, unknown>, RegExp][] = [
  ['unknown status', { status: 'done' }, /Invalid status: "done"\. Allowed values: success, failed, running/],
  ['status in the wrong case', { status: 'SUCCESS' }, /Invalid status: "SUCCESS"/],
  ['pageNumber 0', { pageNumber: 0 }, /Invalid pageNumber: 0\. Expected a positive integer/],
  ['negative pageNumber', { pageNumber: -1 }, /Invalid pageNumber: -1/],
  ['fractional pageSize', { pageSize: 2.5 }, /Invalid pageSize: 2\.5/],
  ['string pageSize', { pageSize: '10' }, /Invalid pageSize: "10"/],
  ['NaN pageSize', { pageSize: Number.NaN }, /Invalid pageSize: NaN/],
  [
    'startTime after endTime',
    { startTime: 1_700_000_000_000, endTime: 1_600_000_000_000 },
    /must not be after endTime/,
  ],
  ['seconds-like startTime', { startTime: 1582214400 }, /looks like seconds.*did you mean 1582214400000/],
  ['seconds-like endTime', { endTime: 1582646399 }, /Invalid endTime: 1582646399\. It looks like seconds/],
  [
    'non-ISO string time',
    { startTime: 'yesterday' },
    /Invalid startTime: "yesterday"\. Expected an ISO-8601/,
  ],
  ['invalid Date', { startTime: new Date('nope') }, /Invalid startTime: Date\(Invalid Date\)/],
  ['negative time', { endTime: -5 }, /Invalid endTime: -5/],
  [
    'empty appGroupIdentity',
    { appGroupIdentity: '' },
    /Invalid appGroupIdentity: ""\. Expected a non-empty string/,
  ],
  ['empty functionName', { functionName: '' }, /Invalid functionName: ""/],
  ['missing instanceName', { instanceName: undefined }, /Invalid instanceName: undefined/],
  ['"." as a name', { instanceName: '.' }, /Invalid instanceName: "\."\. "\." and "\.\." cannot be sent/],
  ['".." as a name', { appGroupIdentity: '..' }, /Invalid appGroupIdentity: "\.\."/],
];

describe('bad arguments fail fast, naming the argument, and send nothing', () => {
  for (const [label, override, message] of bad) {
    it(label, async () => {
      const before = server.requests.length;
      const client = createFunctionTasksClient({ endpoint: server.url });
      const call = client.listFunctionTasks({ ...names, ...override } as ListFunctionTasksParams);
      await expect(call).rejects.toThrow(InvalidArgumentError);
      await expect(call).rejects.toThrow(message);
      expect(server.requests.length).toBe(before);
    });
  }

  it('accepts a seconds-like time when the caller opts in', async () => {
    const client = createFunctionTasksClient({ endpoint: server.url });
    await client.listFunctionTasks({ ...names, startTime: 1582214400, allowSecondsLikeTimestamps: true });
    expect(server.requests.at(-1)?.url).toContain('startTime=1582214400');
  });

  it('accepts a Date, epoch ms and an ISO string and sends epoch ms', async () => {
    const client = createFunctionTasksClient({ endpoint: server.url });
    await client.listFunctionTasks({
      ...names,
      startTime: new Date('2025-01-01T00:00:00Z'),
      endTime: '2025-02-01T00:00:00Z',
      pageSize: 50,
    });
    const url = new URL(server.requests.at(-1)?.url ?? '', server.url);
    expect(url.searchParams.get('startTime')).toBe(String(Date.UTC(2025, 0, 1)));
    expect(url.searchParams.get('endTime')).toBe(String(Date.UTC(2025, 1, 1)));
    expect(url.searchParams.get('pageSize')).toBe('50');
  });
});

describe('client options', () => {
  it('builds the regional endpoint from regionId', () => {
    expect(createFunctionTasksClient({ regionId: 'cn-hangzhou' }).endpoint).toBe(
      'https://opensearch.cn-hangzhou.aliyuncs.com',
    );
  });

  it.each([
    [{}, /Give either endpoint/],
    [{ regionId: 'Hangzhou!' }, /Invalid regionId: "Hangzhou!"/],
    [{ endpoint: 'not a url' }, /Invalid endpoint: "not a url"/],
    [{ endpoint: 'ftp://x' }, /Only http: and https:/],
    [{ endpoint: 'https://id:secret@host' }, /Credentials never go in the URL/],
    [
      // Untyped callers (plain JS, JSON config) can pass anything.
      { endpoint: 'http://127.0.0.1:1', fetch: 42 as unknown as typeof fetch },
      /Invalid fetch: "\(number\)"\. Expected a fetch function/,
    ],
    [
      { endpoint: 'http://127.0.0.1:1', headers: { 'x bad': '1' } },
      /Invalid headers: "x bad"\. A header name is a token/,
    ],
    [
      { endpoint: 'http://127.0.0.1:1', headers: { 'x-ok': 'a\r\nInjected: 1' } },
      /Invalid headers\.x-ok: "\(a value with a line break or NUL\)"/,
    ],
    [
      { endpoint: 'http://127.0.0.1:1', headers: { 'x-ok': 42 as unknown as string } },
      /Invalid headers\.x-ok: 42\. Expected a string/,
    ],
  ])('rejects %o', (options, message) => {
    expect(() => createFunctionTasksClient(options)).toThrow(message);
  });

  it('sends the headers option with case-insensitive names and trimmed values', async () => {
    const client = createFunctionTasksClient({
      endpoint: server.url,
      headers: { 'X-Fntasks-Casing': ' pascal ', Accept: 'application/json, */*', 'x-team': 'ml' },
    });
    const before = server.requests.length;
    await client.listFunctionTasks(names);
    const sent = server.requests[before]?.headers;
    expect(sent).toMatchObject({
      'x-fntasks-casing': 'pascal',
      accept: 'application/json, */*',
      'x-team': 'ml',
    });
  });

  it('never echoes a secret from an endpoint URL', () => {
    expect(() => createFunctionTasksClient({ endpoint: 'https://id:topsecret@host' })).not.toThrow(
      /topsecret/,
    );
  });
});

describe('impossible dates (issue 14)', () => {
  it.each([
    ['2025-02-30', /2025-02 has 28 days, so there is no day 30/],
    ['2024-02-30T10:00:00Z', /2024-02 has 29 days/],
    ['2025-13-01', /no month 13/],
    ['2025-04-31', /30 days/],
    ['2025-01-01T24:00:00Z', /no hour 24/],
    ['2025-01-01T12:60:00Z', /no minute 60/],
  ])('%s is refused', (value, reason) => {
    expect(() => toEpochMillis('startTime', value)).toThrow(reason);
  });

  it('real dates still pass, leap day included', () => {
    expect(toEpochMillis('startTime', '2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(toEpochMillis('startTime', '2025-12-31T23:59:59+08:00')).toBe(Date.UTC(2025, 11, 31, 15, 59, 59));
  });
});
