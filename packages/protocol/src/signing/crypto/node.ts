/**
 * Node's crypto, reached through the `#crypto` import map under the `node` condition: synchronous and
 * much faster than Web Crypto (the official SDK uses it too). Never reaches a browser build.
 */
import type * as NodeCrypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string;

let nodeCrypto: typeof NodeCrypto | undefined;
let oneShot: OneShotHash | undefined;

/**
 * node:crypto, loaded on the first hash: loading it costs several milliseconds, which a process that never
 * signs (a CLI call to an emulator without auth) should not pay at start-up.
 */
function load(): typeof NodeCrypto {
  if (nodeCrypto === undefined) {
    nodeCrypto = process.getBuiltinModule('node:crypto');
    // The one-shot `crypto.hash` (Node ≥ 20.12) skips the Hash object: about half the cost for short inputs.
    oneShot = (nodeCrypto as { hash?: OneShotHash }).hash;
  }
  return nodeCrypto;
}

/** Lower-case hex SHA-256 of a UTF-8 string or of bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  const crypto = load();
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

/** Lower-case hex HMAC-SHA256 of a UTF-8 string under a UTF-8 key. */
export function hmacSha256Hex(key: string, data: string): string {
  return load().createHmac('sha256', key).update(data, 'utf8').digest('hex');
}

/** Base64 HMAC-SHA1 of a UTF-8 string under a UTF-8 key. */
export function hmacSha1Base64(key: string, data: string): string {
  return load().createHmac('sha1', key).update(data, 'utf8').digest('base64');
}
