import { type Acs3Signature, parseAcs3Authorization, signAcs3, signHmacSha1 } from '@fntasks/protocol';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Credentials,
  type CredentialsProvider,
  createFunctionTasksClient,
  type FunctionTasksClientOptions,
  type SignatureAlgorithm,
} from '../src/index.js';
import {
  createNodeFunctionTasksClient,
  type NodeFunctionTasksClient,
  type ResolvedCredentials,
  resolveDefaultCredentials,
} from '../src/node/index.js';

describe('signing and credential types', () => {
  it('credentials are keys or an async provider; the algorithm is one of two names', () => {
    expectTypeOf<FunctionTasksClientOptions['credentials']>().toEqualTypeOf<
      Credentials | CredentialsProvider | undefined
    >();
    expectTypeOf<SignatureAlgorithm>().toEqualTypeOf<'ACS3-HMAC-SHA256' | 'HMAC-SHA1'>();
    const provider = async () => ({ accessKeyId: 'a', accessKeySecret: 'b', securityToken: 'c' });
    createFunctionTasksClient({ regionId: 'cn-hangzhou', credentials: provider });
    const sync = () => ({ accessKeyId: 'a', accessKeySecret: 'b' });
    // @ts-expect-error a synchronous provider is not allowed (it must return a promise)
    createFunctionTasksClient({ regionId: 'cn-hangzhou', credentials: sync });
    // @ts-expect-error the secret is required
    createFunctionTasksClient({ regionId: 'cn-hangzhou', credentials: { accessKeyId: 'a' } });
    // @ts-expect-error an unknown algorithm
    createFunctionTasksClient({ regionId: 'cn-hangzhou', signatureAlgorithm: 'v2' });
  });

  it('the pure functions and the Node entry return what they document', () => {
    expectTypeOf(signAcs3).returns.resolves.toEqualTypeOf<Acs3Signature>();
    expectTypeOf(signHmacSha1).returns.resolves.toHaveProperty('authorization').toEqualTypeOf<string>();
    expectTypeOf(parseAcs3Authorization).returns.toEqualTypeOf<ReturnType<typeof parseAcs3Authorization>>();
    expectTypeOf(resolveDefaultCredentials).returns.resolves.toEqualTypeOf<ResolvedCredentials>();
    expectTypeOf(createNodeFunctionTasksClient).returns.resolves.toEqualTypeOf<NodeFunctionTasksClient>();
    expectTypeOf<Credentials['accessKeySecret']>().toEqualTypeOf<string>();
  });
});
