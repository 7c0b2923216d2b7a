/**
 * The hash primitives of this runtime, from the `#crypto` import map: the `node` condition answers synchronously
 * with node:crypto, Web Crypto (`default`) with promises. Typed here as either, so callers outside Node await.
 */
import * as runtime from '#crypto';
import type { SigningCrypto } from './crypto/types.js';

export type { SigningCrypto } from './crypto/types.js';

/** Lower-case hex SHA-256 of a UTF-8 string or of bytes (a string in Node, a promise elsewhere). */
export const sha256Hex: SigningCrypto['sha256Hex'] = runtime.sha256Hex;
/** Lower-case hex HMAC-SHA256 of a UTF-8 string under a UTF-8 key (a string in Node, a promise elsewhere). */
export const hmacSha256Hex: SigningCrypto['hmacSha256Hex'] = runtime.hmacSha256Hex;
/** HMAC-SHA256 under one key, made once per key (a function of the message: a string in Node, a promise elsewhere). */
export const hmacSha256Keyed: SigningCrypto['hmacSha256Keyed'] = runtime.hmacSha256Keyed;
/** Base64 HMAC-SHA1 of a UTF-8 string under a UTF-8 key (a string in Node, a promise elsewhere). */
export const hmacSha1Base64: SigningCrypto['hmacSha1Base64'] = runtime.hmacSha1Base64;
