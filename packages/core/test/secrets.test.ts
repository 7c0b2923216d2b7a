/** The secret and the token never appear in error messages, thrown objects, events, JSON or util.inspect output. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentials } from '../src/credentials.js';
import { createFunctionTasksClient } from '../src/index.js';
import { createNodeFunctionTasksClient, resolveDefaultCredentials } from '../src/node/index.js';
import { startTestServer, type TestServer } from './helpers.js';

const SECRET = 'SuperSecretValue-7f3a';
const TOKEN = 'SecurityTokenValue-91c2';
const credentials = { accessKeyId: 'LTAIvisible', accessKeySecret: SECRET, securityToken: TOKEN };

/** Every way a value could be shown: message, stack, own properties (enumerable or not), JSON, inspect. */
function everyRendering(value: unknown): string {
  const parts = [inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true })];
  try {
    parts.push(JSON.stringify(value) ?? '');
  } catch {
    // circular: inspect covers it
  }
  if (value instanceof Error) {
    parts.push(
      value.message,
      value.stack ?? '',
      String(value.cause),
      JSON.stringify(
        Object.getOwnPropertyNames(value).map((k) => [
          k,
          String((value as unknown as Record<string, unknown>)[k]),
        ]),
      ),
    );
  }
  if (typeof value === 'object' && value !== null) parts.push(String(value));
  return parts.join('\n');
}

function expectNoSecret(value: unknown): void {
  const text = everyRendering(value);
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(TOKEN);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    status: 400,
    body: {
      requestId: 'r1',
      httpCode: 400,
      code: 'SignatureDoesNotMatch',
      message: 'Specified signature is not matched with our calculation.',
    },
  });
});
afterAll(() => server.close());

describe('inspection', () => {
  it('protected credentials show [redacted] yet still sign', () => {
    const protectedCredentials = createCredentials(credentials);
    expectNoSecret(protectedCredentials);
    expect(inspect(protectedCredentials)).toContain('LTAIvisible');
    expect(JSON.stringify(protectedCredentials)).toContain('[redacted]');
    expect(Object.keys(protectedCredentials)).toEqual(['accessKeyId']);
    expect({ ...protectedCredentials }).toEqual({ accessKeyId: 'LTAIvisible' });
    expect(protectedCredentials.accessKeySecret).toBe(SECRET);
    expect(protectedCredentials.securityToken).toBe(TOKEN);
  });

  it('a client, with explicit keys or a provider, shows neither', async () => {
    expectNoSecret(createFunctionTasksClient({ endpoint: server.url, credentials }));
    expectNoSecret(createFunctionTasksClient({ endpoint: server.url, credentials: async () => credentials }));
    const home = await mkdtemp(join(tmpdir(), 'fntasks-secret-'));
    try {
      const env = {
        HOME: home,
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIvisible',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
        ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN,
      };
      const nodeClient = await createNodeFunctionTasksClient({ env, endpoint: server.url });
      expectNoSecret(nodeClient);
      const resolved = await resolveDefaultCredentials({ env });
      expectNoSecret(resolved);
      expect(resolved.credentials.accessKeySecret).toBe(SECRET);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});

describe('errors and events', () => {
  it('an API error after a signed request, and every event of the call', async () => {
    const events: unknown[] = [];
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials,
      retry: false,
      onEvent: (event) => events.push(event),
    });
    const error = await rejection(
      client.listFunctionTasks({ appGroupIdentity: 'a', functionName: 'b', instanceName: 'c' }),
    );
    expect((error as Error).message).toContain('SignatureDoesNotMatch');
    expectNoSecret(error);
    expect(events.length).toBeGreaterThan(0);
    expectNoSecret(events);
    // The token did go on the wire (that is its job), so the check above could have failed.
    expect(server.requests.at(-1)?.headers['x-acs-security-token']).toBe(TOKEN);
  });

  it('a network error after signing', async () => {
    const closed = await startTestServer();
    const url = closed.url;
    await closed.close();
    const client = createFunctionTasksClient({ endpoint: url, credentials, retry: false });
    expectNoSecret(
      await rejection(
        client.listFunctionTasks({ appGroupIdentity: 'a', functionName: 'b', instanceName: 'c' }),
      ),
    );
  });

  it.each([
    ['an empty id', { accessKeyId: '', accessKeySecret: SECRET, securityToken: TOKEN }],
    ['an id with a space', { accessKeyId: 'a b', accessKeySecret: SECRET, securityToken: TOKEN }],
    ['a token with a newline', { accessKeyId: 'id', accessKeySecret: SECRET, securityToken: `${TOKEN}\n` }],
    ['a numeric secret', { accessKeyId: 'id', accessKeySecret: 42, securityToken: TOKEN }],
  ])('invalid credentials (%s) from the option and from a provider', async (_, bad) => {
    let thrown: unknown;
    try {
      createFunctionTasksClient({ endpoint: server.url, credentials: bad as never });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expectNoSecret(thrown);
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: async () => bad as never,
      retry: false,
    });
    const error = await rejection(
      client.listFunctionTasks({ appGroupIdentity: 'a', functionName: 'b', instanceName: 'c' }),
    );
    expect((error as Error).name).toBe('CredentialsError');
    expectNoSecret(error);
  });

  it('a provider that throws', async () => {
    const client = createFunctionTasksClient({
      endpoint: server.url,
      credentials: async () => {
        throw new Error('vault unreachable');
      },
      retry: false,
    });
    const error = await rejection(
      client.listFunctionTasks({ appGroupIdentity: 'a', functionName: 'b', instanceName: 'c' }),
    );
    expect((error as Error).message).toContain('vault unreachable');
    expectNoSecret(error);
  });

  it('config-file errors (bad JSON and a bad field around the secret)', async () => {
    const home = await mkdtemp(join(tmpdir(), 'fntasks-secret-'));
    try {
      await mkdir(join(home, '.aliyun'));
      const file = join(home, '.aliyun', 'config.json');
      await writeFile(
        file,
        `{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_secret":"${SECRET}","sts_token":"${TOKEN}" x}]}`,
      );
      expectNoSecret(await rejection(resolveDefaultCredentials({ env: { HOME: home } })));
      await writeFile(
        file,
        JSON.stringify({
          current: 'default',
          profiles: [
            {
              name: 'default',
              mode: 'StsToken',
              access_key_id: 'id x',
              access_key_secret: SECRET,
              sts_token: TOKEN,
            },
          ],
        }),
      );
      expectNoSecret(await rejection(resolveDefaultCredentials({ env: { HOME: home } })));
      await writeFile(
        file,
        JSON.stringify({
          current: 'default',
          profiles: [{ name: 'default', mode: 'RamRoleArn', access_key_id: 'id', access_key_secret: SECRET }],
        }),
      );
      expectNoSecret(await rejection(resolveDefaultCredentials({ env: { HOME: home } })));
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('the renderer would have caught a leak (self-check)', () => {
    expect(() => expectNoSecret({ ...credentials })).toThrow();
    expect(() => expectNoSecret(new Error(`bad ${SECRET}`))).toThrow();
  });
});
