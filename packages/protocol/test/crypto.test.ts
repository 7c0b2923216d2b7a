/** The `#crypto` split: Web Crypto and node:crypto give the same answers, and the map sends each runtime to its own. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as nodeCrypto from '../src/signing/crypto/node.js';
import * as webCrypto from '../src/signing/crypto/web.js';

/** A deterministic stream of strings mixing ASCII, the characters signing encodes, and multi-byte text. */
function strings(seed: number, count: number): string[] {
  const alphabet = ['a', 'Z', '0', ' ', '/', '%', '+', '*', "'", '~', '&', '=', '\n', 'ü', '½', '🚀', '中'];
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(next() * 120) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join(''),
  );
}

describe('Web Crypto and node:crypto agree', () => {
  it('on 200 keys and messages (SHA-256, HMAC-SHA256, HMAC-SHA1), empty ones and bytes', async () => {
    const keys = strings(7, 200);
    const messages = strings(42, 200);
    for (const [i, data] of messages.entries()) {
      const key = keys[i] ?? '';
      expect(await webCrypto.sha256Hex(data)).toBe(nodeCrypto.sha256Hex(data));
      expect(await webCrypto.hmacSha256Hex(key, data)).toBe(nodeCrypto.hmacSha256Hex(key, data));
      expect(await webCrypto.hmacSha1Base64(key, data)).toBe(nodeCrypto.hmacSha1Base64(key, data));
    }
    expect(await webCrypto.hmacSha1Base64('', '')).toBe(nodeCrypto.hmacSha1Base64('', ''));
    const bytes = new Uint8Array([0, 255, 1, 128]);
    expect(await webCrypto.sha256Hex(bytes)).toBe(nodeCrypto.sha256Hex(bytes));
  });
});

describe('the #crypto import map', () => {
  it('maps node → node:crypto and everything else → Web Crypto, types first', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(Object.keys(pkg.imports['#crypto'])).toEqual(['types', 'node', 'default']);
    expect(pkg.imports['#crypto'].node).toBe('./dist/signing/crypto/node.js');
    expect(pkg.imports['#crypto'].default).toBe('./dist/signing/crypto/web.js');
    expect(Object.keys(pkg.exports['.'])[0]).toBe('types');
  });
});
