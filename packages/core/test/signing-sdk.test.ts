/**
 * Side by side with the official SDK: `@alicloud/openapi-core`'s client, given exactly the parameters the
 * generated OpenSearch SDK 5.2.0 passes for ListFunctionTasks, and our client send the same path, query and
 * signed headers to a loopback server, and both signatures verify there (with the official code and ours).
 */
import { createRequire } from 'node:module';
import { parseAcs3Authorization, queryFromSearch, sdkSignedPath, signAcs3 } from '@fntasks/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, type ListFunctionTasksParams } from '../src/index.js';
import { DOC_CAMEL_SAMPLE, type RecordedRequest, startTestServer, type TestServer } from './helpers.js';
import { officialAuthorizationFor, receivedRequest } from './signing-oracle.js';

type Dict = Record<string, unknown>;
interface OfficialClient {
  callApi(params: unknown, request: unknown, runtime: unknown): Promise<Dict>;
}
const require = createRequire(import.meta.url);
const core = require('@alicloud/openapi-core') as {
  default: new (config: unknown) => OfficialClient;
  $OpenApiUtil: {
    Config: new (m: Dict) => unknown;
    Params: new (m: Dict) => unknown;
    OpenApiRequest: new (m: Dict) => unknown;
  };
  OpenApiUtil: { query(filter: Dict): Record<string, string> };
};
const dara = createRequire(require.resolve('@alicloud/openapi-core'))('@darabonba/typescript') as {
  URL: { percentEncode(raw: string): string };
  RuntimeOptions: new (m: Dict) => unknown;
};

const KEY = { accessKeyId: 'LTAI5tSdkCompare', accessKeySecret: 'sdk-compare-secret' };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ body: DOC_CAMEL_SAMPLE });
});
afterAll(() => server.close());

/** What `listFunctionTasksWithOptions` of @alicloud/opensearch20171225 5.2.0 does, through openapi-core. */
async function officialSdkCall(params: ListFunctionTasksParams, extra: Dict = {}): Promise<RecordedRequest> {
  const client = new core.default(
    new core.$OpenApiUtil.Config({ ...KEY, endpoint: new URL(server.url).host, protocol: 'http', ...extra }),
  );
  const e = dara.URL.percentEncode;
  const query: Dict = {};
  for (const key of ['endTime', 'pageNumber', 'pageSize', 'startTime', 'status'] as const) {
    if (params[key] !== undefined) query[key] = params[key];
  }
  await client.callApi(
    new core.$OpenApiUtil.Params({
      action: 'ListFunctionTasks',
      version: '2017-12-25',
      protocol: 'HTTPS',
      pathname: `/v4/openapi/app-groups/${e(params.appGroupIdentity)}/functions/${e(params.functionName)}/instances/${e(params.instanceName)}/tasks`,
      method: 'GET',
      authType: 'AK',
      style: 'ROA',
      reqBodyType: 'json',
      bodyType: 'json',
    }),
    new core.$OpenApiUtil.OpenApiRequest({ headers: {}, query: core.OpenApiUtil.query(query) }),
    new dara.RuntimeOptions({}),
  );
  return lastRequest();
}

async function ourCall(params: ListFunctionTasksParams, extra: Dict = {}): Promise<RecordedRequest> {
  const { securityToken, signatureAlgorithm } = extra as {
    securityToken?: string;
    signatureAlgorithm?: string;
  };
  const client = createFunctionTasksClient({
    endpoint: server.url,
    credentials: { ...KEY, ...(securityToken ? { securityToken } : {}) },
    ...(signatureAlgorithm === 'v2' ? { signatureAlgorithm: 'HMAC-SHA1' as const } : {}),
    retry: false,
  });
  await client.listFunctionTasks(params);
  return lastRequest();
}

function lastRequest(): RecordedRequest {
  const request = server.requests.at(-1);
  if (!request) throw new Error('no request');
  return request;
}

const split = (url: string) => {
  const [path = '', search = ''] = url.split('?');
  return { path, query: Object.fromEntries(queryFromSearch(search)) };
};

// The SDK also sends (and signs) `x-acs-credentials-provider`, naming its credential provider class; it
// carries no credential and no gateway needs it, so fntasks does not send it.
const acsNames = (r: RecordedRequest) =>
  Object.keys(r.headers)
    .filter((h) => h.startsWith('x-acs-') && h !== 'x-acs-credentials-provider')
    .sort();

