/**
 * The instance writes through the real client over loopback, answers in both casings: what goes on the wire (method,
 * path, the camelCase JSON body in the spec's field order, its signed content type and hash), signatures the
 * official implementation computes over the bytes received, the checks made before anything is sent, and the dry run
 * (`prepareRequest`) that gives the same request without sending it.
 */

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  type FunctionTasksClientOptions,
  InvalidArgumentError,
} from '../src/index.js';
import { callOperation, DRY_RUN_REDACTED, prepareRequest } from '../src/raw/index.js';
import { envelope, type FamilyServer, startFamilyServer } from './family-server.js';
import { officialAuthorizationFor, officialBodyHash, receivedRequest } from './signing-oracle.js';

const KEYS = { accessKeyId: 'LTAI5tInstanceWrites', accessKeySecret: 'instance-secret/+=' };
const TOKEN = 'CAISinstanceWritesToken0123456789';
const FUNCTION = { appGroupIdentity: 'my app', functionName: 'ctr' };
const PATH = '/v4/openapi/app-groups/my%20app/functions/ctr';

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

/** The one request the server saw, checked as a signed JSON write the official implementation agrees with. */
function sentJson(method: string, url: string): unknown {
  expect(server.requests).toHaveLength(1);
  const seen = server.requests[0];
  if (!seen) throw new Error('no request');
  expect(seen.method).toBe(method);
  expect(seen.url).toBe(url);
  expect(seen.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(seen.headers['content-length']).toBe(String(Buffer.byteLength(seen.body)));
  expect(seen.headers['x-acs-content-sha256']).toBe(officialBodyHash(seen.body));
  expect(seen.headers.authorization).toContain('content-type');
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

describe.each(['camel', 'pascal'] as const)('instance writes, %s answers', (casing) => {
  beforeEach(() => {
    server.casing = casing;
  });

  it('createFunctionInstance POSTs the camelCase body in the spec’s order and reads the envelope', async () => {
    server.handlers.CreateFunctionInstance = () => ({ body: envelope() });
    const result = await client().createFunctionInstance({
      ...FUNCTION,
      usageParameters: [{ name: 'u', value: '1' }],
      createParameters: [{ name: 'fg_json', value: '{}' }],
      cron: '0 3 ? * 0,1,3,5',
      description: 'nightly',
      functionType: 'PAAS',
      modelType: 'tf_checkpoint',
      instanceName: 'ctr_new',
    });
    expect(result).toEqual({ requestId: 'req-1', latency: 7, casing, envelopeStatus: 'OK' });
    expect(server.requests[0]?.body).toBe(
      '{"instanceName":"ctr_new","modelType":"tf_checkpoint","functionType":"PAAS","description":"nightly","cron":"0 3 ? * 0,1,3,5","createParameters":[{"name":"fg_json","value":"{}"}],"usageParameters":[{"name":"u","value":"1"}]}',
    );
    sentJson('POST', `${PATH}/instances`);
  });

  it('updateFunctionInstance PUTs only the fields given, signed with a security token too', async () => {
    server.handlers.UpdateFunctionInstance = () => ({ body: envelope() });
    const result = await client({ credentials: { ...KEYS, securityToken: TOKEN } }).updateFunctionInstance({
      ...FUNCTION,
      instanceName: 'ctr_test',
      cron: '',
    });
    expect(result).toMatchObject({ requestId: 'req-1', casing });
    expect(sentJson('PUT', `${PATH}/instances/ctr_test`)).toEqual({ cron: '' });
    expect(server.requests[0]?.headers['x-acs-security-token']).toBe(TOKEN);
  });

  it('updateFunctionDefaultInstance PUTs the name, and "" to cancel the default', async () => {
    server.handlers.UpdateFunctionDefaultInstance = () => ({ body: envelope() });
    await client().updateFunctionDefaultInstance({ ...FUNCTION, instanceName: '' });
    expect(sentJson('PUT', `${PATH}/default-instance`)).toEqual({ instanceName: '' });
  });

  it('deleteFunctionInstance DELETEs without a body; a first answer is not alreadyDeleted', async () => {
    server.handlers.DeleteFunctionInstance = () => ({ body: envelope() });
    const result = await client().deleteFunctionInstance({ ...FUNCTION, instanceName: 'ctr_test' });
    expect(result).toMatchObject({ alreadyDeleted: false, requestId: 'req-1', casing });
    const seen = server.requests[0];
    expect(seen?.method).toBe('DELETE');
    expect(seen?.body).toBe('');
    expect(seen?.headers['content-type']).toBeUndefined();
    expect(seen?.headers['x-acs-content-sha256']).toBe(createHash('sha256').update('').digest('hex'));
  });

  it('a refusal is the typed API error with its code', async () => {
    server.handlers.CreateFunctionInstance = () => ({
      status: 400,
      body: { requestId: 'r-dup', code: 'Instance.Duplicated', message: 'instance exists' },
    });
    const error = await client()
      .createFunctionInstance({ ...FUNCTION, instanceName: 'ctr_test', modelType: 'pop' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    expect(error).toMatchObject({ code: 'Instance.Duplicated', requestId: 'r-dup' });
  });
});

describe('bad input is refused before anything is sent, naming the parameter and what is allowed', () => {
  const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
    [
      'a bad cron',
      () =>
        client().createFunctionInstance({
          ...FUNCTION,
          instanceName: 'a',
          modelType: 'pop',
          cron: '0 25 * * *',
        }),
      /Invalid cron: "0 25 \* \* \*"\. .*Hours 25 is outside 0-23/,
    ],
    [
      'a bad instance name',
      () => client().createFunctionInstance({ ...FUNCTION, instanceName: '9lives', modelType: 'pop' }),
      /Invalid instanceName: "9lives"\. 1 to 30 letters, digits or _, starting with a letter/,
    ],
    [
      'a missing model type',
      () => client().createFunctionInstance({ ...FUNCTION, instanceName: 'a' } as never),
      /Invalid modelType: undefined\. It is required \(one of tf_checkpoint, pop, offline_inference/,
    ],
    [
      'an unknown model type',
      () => client().createFunctionInstance({ ...FUNCTION, instanceName: 'a', modelType: 'bert' as never }),
      /Invalid modelType: "bert"\. Allowed values: tf_checkpoint/,
    ],
    [
      'a misspelt field',
      () => client().updateFunctionInstance({ ...FUNCTION, instanceName: 'a', crn: '' } as never),
      /Invalid crn: "". Not a parameter of this operation, whose parameters are .*cron/,
    ],
    [
      'a parameter entry that is not name/value strings',
      () =>
        client().updateFunctionInstance({
          ...FUNCTION,
          instanceName: 'a',
          usageParameters: [{ name: 'k', value: 1 }] as never,
        }),
      /Invalid usageParameters\[0\]\.value: 1\. Expected a string/,
    ],
    [
      'a default without a name (which would cancel it unasked)',
      () => client().updateFunctionDefaultInstance({ ...FUNCTION } as never),
      /Invalid instanceName: undefined\. It is required/,
    ],
    [
      'an instance path name ".."',
      () => client().deleteFunctionInstance({ ...FUNCTION, instanceName: '..' }),
      /Invalid instanceName/,
    ],
  ];
  it.each(cases)('%s', async (_, call, message) => {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});

describe('prepareRequest (the dry run)', () => {
  const fixed = { clock: () => Date.UTC(2026, 0, 2, 3, 4, 5), nonce: () => 'dry-run-nonce' };

  it('gives the request a call sends, signed the same, credentials redacted, and sends nothing', async () => {
    const options = { ...fixed, credentials: { ...KEYS, securityToken: TOKEN } };
    const params = {
      ...FUNCTION,
      instanceName: 'ctr_new',
      modelType: 'pop',
      cron: '0 0 ? * 0,1,2,3,4,5,6',
    } as const;
    const dry = await prepareRequest(client(options), 'CreateFunctionInstance', params);
    expect(server.requests).toHaveLength(0);
    expect(dry.method).toBe('POST');
    expect(dry.url).toBe(`${server.url}${PATH}/instances`);
    expect(dry.body).toBe('{"instanceName":"ctr_new","modelType":"pop","cron":"0 0 ? * 0,1,2,3,4,5,6"}');
    expect(dry.headers.authorization).toBe(DRY_RUN_REDACTED);
    expect(dry.headers['x-acs-security-token']).toBe(DRY_RUN_REDACTED);
    expect(dry.headers['x-acs-accesskey-id']).toBe(DRY_RUN_REDACTED);
    expect(JSON.stringify(dry)).not.toContain(TOKEN);
    expect(JSON.stringify(dry)).not.toContain(KEYS.accessKeyId);

    server.handlers.CreateFunctionInstance = () => ({ body: envelope() });
    await client(options).createFunctionInstance(params);
    const sent = server.requests[0];
    expect(sent?.body).toBe(dry.body);
    for (const [name, value] of Object.entries(dry.headers)) {
      if (value !== DRY_RUN_REDACTED) expect(sent?.headers[name], name).toBe(value);
    }
  });

  it('refuses bad input as the call would, and a value that is not a client', async () => {
    await expect(
      prepareRequest(client(), 'UpdateFunctionInstance', { ...FUNCTION, instanceName: 'a', cron: 'daily' }),
    ).rejects.toThrow(/Invalid cron: "daily"/);
    await expect(
      prepareRequest({} as never, 'DeleteFunctionInstance', { ...FUNCTION, instanceName: 'a' }),
    ).rejects.toThrow(/Invalid client/);
    expect(server.requests).toHaveLength(0);
  });

  it('a read has no body and no content type', async () => {
    const dry = await prepareRequest(client(), 'GetFunctionInstance', { ...FUNCTION, instanceName: 'a' });
    expect(dry).toMatchObject({ method: 'GET', url: `${server.url}${PATH}/instances/a` });
    expect(dry.body).toBeUndefined();
    expect(dry.headers['content-type']).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });
});

describe('callOperation (the client method an operationId names)', () => {
  it('sends through the method named after the operation and resolves with its result', async () => {
    server.handlers.DeleteFunctionInstance = () => ({ body: envelope() });
    const result = await callOperation(client(), 'DeleteFunctionInstance', {
      ...FUNCTION,
      instanceName: 'a',
    });
    expect(result.alreadyDeleted).toBe(false);
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([['DELETE', `${PATH}/instances/a`]]);
  });

  it('refuses bad input as the method would, and a value that is not a client', async () => {
    await expect(
      callOperation(client(), 'UpdateFunctionInstance', { ...FUNCTION, instanceName: 'a', cron: 'daily' }),
    ).rejects.toThrow(/Invalid cron: "daily"/);
    await expect(
      callOperation({} as never, 'DeleteFunctionInstance', { ...FUNCTION, instanceName: 'a' }),
    ).rejects.toThrow(/Invalid client/);
    expect(server.requests).toHaveLength(0);
  });
});
