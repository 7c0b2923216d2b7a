/**
 * The client's per-attempt signer (header maps in, header maps out) against the pure `signAcs3` over the headers
 * it produced, and against its WHATWG adapter (`createRequestSigner`): for the same clock and nonce, the same
 * headers and the same signature, byte for byte, over random paths, queries, extra headers and bodies.
 */

import { EMPTY_BODY_SHA256, hashPayload, queryFromSearch, signAcs3 } from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import type { OutgoingRequest } from '../src/http/types.js';
import { createRequestSigner } from '../src/signing/index.js';
import { createAttemptSigner } from '../src/signing/sign-attempt.js';
import { randomString, seededRandom } from './signing-oracle.js';

const ID = 'LTAI5tTestKeyId';
const SECRET = 'test-secret-½-🚀';
const NOW = Date.UTC(2026, 10, 28, 20, 52, 33, 789);

function signers(token?: string) {
  let n = 0;
  const options = {
    credentials: { accessKeyId: ID, accessKeySecret: SECRET, ...(token ? { securityToken: token } : {}) },
    clock: () => NOW + n * 1700,
    nonce: () => `nonce-${n}`,
  };
  return { attempt: createAttemptSigner(options), whatwg: createRequestSigner(options), next: () => n++ };
}

/** A request as the pipeline builds it: the URL and headers a Request would hold. */
function outgoing(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): OutgoingRequest {
  const request = new Request(url, { method, headers });
  return {
    method,
    url: request.url,
    headers: Object.fromEntries(request.headers),
    ...(body !== undefined ? { body } : {}),
  };
}

describe('the per-attempt ACS3 signer', () => {
  it.each([undefined, 'sts-token'])(
    'agrees with signAcs3 and with its WHATWG adapter (token: %s)',
    async (token) => {
      const random = seededRandom(token ? 17 : 4242);
      const { attempt, whatwg, next } = signers(token);
      for (let i = 0; i < 300; i++) {
        next();
        const method = (['GET', 'POST', 'DELETE'] as const)[Math.floor(random() * 3)] ?? 'GET';
        const body = method === 'POST' && random() < 0.3 ? `{"x":"${randomString(random, 6)}"}` : undefined;
        const segment = encodeURIComponent(randomString(random, 8) || 'x');
        const query = new URLSearchParams();
        const keys = Math.floor(random() * 4);
        for (let k = 0; k < keys; k++) query.append(randomString(random, 4) || 'k', randomString(random, 6));
        const search = query.toString().replace(/\+/g, '%20');
        const url = `http://127.0.0.1:8790/v4/openapi/${segment}/tasks${search ? `?${search}` : random() < 0.2 ? '?' : ''}`;
        const headers: Record<string, string> = {};
        if (random() < 0.7) headers.accept = 'application/json';
        if (random() < 0.3) headers['x-fntasks-casing'] = 'pascal';
        if (random() < 0.3)
          headers['x-acs-extra'] = ` ${randomString(random, 5, ['a', 'b', ' ', 'Z'])}v `.trim();
        if (random() < 0.2) headers['content-type'] = 'application/json';
        if (random() < 0.2) headers['x-acs-accesskey-id'] = 'stale';
        if (random() < 0.2) headers.authorization = 'stale';
        // A Request given a text body without a content type adds text/plain; the pipeline always names JSON.
        if (body !== undefined) headers['content-type'] = 'application/json';
        const signed = await attempt(outgoing(method, url, headers, body), 'ListFunctionTasks');
        const parsed = new URL(url);
        const expected = await signAcs3({
          method,
          pathname: parsed.pathname,
          query: queryFromSearch(parsed.search),
          headers: [
            ...Object.entries(signed.headers).filter(([name]) => name !== 'authorization'),
            ['host', parsed.host],
          ],
          hashedPayload: body === undefined ? EMPTY_BODY_SHA256 : await hashPayload(body),
          accessKeyId: ID,
          accessKeySecret: SECRET,
        });
        expect(signed.headers.authorization).toBe(expected.authorization);
        expect(signed.headers['x-acs-accesskey-id']).toBe(token ? ID : undefined);
        // The WHATWG adapter is the same signer: same clock tick, same nonce, same headers.
        const request = await whatwg(
          new Request(url, {
            method,
            headers: { ...headers, 'x-acs-action': 'ListFunctionTasks' },
            ...(body !== undefined ? { body } : {}),
          }),
        );
        expect(Object.fromEntries(request.headers)).toEqual(signed.headers);
      }
    },
  );

  it('rewrites a query with a raw + into its canonical encoding, and signs that', async () => {
    const { attempt } = signers();
    const signed = await attempt(outgoing('GET', 'http://127.0.0.1/x?a=b+c'), 'ListFunctionTasks');
    expect(signed.url).toBe('http://127.0.0.1/x?a=b%20c');
  });

  it('takes a fresh nonce and date per call, and a provider answer per call', async () => {
    let calls = 0;
    const attempt = createAttemptSigner({
      credentials: async () => ({ accessKeyId: `${ID}${++calls}`, accessKeySecret: SECRET }),
    });
    const a = await attempt(outgoing('GET', 'http://127.0.0.1/x'), 'GetFunctionTask');
    const b = await attempt(outgoing('GET', 'http://127.0.0.1/x'), 'GetFunctionTask');
    expect(a.headers['x-acs-signature-nonce']).not.toBe(b.headers['x-acs-signature-nonce']);
    expect(a.headers.authorization).toContain(`Credential=${ID}1,`);
    expect(b.headers.authorization).toContain(`Credential=${ID}2,`);
    expect(a.headers['x-acs-action']).toBe('GetFunctionTask');
    expect(a.headers['x-acs-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});