/** The SDK's HTTP layer (Node's legacy url.parse) turns the `'` it signed raw into `%27` on the wire. */
const sdkWire = (url: string) => url.replace(/'/g, '%27');

const CASES: Array<[string, ListFunctionTasksParams]> = [
  [
    'plain names and every query parameter',
    {
      appGroupIdentity: 'my_app',
      functionName: 'ctr',
      instanceName: 'ctr_test',
      status: 'running',
      startTime: 1_582_214_400_000,
      endTime: 1_582_646_399_000,
      pageNumber: 2,
      pageSize: 50,
    },
  ],
  ['spaces, slash, percent, plus', { appGroupIdentity: 'a b/c', functionName: '50%', instanceName: 'x+y' }],
  [
    'quote, bang, parens, one star',
    { appGroupIdentity: "it's", functionName: '(x)!', instanceName: 'star*' },
  ],
  ['non-ASCII and emoji', { appGroupIdentity: 'naïve-模型', functionName: '🚀', instanceName: 'ß' }],
];

const withoutProvider = (names: string[] | undefined) =>
  names?.filter((n) => n !== 'x-acs-credentials-provider');

describe('our client and the official SDK send the same request', () => {
  it.each(CASES)('ACS3: %s', async (_, params) => {
    const sdk = await officialSdkCall(params);
    const ours = await ourCall(params);
    expect(split(sdkWire(ours.url))).toEqual(split(sdk.url));
    expect(acsNames(ours)).toEqual(acsNames(sdk));
    expect(parseAcs3Authorization(ours.headers.authorization)?.signedHeaders).toEqual(
      withoutProvider(parseAcs3Authorization(sdk.headers.authorization)?.signedHeaders),
    );
    for (const name of ['host', 'accept', 'x-acs-version', 'x-acs-action', 'x-acs-content-sha256']) {
      expect(ours.headers[name], name).toBe(sdk.headers[name]);
    }
    // Ours signs exactly the bytes it sent, and they are already in the form the SDK signs.
    const oursReceived = receivedRequest(ours.method, ours.url, ours.headers);
    expect(ours.headers.authorization).toBe(
      officialAuthorizationFor(oursReceived, KEY.accessKeyId, KEY.accessKeySecret),
    );
    expect(sdkSignedPath(oursReceived.pathname)).toBe(oursReceived.pathname);
    for (const request of [sdk, ours]) {
      // A verifier on our pure functions (SignedHeaders from the header, path via sdkSignedPath) accepts both.
      const parsed = parseAcs3Authorization(request.headers.authorization);
      const { path, query } = split(request.url);
      const received = {
        ...receivedRequest(request.method, request.url, request.headers),
        pathname: sdkSignedPath(path),
      };
      expect(request.headers.authorization).toBe(
        officialAuthorizationFor(received, KEY.accessKeyId, KEY.accessKeySecret),
      );
      const again = await signAcs3({
        method: request.method,
        pathname: sdkSignedPath(path),
        query,
        headers: request.headers as Record<string, string>,
        signedHeaders: parsed?.signedHeaders ?? [],
        ...KEY,
      });
      expect(again.signature).toBe(parsed?.signature);
    }
  });

  it('ACS3 with an STS token: the same extra headers', async () => {
    const params = CASES[0]?.[1] as ListFunctionTasksParams;
    const sdk = await officialSdkCall(params, { securityToken: 'sts-token' });
    const ours = await ourCall(params, { securityToken: 'sts-token' });
    expect(acsNames(ours)).toEqual(acsNames(sdk));
    expect(ours.headers['x-acs-security-token']).toBe(sdk.headers['x-acs-security-token']);
    expect(ours.headers['x-acs-accesskey-id']).toBe(sdk.headers['x-acs-accesskey-id']);
  });

  it.each(CASES)('HMAC-SHA1 (the SDK\'s "v2"): %s', async (_, params) => {
    const sdk = await officialSdkCall(params, { signatureAlgorithm: 'v2' });
    const ours = await ourCall(params, { signatureAlgorithm: 'v2' });
    expect(split(sdkWire(ours.url))).toEqual(split(sdk.url));
    expect(acsNames(ours)).toEqual(acsNames(sdk));
    expect(sdk.headers.authorization).toMatch(/^acs /);
    const oursReceived = receivedRequest(ours.method, ours.url, ours.headers);
    expect(ours.headers.authorization).toBe(
      officialAuthorizationFor(oursReceived, KEY.accessKeyId, KEY.accessKeySecret),
    );
    const sdkReceived = receivedRequest(sdk.method, sdk.url, sdk.headers);
    const signedBySdk = { ...sdkReceived, pathname: sdkSignedPath(sdkReceived.pathname) };
    expect(sdk.headers.authorization).toBe(
      officialAuthorizationFor(signedBySdk, KEY.accessKeyId, KEY.accessKeySecret),
    );
  });
});
