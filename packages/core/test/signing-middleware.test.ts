/** The signer as an openapi-fetch middleware: plain openapi-fetch with the generated types sends verifiable requests. */

import { FUNCTION_OPERATIONS, OPERATION_ID } from '@fntasks/protocol';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { paths } from '../src/generated/openapi.js';
import { createSigningMiddleware } from '../src/signing/index.js';
import { DOC_CAMEL_SAMPLE, startTestServer, type TestServer } from './helpers.js';
import { officialAuthorizationFor, receivedRequest } from './signing-oracle.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ body: DOC_CAMEL_SAMPLE });
});
afterAll(() => server.close());

it('openapi-fetch + createSigningMiddleware: the official implementation verifies every request', async () => {
  const api = createClient<paths>({ baseUrl: server.url });
  let n = 0;
  api.use(
    createSigningMiddleware({
      credentials: async () => ({
        accessKeyId: 'MWKEY',
        accessKeySecret: 'mw-secret',
        securityToken: 'mw-token',
      }),
      nonce: () => `mw-${++n}`,
    }),
  );
  for (const pageNumber of [1, 2]) {
    const { response } = await api.GET(FUNCTION_OPERATIONS[OPERATION_ID.ListFunctionTasks].path, {
      params: {
        path: { appGroupIdentity: 'my app', functionName: 'ctr', instanceName: 'ctr_test' },
        query: { status: 'success', pageNumber, pageSize: 10 },
      },
    });
    expect(response.status).toBe(200);
    const r = server.requests.at(-1);
    if (!r) throw new Error('no request');
    expect(r.headers['x-acs-signature-nonce']).toBe(`mw-${pageNumber}`);
    expect(r.headers['x-acs-security-token']).toBe('mw-token');
    expect(r.headers.authorization).toBe(
      officialAuthorizationFor(receivedRequest(r.method, r.url, r.headers), 'MWKEY', 'mw-secret'),
    );
  }
});
