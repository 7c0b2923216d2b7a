/**
 * The WHATWG signer and the openapi-fetch middleware sign the action the request performs: for every operation of
 * the table, the `x-acs-action` sent is its operationId, and the official implementation verifies the signature
 * (for an operation with a request body, over the official hash of the body bytes received).
 */

import {
  FUNCTION_OPERATION_IDS,
  FUNCTION_OPERATIONS,
  type FunctionOperationId,
  functionOperationPath,
  operationBody,
} from '@fntasks/protocol';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../src/errors.js';
import type { paths } from '../src/generated/openapi.js';
import { actionOf, createRequestSigner, createSigningMiddleware } from '../src/signing/index.js';
import { envelope, type FamilyServer, startFamilyServer } from './family-server.js';
import { officialAuthorizationFor, receivedRequest } from './signing-oracle.js';

const KEYS = { accessKeyId: 'ACTIONKEY', accessKeySecret: 'action-secret' };
const PATH_VALUES = {
  appGroupIdentity: 'my app',
  functionName: 'ctr',
  instanceName: 'ctr_test',
  generation: '3',
  versionId: '101',
  resourceName: 'ctr_resource',
};
/** A JSON body with non-ASCII text: the hash must be over its UTF-8 bytes. */
const SAMPLE_BODY = { description: 'nightly ✓ 模型' };

let server: FamilyServer;
beforeAll(async () => {
  server = await startFamilyServer();
  for (const id of FUNCTION_OPERATION_IDS) server.handlers[id] = () => ({ body: envelope({}) });
});
afterAll(() => server.close());

function lastRequestOf(id: FunctionOperationId) {
  const seen = server.requests.at(-1);
  if (!seen) throw new Error('no request');
  expect(seen.operationId).toBe(id);
  return seen;
}

describe.each(FUNCTION_OPERATION_IDS)('%s', (id) => {
  const { method } = FUNCTION_OPERATIONS[id];
  const path = functionOperationPath(id, PATH_VALUES);

  it('openapi-fetch + createSigningMiddleware sends and signs its own action', async () => {
    const api = createClient<paths>({ baseUrl: server.url });
    api.use(createSigningMiddleware({ credentials: KEYS }));
    // The generic `request` takes any method and concrete path: the middleware sees only the Request.
    const call = api.request as unknown as (
      method: string,
      url: string,
      init: object,
    ) => Promise<{ response: Response }>;
    const withBody = operationBody(id) !== null;
    const { response } = await call(method.toLowerCase(), path, withBody ? { body: SAMPLE_BODY } : {});
    expect(response.status).toBe(200);
    const seen = lastRequestOf(id);
    expect(seen.headers['x-acs-action']).toBe(id);
    if (withBody) {
      expect(JSON.parse(seen.body)).toEqual(SAMPLE_BODY);
      expect(seen.headers['content-type']).toMatch(/^application\/json/);
    }
    expect(seen.headers.authorization).toBe(
      officialAuthorizationFor(
        receivedRequest(seen.method, seen.url, seen.headers),
        KEYS.accessKeyId,
        KEYS.accessKeySecret,
        seen.body,
      ),
    );
  });

  it('createRequestSigner behind a base path (a proxy prefix) still finds the action', async () => {
    const sign = createRequestSigner({ credentials: KEYS });
    const signed = await sign(new Request(`http://127.0.0.1/prefix/api${path}?x=1`, { method }));
    expect(signed.headers.get('x-acs-action')).toBe(id);
    expect(actionOf(method, `http://127.0.0.1${path}`)).toBe(id);
  });
});

it('a request naming its action, or the action option, is signed for that action', async () => {
  const path = functionOperationPath('ListFunctionTasks', PATH_VALUES);
  const byOption = createRequestSigner({ credentials: KEYS, action: 'GetFunctionTask' });
  expect((await byOption(new Request(`${server.url}${path}`))).headers.get('x-acs-action')).toBe(
    'GetFunctionTask',
  );
  const sign = createRequestSigner({ credentials: KEYS });
  const named = new Request(`${server.url}${path}`, { headers: { 'x-acs-action': 'DeleteFunctionTask' } });
  expect((await sign(named)).headers.get('x-acs-action')).toBe('DeleteFunctionTask');
});

it('a request to no operation of the family, without an action, is refused before signing, naming it', async () => {
  const sign = createRequestSigner({ credentials: KEYS });
  const path = functionOperationPath('GetFunctionTask', PATH_VALUES);
  // GET is right for the path, PUT is not: the method is part of the match.
  await expect(sign(new Request(`${server.url}${path}`, { method: 'PUT' }))).rejects.toThrow(
    InvalidArgumentError,
  );
  await expect(sign(new Request(`${server.url}/v4/openapi/elsewhere`))).rejects.toThrow(
    /Invalid request: .*GET \/v4\/openapi\/elsewhere.*the `action` option/,
  );
});
