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
    expect(await webCrypto.hmacSha256Keyed('')('')).toBe(nodeCrypto.hmacSha256Keyed('')(''));
    const bytes = new Uint8Array([0, 255, 1, 128]);
    expect(await webCrypto.sha256Hex(bytes)).toBe(nodeCrypto.sha256Hex(bytes));
  });
});

describe("node's keyed HMAC-SHA256 (two one-shot hashes over precomputed pads)", () => {
  it('equals createHmac for ASCII, multi-byte, empty, block-sized and longer-than-a-block keys, message after message', async () => {
    const { createHmac } = await import('node:crypto');
    const keys = [
      ...strings(3, 100),
      '',
      'a'.repeat(63),
      'a'.repeat(64),
      'a'.repeat(65),
      'ü'.repeat(40),
      '\u007f'.repeat(64),
      'LTAI5tExampleSecretOf30Chars00',
    ];
    const messages = [...strings(11, 20), '', 'ACS3-HMAC-SHA256\n'.repeat(20)];
    for (const key of keys) {
      const keyed = nodeCrypto.hmacSha256Keyed(key);
      const web = webCrypto.hmacSha256Keyed(key);
      // The same keyed function, message after message: its shared outer buffer must not leak between calls.
      for (const data of messages) {
        const expected = createHmac('sha256', key).update(data, 'utf8').digest('hex');
        expect(keyed(data)).toBe(expected);
        expect(nodeCrypto.hmacSha256Hex(key, data)).toBe(expected);
        expect(await web(data)).toBe(expected);
      }
    }
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
