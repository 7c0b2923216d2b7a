/**
 * The signer's header-map form (what the transport sends through core's engines in Node) against its Request-returning
 * form and the pure `signAcs3`: for the same clock and nonce, the same headers and the same signature, byte for
 * byte, over random paths, queries and extra headers; and `null` (the generic path) where it does not apply.
 */
import { describe, expect, it } from 'vitest';
import { createRequestSigner, EMPTY_BODY_SHA256, queryFromSearch, signAcs3 } from '../src/signing/index.js';
import { type HeaderMapRequest, SIGN_HEADERS } from '../src/signing/request-signer.js';
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
  const sign = createRequestSigner(options);
  const fast = sign[SIGN_HEADERS as never] as unknown as (
    r: HeaderMapRequest,
  ) => Record<string, string> | null;
  return { sign, fast, next: () => n++ };
}

/** The header-map form's input, as the transport builds it: the URL and headers a Request would hold. */
function mapRequest(url: string, headers: Record<string, string> = {}): HeaderMapRequest {
  const request = new Request(url, { headers });
  return { method: request.method, url: request.url, headers: Object.fromEntries(request.headers) };
}

describe('the header-map form of the ACS3 signer', () => {
  it.each([undefined, 'sts-token'])(
    'agrees with the Request form and signAcs3 (token: %s)',
    async (token) => {
      const random = seededRandom(token ? 17 : 4242);
      const { sign, fast, next } = signers(token);
      let fastCount = 0;
      for (let i = 0; i < 300; i++) {
        next();
        const segment = encodeURIComponent(randomString(random, 8) || 'x');
        const query = new URLSearchParams();
        const keys = Math.floor(random() * 4);
        for (let k = 0; k < keys; k++) query.append(randomString(random, 4) || 'k', randomString(random, 6));
        const search = query.toString().replace(/\+/g, random() < 0.5 ? '%20' : '+');
        const url = `http://127.0.0.1:8790/v4/openapi/${segment}/tasks${search ? `?${search}` : random() < 0.2 ? '?' : ''}`;
        const headers: Record<string, string> = {};
        if (random() < 0.7) headers.accept = 'application/json';
        if (random() < 0.3) headers['x-fntasks-casing'] = 'pascal';
        if (random() < 0.3)
          headers['x-acs-extra'] = ` ${randomString(random, 5, ['a', 'b', ' ', 'Z'])}v `.trim();
        if (random() < 0.2) headers['content-type'] = 'application/json';
        if (random() < 0.2) headers['x-acs-accesskey-id'] = 'stale';
        if (random() < 0.2) headers.authorization = 'stale';
        const map = fast(mapRequest(url, headers));
        if (search.includes('+')) {
          expect(map).toBeNull();
          continue;
        }
        if (!map) throw new Error(`no header map for ${url}`);
        fastCount++;
        const generic = await sign(new Request(url, { headers }));
        expect(map).toEqual(Object.fromEntries(generic.headers));
        const parsed = new URL(url);
        const expected = await signAcs3({
          method: 'GET',
          pathname: parsed.pathname,
          query: queryFromSearch(parsed.search),
          headers: [
            ...Object.entries(map).filter(([name]) => name !== 'authorization'),
            ['host', parsed.host],
          ],
          hashedPayload: EMPTY_BODY_SHA256,
          accessKeyId: ID,
          accessKeySecret: SECRET,
        });
        expect(map.authorization).toBe(expected.authorization);
      }
      expect(fastCount).toBeGreaterThan(150);
    },
  );

  it('leaves host headers, HMAC-SHA1 and odd URLs to the Request form', () => {
    const { fast } = signers();
    expect(fast(mapRequest('http://127.0.0.1/x', { host: 'other' }))).toBeNull();
    expect(fast(mapRequest('http://127.0.0.1/x#frag'))).toBeNull();
    expect(fast(mapRequest('http://127.0.0.1/x?a=b+c'))).toBeNull();
    const sha1 = createRequestSigner({
      credentials: { accessKeyId: ID, accessKeySecret: SECRET },
      signatureAlgorithm: 'HMAC-SHA1',
    });
    expect(sha1[SIGN_HEADERS as never]).toBeUndefined();
  });

  it('takes a fresh nonce and date per call, and a provider answer per call', async () => {
    let calls = 0;
    const sign = createRequestSigner({
      credentials: async () => ({ accessKeyId: `${ID}${++calls}`, accessKeySecret: SECRET }),
    });
    const fast = sign[SIGN_HEADERS as never] as unknown as (
      r: HeaderMapRequest,
    ) => Promise<Record<string, string>>;
    const a = await fast(mapRequest('http://127.0.0.1/x'));
    const b = await fast(mapRequest('http://127.0.0.1/x'));
    expect(a['x-acs-signature-nonce']).not.toBe(b['x-acs-signature-nonce']);
    expect(a.authorization).toContain(`Credential=${ID}1,`);
    expect(b.authorization).toContain(`Credential=${ID}2,`);
    expect(a['x-acs-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

describe('a credentials provider with the header-map form', () => {
  it('is asked once per request, also when the Request form signs instead', async () => {
    let calls = 0;
    const sign = createRequestSigner({
      credentials: async () => {
        calls++;
        return { accessKeyId: ID, accessKeySecret: SECRET };
      },
    });
    const fast = sign[SIGN_HEADERS as never] as unknown as (
      r: HeaderMapRequest,
    ) => Promise<Record<string, string> | null> | null;
    expect(fast(mapRequest('http://127.0.0.1/x?a=b+c'))).toBeNull();
    await sign(new Request('http://127.0.0.1/x?a=b+c'));
    expect(calls).toBe(1);
    await fast(mapRequest('http://127.0.0.1/x'));
    expect(calls).toBe(2);
  });
});
