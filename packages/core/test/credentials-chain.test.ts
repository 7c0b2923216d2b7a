/** The Node default credential chain over a temporary HOME and environment: every mode and every failure. */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CredentialsError } from '../src/credentials.js';
import {
  createNodeFunctionTasksClient,
  resolveDefaultCredentials,
  resolveDefaultRegion,
} from '../src/node/index.js';
import { DOC_CAMEL_SAMPLE, startTestServer, type TestServer } from './helpers.js';
import { officialAuthorizationFor, receivedRequest } from './signing-oracle.js';

let home: string;
let file: string;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ body: DOC_CAMEL_SAMPLE });
});
afterAll(() => server.close());
afterEach(async () => {
  if (home) await rm(home, { recursive: true, force: true });
});

async function freshHome(config?: unknown, raw?: string): Promise<Record<string, string>> {
  home = await mkdtemp(join(tmpdir(), 'fntasks-home-'));
  file = join(home, '.aliyun', 'config.json');
  if (config !== undefined || raw !== undefined) {
    await mkdir(join(home, '.aliyun'));
    await writeFile(file, raw ?? JSON.stringify(config, null, 2));
  }
  return { HOME: home, PATH: '/usr/bin' };
}

const AK = {
  name: 'default',
  mode: 'AK',
  access_key_id: 'FILEKEY',
  access_key_secret: 'file-secret',
  region_id: 'cn-beijing',
};
const STS = {
  name: 'sts',
  mode: 'StsToken',
  access_key_id: 'STS.KEY',
  access_key_secret: 'sts-secret',
  sts_token: 'sts-token',
  region_id: 'ap-southeast-1',
};

async function failure(promise: Promise<unknown>): Promise<CredentialsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CredentialsError);
  return error as CredentialsError;
}

describe('environment', () => {
  it('reads ALIBABA_CLOUD_* keys, token and region', async () => {
    const env = {
      ...(await freshHome({ current: 'default', profiles: [AK] })),
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'ENVKEY',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
      ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token',
      ALIBABA_CLOUD_REGION_ID: 'cn-shanghai',
    };
    const resolved = await resolveDefaultCredentials({ env });
    expect(resolved.credentials.accessKeyId).toBe('ENVKEY');
    expect(resolved.credentials.accessKeySecret).toBe('env-secret');
    expect(resolved.credentials.securityToken).toBe('env-token');
    expect(resolved.regionId).toBe('cn-shanghai');
    expect(resolved.source).toMatchObject({
      kind: 'environment',
      variables: [
        'ALIBABA_CLOUD_ACCESS_KEY_ID',
        'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
        'ALIBABA_CLOUD_SECURITY_TOKEN',
      ],
    });
  });

  it('reads the older ALICLOUD_* names, and ALIBABA_CLOUD_* wins over them', async () => {
    const base = await freshHome();
    const old = {
      ...base,
      ALICLOUD_ACCESS_KEY_ID: 'OLDKEY',
      ALICLOUD_ACCESS_KEY_SECRET: 'old-secret',
      ALICLOUD_REGION_ID: 'cn-qingdao',
    };
    const resolved = await resolveDefaultCredentials({ env: old });
    expect([
      resolved.credentials.accessKeyId,
      resolved.credentials.accessKeySecret,
      resolved.regionId,
    ]).toEqual(['OLDKEY', 'old-secret', 'cn-qingdao']);
    expect(resolved.credentials.securityToken).toBeUndefined();
    const both = await resolveDefaultCredentials({
      env: { ...old, ALIBABA_CLOUD_ACCESS_KEY_ID: 'NEWKEY', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'new-secret' },
    });
    expect(both.credentials.accessKeyId).toBe('NEWKEY');
    expect(both.credentials.accessKeySecret).toBe('new-secret');
  });

  it('comes before the config file, whose region_id still serves as default region', async () => {
    const env = {
      ...(await freshHome({ current: 'default', profiles: [AK] })),
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'E',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's',
    };
    const resolved = await resolveDefaultCredentials({ env });
    expect(resolved.credentials.accessKeyId).toBe('E');
    expect(resolved.regionId).toBe('cn-beijing');
  });

  it('an id without a secret (or the reverse) fails naming the missing variable', async () => {
    const base = await freshHome({ current: 'default', profiles: [AK] });
    const noSecret = await failure(
      resolveDefaultCredentials({ env: { ...base, ALIBABA_CLOUD_ACCESS_KEY_ID: 'X' } }),
    );
    expect(noSecret.message).toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    expect(noSecret.field).toBe('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    const noId = await failure(
      resolveDefaultCredentials({ env: { ...base, ALICLOUD_ACCESS_KEY_SECRET: 'only-the-secret' } }),
    );
    expect(noId.message).toContain('ALICLOUD_ACCESS_KEY_SECRET is set');
    expect(noId.message).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
    expect(noId.message).not.toContain('only-the-secret');
  });

  it('blank variables count as unset', async () => {
    const env = {
      ...(await freshHome({ current: 'default', profiles: [AK] })),
      ALIBABA_CLOUD_ACCESS_KEY_ID: '  ',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: '',
    };
    expect((await resolveDefaultCredentials({ env })).source.kind).toBe('config-file');
  });
});

