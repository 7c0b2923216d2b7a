/**
 * The five resource operations through the real client over loopback, answers in both casings: the PascalCase
 * request bodies written from camelCase parameters (signed over the bytes sent), the normalised resource, the list
 * paged through the one paginator (`iterateFunctionResources`), and the checks made before anything is sent.
 */

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  type FunctionTasksClientOptions,
  InvalidArgumentError,
  isInUse,
  WriteOutcomeUnknownError,
} from '../src/index.js';
import { envelope, type FamilyServer, startFamilyServer } from './family-server.js';
import { officialAuthorizationFor, officialBodyHash, receivedRequest } from './signing-oracle.js';

const KEYS = { accessKeyId: 'LTAI5tResourceKeys01', accessKeySecret: 'resource-secret' };
const FUNCTION = { appGroupIdentity: 'my-app', functionName: 'ctr' };
const PATH = '/v4/openapi/app-groups/my-app/functions/ctr/resources';

/** A resource as the wire carries it (camelCase; the server turns it PascalCase when it answers so). */
function wireResource(name: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceName: name,
    resourceType: 'feature_generator',
    description: 'features of the ctr model',
    functionName: 'ctr',
    createTime: 1_761_984_000_000,
    modifyTime: 1_761_990_000_000,
    referencedInstances: ['ctr_test'],
    data: {
      generators: [
        { generator: 'id_feature', input: { features: [{ name: 'user_id', type: 'user' }] }, output: 'uid' },
      ],
    },
    ...patch,
  };
}

const GENERATORS = [
  { generator: 'id_feature', input: { features: [{ name: 'user_id', type: 'user' }] }, output: 'uid' },
];

let server: FamilyServer;
beforeAll(async () => {
  server = await startFamilyServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.handlers = {};
  server.casing = 'camel';
});

function client(options: Partial<FunctionTasksClientOptions> = {}) {
  return createFunctionTasksClient({ endpoint: server.url, retry: false, credentials: KEYS, ...options });
}

