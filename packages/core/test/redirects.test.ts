/**
 * Issue 12, class 3: no request path follows a redirect. A server answers 302/307 to a second loopback server
 * that counts hits; whichever engine sends (node:http, a caller's fetch, the proxy engine), the call fails with
 * UnexpectedRedirectError naming the status and the Location origin, and the second server sees nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, UnexpectedRedirectError } from '../src/index.js';
import { DOC_CAMEL_SAMPLE, startTestServer, type TestServer } from './helpers.js';
import { type ForwardProxy, startProxy } from './proxy-server.js';

const INSTANCE = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'ctr_1' };
const credentials = {
  accessKeyId: 'LTAIredirect0001',
  accessKeySecret: 'secret-redirect',
  securityToken: 'token-redirect-0001',
};

let elsewhere: TestServer;
let redirector: TestServer;
beforeAll(async () => {
  elsewhere = await startTestServer({ body: DOC_CAMEL_SAMPLE });
  redirector = await startTestServer();
});
afterAll(async () => {
  await redirector.close();
  await elsewhere.close();
});
afterEach(() => {
  elsewhere.requests.length = 0;
});

function redirectTo(status: number): void {
  redirector.answer({ status, headers: { location: `${elsewhere.url}/v4/stolen?x=1` }, raw: '' });
}

async function expectRedirectError(promise: Promise<unknown>, status: number): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnexpectedRedirectError);
  const redirect = error as UnexpectedRedirectError;
  expect(redirect.httpStatus).toBe(status);
  expect(redirect.locationOrigin).toBe(elsewhere.url);
  expect(redirect.message).toContain(`HTTP ${status}`);
  expect(redirect.message).toContain(elsewhere.url);
  // The origin only: never the Location's path or query.
  expect(redirect.message).not.toContain('/v4/stolen');
  expect(elsewhere.requests).toHaveLength(0);
}

describe.each([302, 307])('a %i is an error, never followed', (status) => {
  it('by the node:http engine', async () => {
    redirectTo(status);
    const client = createFunctionTasksClient({ endpoint: redirector.url, credentials });
    await expectRedirectError(client.listFunctionTasks(INSTANCE), status);
  });

  it('by a fetch of the caller (the global fetch would follow it)', async () => {
    redirectTo(status);
    const client = createFunctionTasksClient({
      endpoint: redirector.url,
      credentials,
      fetch: globalThis.fetch,
    });
    await expectRedirectError(client.listFunctionTasks(INSTANCE), status);
  });

  it('and is not retried', async () => {
    redirectTo(status);
    const before = redirector.requests.length;
    const client = createFunctionTasksClient({ endpoint: redirector.url, credentials });
    await expect(client.listFunctionTasks(INSTANCE)).rejects.toMatchObject({ attempts: 1 });
    expect(redirector.requests.length - before).toBe(1);
  });
});

describe('the proxy engine', () => {
  let proxy: ForwardProxy;
  let saved: string | undefined;
  beforeAll(async () => {
    proxy = await startProxy(Number(new URL(redirector.url).port));
    saved = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = proxy.url;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.HTTP_PROXY;
    else process.env.HTTP_PROXY = saved;
    await proxy.close();
  });

  it('turns a 307 into UnexpectedRedirectError too', async () => {
    redirectTo(307);
    const port = new URL(redirector.url).port;
    const client = createFunctionTasksClient({
      endpoint: `http://tasks.upstream.invalid:${port}`,
      credentials,
    });
    await expectRedirectError(client.listFunctionTasks(INSTANCE), 307);
    expect(proxy.targets).toEqual([`tasks.upstream.invalid:${port}`]);
  });
});