describe('~/.aliyun/config.json', () => {
  it('mode AK of the current profile, with its region_id', async () => {
    const env = await freshHome({ current: 'default', profiles: [STS, AK] });
    const resolved = await resolveDefaultCredentials({ env });
    expect(resolved.credentials.accessKeyId).toBe('FILEKEY');
    expect(resolved.credentials.accessKeySecret).toBe('file-secret');
    expect(resolved.credentials.securityToken).toBeUndefined();
    expect(resolved.regionId).toBe('cn-beijing');
    expect(resolved.source).toEqual({
      kind: 'config-file',
      file,
      profile: 'default',
      mode: 'AK',
      description: `${file}, profile "default" (AK)`,
    });
  });

  it('mode StsToken carries the token', async () => {
    const env = await freshHome({ current: 'sts', profiles: [AK, STS] });
    const resolved = await resolveDefaultCredentials({ env });
    expect(resolved.credentials.accessKeyId).toBe('STS.KEY');
    expect(resolved.credentials.accessKeySecret).toBe('sts-secret');
    expect(resolved.credentials.securityToken).toBe('sts-token');
    expect(resolved.regionId).toBe('ap-southeast-1');
  });

  it('ALIBABA_CLOUD_PROFILE (or the older ALICLOUD_PROFILE) picks the profile; the profile option wins and skips env keys', async () => {
    const base = await freshHome({
      current: 'default',
      profiles: [AK, STS, { ...AK, name: 'third', access_key_id: 'THIRD' }],
    });
    expect(
      (await resolveDefaultCredentials({ env: { ...base, ALIBABA_CLOUD_PROFILE: 'sts' } })).credentials
        .accessKeyId,
    ).toBe('STS.KEY');
    expect(
      (await resolveDefaultCredentials({ env: { ...base, ALICLOUD_PROFILE: 'third' } })).credentials
        .accessKeyId,
    ).toBe('THIRD');
    const explicit = await resolveDefaultCredentials({
      profile: 'third',
      env: {
        ...base,
        ALIBABA_CLOUD_PROFILE: 'sts',
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'E',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's',
      },
    });
    expect(explicit.credentials.accessKeyId).toBe('THIRD');
  });

  it('without "current" the profile named "default" is used; the env region beats region_id', async () => {
    const env = { ...(await freshHome({ profiles: [STS, AK] })), ALIBABA_CLOUD_REGION_ID: 'eu-central-1' };
    const resolved = await resolveDefaultCredentials({ env });
    expect(resolved.credentials.accessKeyId).toBe('FILEKEY');
    expect(resolved.regionId).toBe('eu-central-1');
  });

  it('homeDir overrides HOME', async () => {
    await freshHome({ current: 'default', profiles: [AK] });
    const resolved = await resolveDefaultCredentials({ env: { HOME: '/nonexistent' }, homeDir: home });
    expect(resolved.credentials.accessKeyId).toBe('FILEKEY');
  });

  it.each([
    'RamRoleArn',
    'EcsRamRole',
    'OIDC',
    'ChainableRamRoleArn',
    'CloudSSO',
    'External',
    'CredentialsURI',
  ])('mode %s fails naming the mode and pointing to a provider function', async (mode) => {
    const env = await freshHome({
      current: 'p',
      profiles: [
        { name: 'p', mode, access_key_id: 'K', access_key_secret: 'S', ram_role_arn: 'acs:ram::1:role/x' },
      ],
    });
    const error = await failure(resolveDefaultCredentials({ env }));
    expect(error.message).toContain(`mode "${mode}"`);
    expect(error.message).toContain(file);
    expect(error.message).toContain('credentials provider function');
    expect(error.field).toBe('mode');
  });
});