/** The last request's JSON body, after checking its signature over the bytes received. */
function signedBody(): unknown {
  const seen = server.requests.at(-1);
  if (!seen) throw new Error('no request');
  expect(seen.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(seen.headers['x-acs-content-sha256']).toBe(officialBodyHash(seen.body));
  expect(seen.headers.authorization).toBe(
    officialAuthorizationFor(
      receivedRequest(seen.method, seen.url, seen.headers),
      KEYS.accessKeyId,
      KEYS.accessKeySecret,
      seen.body,
    ),
  );
  return JSON.parse(seen.body);
}

describe.each(['camel', 'pascal'] as const)('resources, %s answers', (casing) => {
  beforeEach(() => {
    server.casing = casing;
  });

  it('createFunctionResource POSTs the PascalCase body, nested data included', async () => {
    server.handlers.CreateFunctionResource = () => ({ body: envelope() });
    const result = await client().createFunctionResource({
      ...FUNCTION,
      resourceName: 'ctr_fg',
      resourceType: 'feature_generator',
      description: 'features',
      data: { generators: GENERATORS },
    });
    expect(result).toEqual({ requestId: 'req-1', latency: 7, casing, envelopeStatus: 'OK' });
    expect(server.requests[0]?.method).toBe('POST');
    expect(server.requests[0]?.url).toBe(PATH);
    expect(server.requests[0]?.body).toBe(
      '{"ResourceName":"ctr_fg","ResourceType":"feature_generator","Description":"features","Data":{"Generators":[{"Generator":"id_feature","Input":{"Features":[{"Name":"user_id","Type":"user"}]},"Output":"uid"}]}}',
    );
    signedBody();
  });

  it('updateFunctionResource PUTs only what is given, in PascalCase', async () => {
    server.handlers.UpdateFunctionResource = () => ({ body: envelope() });
    await client().updateFunctionResource({ ...FUNCTION, resourceName: 'ctr_raw', data: { content: 'a,b' } });
    expect(server.requests[0]?.method).toBe('PUT');
    expect(server.requests[0]?.url).toBe(`${PATH}/ctr_raw`);
    expect(signedBody()).toEqual({ Data: { Content: 'a,b' } });
  });

  it('getFunctionResource reads one resource with its data', async () => {
    server.handlers.GetFunctionResource = ({ segments }) => ({
      body: envelope(wireResource(String(segments.resourceName))),
    });
    const result = await client().getFunctionResource({
      ...FUNCTION,
      resourceName: 'ctr_fg',
      output: 'detail',
    });
    expect(result).toMatchObject({ casing, requestId: 'req-1' });
    expect(result.resource).toEqual({
      resourceName: 'ctr_fg',
      resourceType: 'feature_generator',
      description: 'features of the ctr model',
      functionName: 'ctr',
      createTime: 1_761_984_000_000,
      modifyTime: 1_761_990_000_000,
      referencedInstances: ['ctr_test'],
      data: { generators: GENERATORS },
      warnings: [],
    });
    expect(server.requests[0]?.url).toBe(`${PATH}/ctr_fg?output=detail`);
  });

  it('listFunctionResources reads a page; iterateFunctionResources walks every page once', async () => {
    const all = ['r1', 'r2', 'r3', 'r4', 'r5'].map((name) =>
      wireResource(name, { resourceType: 'raw_file', data: { content: name } }),
    );
    server.handlers.ListFunctionResources = ({ url }) => {
      const query = new URL(url, 'http://x').searchParams;
      const size = Number(query.get('pageSize') ?? 10);
      const number = Number(query.get('pageNumber') ?? 1);
      return { body: envelope(all.slice((number - 1) * size, number * size), { totalCount: all.length }) };
    };
    const page = await client().listFunctionResources({ ...FUNCTION, resourceType: 'raw_file', pageSize: 2 });
    expect(page).toMatchObject({ totalCount: 5, pageNumber: 1, pageSize: 2, casing });
    expect(page.resources.map((r) => [r.resourceName, r.data])).toEqual([
      ['r1', { content: 'r1' }],
      ['r2', { content: 'r2' }],
    ]);
    expect(server.requests[0]?.url).toBe(`${PATH}?resourceType=raw_file&pageSize=2`);

    server.requests.length = 0;
    const names: string[] = [];
    for await (const resource of client().iterateFunctionResources({ ...FUNCTION, pageSize: 2 })) {
      names.push(resource.resourceName);
    }
    expect(names).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(server.requests.map((r) => r.url)).toEqual([
      `${PATH}?pageNumber=1&pageSize=2`,
      `${PATH}?pageNumber=2&pageSize=2`,
      `${PATH}?pageNumber=3&pageSize=2`,
    ]);
  });

  it('deleteFunctionResource DELETEs; a resource in use is Resource.InUse', async () => {
    const answers = [
      { body: envelope() },
      { status: 400, body: { requestId: 'r', code: 'Resource.InUse', message: 'used by ctr_test' } },
    ];
    server.handlers.DeleteFunctionResource = () => answers.shift() ?? { status: 500, body: {} };
    await expect(client().deleteFunctionResource({ ...FUNCTION, resourceName: 'a' })).resolves.toMatchObject({
      alreadyDeleted: false,
      casing,
    });
    const error = await client()
      .deleteFunctionResource({ ...FUNCTION, resourceName: 'a' })
      .catch((e: unknown) => e);
    expect(isInUse(error)).toBe(true);
  });
});

it('a resource not as documented is read with warnings', async () => {
  server.handlers.GetFunctionResource = () => ({
    body: envelope(
      wireResource('odd', {
        createTime: '1761984000000',
        referencedInstances: 'ctr_test',
        data: { content: 3 },
      }),
    ),
  });
  const { resource } = await client().getFunctionResource({ ...FUNCTION, resourceName: 'odd' });
  expect(resource).toMatchObject({
    createTime: 1_761_984_000_000,
    referencedInstances: [],
    data: { content: '3' },
  });
  expect(resource.warnings).toEqual([
    { kind: 'coerced-field', field: 'createTime', value: '1761984000000' },
    { kind: 'coerced-field', field: 'referencedInstances', value: '"ctr_test"' },
    { kind: 'coerced-field', field: 'data.content', value: 3 },
  ]);
});

describe('write safety', () => {
  const FAST = { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 10, maxElapsedMs: 2_000 };
  const late = { status: 500, body: { requestId: 'late', code: 'InternalError', message: 'late' } };

  it('createFunctionResource that gets a 500 is sent once: an unknown outcome naming how to check', async () => {
    server.handlers.CreateFunctionResource = () => late;
    const error = await client({ retry: FAST })
      .createFunctionResource({
        ...FUNCTION,
        resourceName: 'r',
        resourceType: 'raw_file',
        data: { content: 'x' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
    expect((error as Error).message).toMatch(/getFunctionResource, or `fntasks resources get APP FN NAME`/);
    expect(server.requests).toHaveLength(1);
  });

  it('updateFunctionResource (a PUT) is retried; deleteFunctionResource’s repeat that finds it gone succeeds', async () => {
    const puts = [late, { body: envelope() }];
    server.handlers.UpdateFunctionResource = () => puts.shift() ?? late;
    await client({ retry: FAST }).updateFunctionResource({
      ...FUNCTION,
      resourceName: 'r',
      description: 'd',
    });
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
    const deletes = [
      late,
      { status: 404, body: { requestId: 'gone', code: 'Resource.NotExist', message: 'no' } },
    ];
    server.handlers.DeleteFunctionResource = () => deletes.shift() ?? late;
    await expect(
      client({ retry: FAST }).deleteFunctionResource({ ...FUNCTION, resourceName: 'r' }),
    ).resolves.toMatchObject({ alreadyDeleted: true, requestId: 'gone' });
  });
});

describe('bad input is refused before anything is sent', () => {
  const create = { ...FUNCTION, resourceName: 'r', resourceType: 'raw_file' } as const;
  const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
    [
      'an unknown type',
      () =>
        client().createFunctionResource({ ...create, resourceType: 'csv' as never, data: { content: 'x' } }),
      /Invalid resourceType: "csv"\. Allowed values: feature_generator, raw_file/,
    ],
    [
      'data without the part its type is made of',
      () => client().createFunctionResource({ ...create, data: { generators: GENERATORS } }),
      /Invalid data\.content: undefined\. A raw_file resource needs data\.content/,
    ],
    [
      'no data',
      () => client().createFunctionResource({ ...create } as never),
      /Invalid data: undefined\. It is required/,
    ],
    [
      'the wire’s PascalCase instead of the parameters’ camelCase',
      () =>
        client().updateFunctionResource({ ...FUNCTION, resourceName: 'r', data: { Content: 'x' } as never }),
      /Invalid data\.Content: "x"\. Unknown field; expected content, generators/,
    ],
    [
      'a feature that is not name/type strings',
      () =>
        client().updateFunctionResource({
          ...FUNCTION,
          resourceName: 'r',
          data: {
            generators: [{ generator: 'g', input: { features: [{ name: 'a', type: 1 }] }, output: 'o' }],
          } as never,
        }),
      /Invalid data\.generators\[0\]\.input\.features\[0\]\.type: 1\. Expected a string/,
    ],
    [
      'a negative page size',
      () => client().listFunctionResources({ ...FUNCTION, pageSize: 0 }),
      /Invalid pageSize: 0\. Expected a positive integer/,
    ],
  ];
  it.each(cases)('%s', async (_, call, message) => {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});
