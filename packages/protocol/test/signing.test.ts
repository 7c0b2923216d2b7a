/**
 * The signing maths against an independent computation with node:crypto: the canonical request written out by
 * hand from Alibaba Cloud's ACS3 description, then the hashes; and HMAC-SHA1's string to sign likewise.
 */
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalizeAcs3,
  EMPTY_BODY_SHA256,
  parseAuthorization,
  percentEncode,
  sdkSignedPath,
  signAcs3,
  signHmacSha1,
} from '../src/index.js';

const headers = {
  Host: 'opensearch.cn-hangzhou.aliyuncs.com',
  'x-acs-action': 'ListFunctionTasks',
  'x-acs-version': '2017-12-25',
  'x-acs-date': '2026-11-30T05:00:00Z',
  'x-acs-signature-nonce': 'n1',
  Accept: 'application/json',
};
const request = {
  method: 'GET',
  pathname: '/v4/openapi/app-groups/my%20app/functions/ctr/instances/ctr_test/tasks',
  query: { pageSize: '10', pageNumber: '1', status: 'a b*' },
  headers,
};

describe('ACS3-HMAC-SHA256', () => {
  it('builds the canonical request as documented and signs its hash', async () => {
    const expected = [
      'GET',
      '/v4/openapi/app-groups/my%20app/functions/ctr/instances/ctr_test/tasks',
      'pageNumber=1&pageSize=10&status=a%20b%2A',
      'host:opensearch.cn-hangzhou.aliyuncs.com\nx-acs-action:ListFunctionTasks\nx-acs-date:2026-11-30T05:00:00Z\n' +
        'x-acs-signature-nonce:n1\nx-acs-version:2017-12-25\n',
      'host;x-acs-action;x-acs-date;x-acs-signature-nonce;x-acs-version',
      EMPTY_BODY_SHA256,
    ].join('\n');
    expect(canonicalizeAcs3(request).canonicalRequest).toBe(expected);

    const signed = await signAcs3({ ...request, accessKeyId: 'id', accessKeySecret: 'secret' });
    const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(expected).digest('hex')}`;
    expect(signed.stringToSign).toBe(stringToSign);
    expect(signed.signature).toBe(createHmac('sha256', 'secret').update(stringToSign).digest('hex'));
    expect(parseAuthorization(signed.authorization)).toEqual({
      algorithm: 'ACS3-HMAC-SHA256',
      accessKeyId: 'id',
      signedHeaders: signed.signedHeaders,
      signature: signed.signature,
    });
  });

  it('signs only the headers a verifier names', () => {
    expect(canonicalizeAcs3({ ...request, signedHeaders: ['host', 'x-acs-date'] }).signedHeaders).toEqual([
      'host',
      'x-acs-date',
    ]);
  });
});

describe('HMAC-SHA1', () => {
  it('signs the documented string: method, four headers, sorted x-acs-*, path and raw sorted query', async () => {
    const signed = await signHmacSha1({
      method: 'GET',
      pathname: '/v4/openapi/app-groups/a/functions/ctr/instances/i/tasks',
      query: { pageSize: '10', pageNumber: '1' },
      headers: { Date: 'Mon, 30 Nov 2026 05:00:00 GMT', 'x-acs-version': '2017-12-25', 'x-acs-action': 'A' },
      accessKeyId: 'id',
      accessKeySecret: 'secret',
    });
    const expected =
      'GET\n\n\n\nMon, 30 Nov 2026 05:00:00 GMT\nx-acs-action:A\nx-acs-version:2017-12-25\n' +
      '/v4/openapi/app-groups/a/functions/ctr/instances/i/tasks?pageNumber=1&pageSize=10';
    expect(signed.stringToSign).toBe(expected);
    expect(signed.signature).toBe(createHmac('sha1', 'secret').update(expected).digest('base64'));
    expect(parseAuthorization(signed.authorization)).toEqual({
      algorithm: 'HMAC-SHA1',
      accessKeyId: 'id',
      signature: signed.signature,
    });
  });

  it('refuses what is neither kind of Authorization header', () => {
    expect(parseAuthorization('Bearer x')).toBeNull();
    expect(parseAuthorization(undefined)).toBeNull();
  });
});

describe('encoding', () => {
  it('percent-encodes like the SDK signs (`*` → %2A, space → %20, `~` kept)', () => {
    expect(percentEncode("a b*~'")).toBe('a%20b%2A~%27');
    expect(sdkSignedPath('/a/it%27s')).toBe("/a/it's");
  });
});