describe('failures name the file and the field', () => {
  it('no environment keys and no file', async () => {
    const env = await freshHome();
    const error = await failure(resolveDefaultCredentials({ env }));
    expect(error.message).toContain('No Alibaba Cloud credentials found');
    expect(error.message).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
    expect(error.message).toContain(file);
    const named = await failure(resolveDefaultCredentials({ env, profile: 'prod' }));
    expect(named.message).toContain('Profile "prod"');
    expect(named.message).toContain(file);
  });

  it('an unreadable file', async () => {
    const env = await freshHome();
    await mkdir(file, { recursive: true }); // a directory where the file should be: EISDIR
    const error = await failure(resolveDefaultCredentials({ env }));
    expect(error.message).toContain(`Cannot read ${file}`);
    expect(error.message).toContain('EISDIR');
  });

  it('a file without read permission (when not running as root)', async () => {
    const env = await freshHome({ current: 'default', profiles: [AK] });
    await chmod(file, 0o000);
    const result = await resolveDefaultCredentials({ env }).then(
      () => 'read',
      (e: unknown) => e,
    );
    if (process.getuid?.() === 0) expect(result).toBe('read');
    else expect((result as Error).message).toContain('EACCES');
  });

  it.each([
    [
      'bad JSON',
      '{ "current": "default", "profiles": [ { "access_key_secret": "hidden-secret" } ',
      'is not valid JSON',
    ],
    ['an empty file', '', 'the file is empty'],
    ['a JSON array', '[]', 'must hold a JSON object'],
    ['profiles that are not an array', '{"profiles": {}}', 'field "profiles"'],
    ['a current that is not a string', '{"current": 1, "profiles": []}', 'field "current"'],
  ])('%s', async (_, raw, expected) => {
    const env = await freshHome(undefined, raw);
    const error = await failure(resolveDefaultCredentials({ env }));
    expect(error.message).toContain(file);
    expect(error.message).toContain(expected);
    expect(error.message).not.toContain('hidden-secret');
  });

  it('a profile that is not there lists the ones that are', async () => {
    const env = { ...(await freshHome({ current: 'default', profiles: [STS] })) };
    const error = await failure(resolveDefaultCredentials({ env }));
    expect(error.message).toContain('Profile "default" is not in');
    expect(error.message).toContain('"sts"');
  });

  it.each([
    [{ name: 'default', access_key_id: 'K', access_key_secret: 'S' }, 'mode'],
    [{ name: 'default', mode: 'AK', access_key_secret: 'S' }, 'access_key_id'],
    [{ name: 'default', mode: 'AK', access_key_id: 'K', access_key_secret: '' }, 'access_key_secret'],
    [{ name: 'default', mode: 'StsToken', access_key_id: 'K', access_key_secret: 'S' }, 'sts_token'],
  ])('a missing field: %j', async (profile, field) => {
    const env = await freshHome({ current: 'default', profiles: [profile] });
    const error = await failure(resolveDefaultCredentials({ env }));
    expect(error.field).toBe(field);
    expect(error.message).toContain(`field "${field}"`);
    expect(error.message).toContain(file);
  });
});

describe('createNodeFunctionTasksClient', () => {
  it('uses the chain: credentials from the file, signed requests the official implementation verifies', async () => {
    const env = await freshHome({ current: 'sts', profiles: [STS] });
    const client = await createNodeFunctionTasksClient({ env, endpoint: server.url, retry: false });
    expect(client.credentialSource?.kind).toBe('config-file');
    await client.listFunctionTasks({ appGroupIdentity: 'a b', functionName: 'ctr', instanceName: 'i' });
    const request = server.requests.at(-1);
    if (!request) throw new Error('no request');
    const official = receivedRequest(request.method, request.url, request.headers);
    expect(request.headers['x-acs-security-token']).toBe('sts-token');
    expect(request.headers.authorization).toBe(officialAuthorizationFor(official, 'STS.KEY', 'sts-secret'));
  });

  it('takes the region from the chain when no endpoint is given', async () => {
    const env = {
      ...(await freshHome()),
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'E',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's',
      ALIBABA_CLOUD_REGION_ID: 'cn-shenzhen',
    };
    const client = await createNodeFunctionTasksClient({ env });
    expect(client.endpoint).toBe('https://opensearch.cn-shenzhen.aliyuncs.com');
    expect(client.credentialSource?.description).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
  });

  it('with explicit credentials, still takes the default region', async () => {
    const env = await freshHome({ current: 'default', profiles: [AK] });
    const client = await createNodeFunctionTasksClient({
      env,
      credentials: { accessKeyId: 'X', accessKeySecret: 'y' },
    });
    expect(client.endpoint).toBe('https://opensearch.cn-beijing.aliyuncs.com');
    expect(client.credentialSource).toBeNull();
    expect(await resolveDefaultRegion({ env: { ...env, ALICLOUD_REGION_ID: 'us-east-1' } })).toBe(
      'us-east-1',
    );
  });

  it('fails with CredentialsError when nothing is configured', async () => {
    const env = await freshHome();
    await failure(createNodeFunctionTasksClient({ env, endpoint: server.url }));
  });
});
