/**
 * GetFunctionCurrentVersion and GetFunctionVersion through the real client over loopback, in both casings: the
 * request (no app group in the path, the query by its documented names, `modelType` required), and the normalised
 * version (`required` "true"/"false" → boolean, formItemProps/componentProps kept as the strings they are, the
 * warnings for what is not as documented).
 */

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  InvalidArgumentError,
  isVersionNotFound,
} from '../src/index.js';
import { envelope, type FamilyServer, startFamilyServer } from './family-server.js';

const FORM_ITEM = '{"label":"Feature config","required":true}';
const COMPONENT = '{"placeholder":"{}"}';

/** The page's camelCase sample of a version (formItemProps/componentProps on a parameter). */
function wireVersion(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    versionName: 'v101',
    versionId: 101,
    functionName: 'ctr',
    modelType: 'tf_checkpoint',
    functionType: 'PAAS',
    versionConfig: {
      createParameters: [
        { name: 'fg_json', required: 'true', formItemProps: FORM_ITEM, componentProps: COMPONENT },
        { name: 'label', required: 'false' },
      ],
      depends: [{ dependency: 'behavior', condition: 'days>=7', description: 'a week of behaviour data' }],
      usageParameters: [{ name: 'threshold', required: 'false' }],
    },
    ...patch,
  };
}

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

const client = () => createFunctionTasksClient({ endpoint: server.url, retry: false });

const VERSION_READ = {
  functionName: 'ctr',
  functionType: 'PAAS',
  modelType: 'tf_checkpoint',
  versionId: 101,
  versionName: 'v101',
  versionConfig: {
    createParameters: [
      { name: 'fg_json', required: true, formItemProps: FORM_ITEM, componentProps: COMPONENT },
      { name: 'label', required: false },
    ],
    depends: [{ dependency: 'behavior', condition: 'days>=7', description: 'a week of behaviour data' }],
    usageParameters: [{ name: 'threshold', required: false }],
  },
  warnings: [],
};

describe.each(['camel', 'pascal'] as const)('versions, %s answers', (casing) => {
  beforeEach(() => {
    server.casing = casing;
  });

  it('getFunctionCurrentVersion sends the query by its documented names and reads the version', async () => {
    server.handlers.GetFunctionCurrentVersion = () => ({ body: envelope(wireVersion()) });
    const result = await client().getFunctionCurrentVersion({
      functionName: 'ctr',
      modelType: 'tf_checkpoint',
      functionType: 'PAAS',
      domain: 'ecommerce',
      category: 'general',
    });
    expect(result).toEqual({
      version: VERSION_READ,
      requestId: 'req-1',
      latency: 7,
      casing,
      envelopeStatus: 'OK',
    });
    expect(server.requests[0]?.url).toBe(
      '/v4/openapi/functions/ctr/current-version?modelType=tf_checkpoint&functionType=PAAS&domain=ecommerce&category=general',
    );
  });

  it('getFunctionVersion takes the id as a number or digits and reads the version', async () => {
    server.handlers.GetFunctionVersion = ({ segments }) => ({
      body: envelope(wireVersion({ versionId: Number(segments.versionId) })),
    });
    const byNumber = await client().getFunctionVersion({ functionName: 'ctr', versionId: 100 });
    expect(byNumber.version).toEqual({ ...VERSION_READ, versionId: 100 });
    await client().getFunctionVersion({ functionName: 'ctr', versionId: '101' });
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v4/openapi/functions/ctr/versions/100',
      '/v4/openapi/functions/ctr/versions/101',
    ]);
  });

  it('an unknown id is Version.NotExist', async () => {
    server.handlers.GetFunctionVersion = () => ({
      status: 404,
      body: { requestId: 'r', code: 'Version.NotExist', message: 'no such version' },
    });
    const error = await client()
      .getFunctionVersion({ functionName: 'ctr', versionId: 9 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(isVersionNotFound(error)).toBe(true);
  });
});

it('tolerates what is not as documented, and says so in warnings', async () => {
  server.handlers.GetFunctionVersion = () => ({
    body: envelope(
      wireVersion({
        versionId: '101',
        versionConfig: {
          createParameters: [
            { name: 'a', required: true },
            { name: 'b', required: 'yes' },
            { name: 'c', formItemProps: { label: 'C' } },
          ],
          depends: 'none',
        },
      }),
    ),
  });
  const { version } = await client().getFunctionVersion({ functionName: 'ctr', versionId: 101 });
  expect(version.versionId).toBe(101);
  expect(version.versionConfig).toEqual({
    createParameters: [
      { name: 'a', required: true },
      { name: 'b', required: false },
      { name: 'c', required: false, formItemProps: '{"label":"C"}' },
    ],
    depends: [],
    usageParameters: [],
  });
  expect(version.warnings).toEqual([
    { kind: 'coerced-field', field: 'versionId', value: '101' },
    { kind: 'coerced-field', field: 'versionConfig.createParameters[0].required', value: true },
    { kind: 'coerced-field', field: 'versionConfig.createParameters[1].required', value: 'yes' },
    { kind: 'missing-field', field: 'versionConfig.createParameters[2].required' },
    {
      kind: 'coerced-field',
      field: 'versionConfig.createParameters[2].formItemProps',
      value: '{"label":"C"}',
    },
    { kind: 'coerced-field', field: 'versionConfig.depends', value: '"none"' },
  ]);
});

it('refuses bad input before anything is sent', async () => {
  const calls: Array<[() => Promise<unknown>, RegExp]> = [
    [
      () => client().getFunctionCurrentVersion({ functionName: 'ctr' } as never),
      /Invalid modelType: undefined\. It is required \(one of tf_checkpoint, pop/,
    ],
    [
      () =>
        client().getFunctionCurrentVersion({
          functionName: 'ctr',
          modelType: 'pop',
          domain: 'retail' as never,
        }),
      /Invalid domain: "retail"\. Allowed values: education, ecommerce, community/,
    ],
    [() => client().getFunctionVersion({ functionName: 'ctr', versionId: 'v1' }), /Invalid versionId: "v1"/],
    [() => client().getFunctionVersion({ functionName: 'ctr', versionId: -1 }), /Invalid versionId: -1/],
  ];
  for (const [call, message] of calls) {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toMatch(message);
  }
  expect(server.requests).toHaveLength(0);
});
