/**
 * Node's crypto, reached through the `#crypto` import map under the `node` condition: synchronous and
 * much faster than Web Crypto (the official SDK uses it too). Never reaches a browser build.
 */
import * as nodeCrypto from 'node:crypto';

const { createHash, createHmac } = nodeCrypto;
// The one-shot `crypto.hash` (Node ≥ 20.12) skips the Hash object: about half the cost for short inputs.
const oneShot = (
  nodeCrypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string }
).hash;

/** Lower-case hex SHA-256 of a UTF-8 string or of bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return oneShot ? oneShot('sha256', data, 'hex') : createHash('sha256').update(data).digest('hex');
}

/** Lower-case hex HMAC-SHA256 of a UTF-8 string under a UTF-8 key. */
export function hmacSha256Hex(key: string, data: string): string {
  return createHmac('sha256', key).update(data, 'utf8').digest('hex');
}

/** Base64 HMAC-SHA1 of a UTF-8 string under a UTF-8 key. */
export function hmacSha1Base64(key: string, data: string): string {
  return createHmac('sha1', key).update(data, 'utf8').digest('base64');
}
