/** Web Crypto, for browsers and other non-Node runtimes (the `default` branch of the `#crypto` import map). */

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value) {
    throw new Error(
      'Web Crypto (crypto.subtle) is not available here; browsers expose it only on https:// or localhost pages.',
    );
  }
  return value;
}

function toHex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

function toBase64(buffer: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function bytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
}

async function hmac(hash: 'SHA-256' | 'SHA-1', key: string, data: string): Promise<ArrayBuffer> {
  // Web Crypto rejects an empty key; HMAC zero-pads keys, so one zero byte is the same key.
  const raw = key === '' ? new Uint8Array(1) : encoder.encode(key);
  const cryptoKey = await subtle().importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign']);
  return subtle().sign('HMAC', cryptoKey, encoder.encode(data));
}

/** Lower-case hex SHA-256 of a UTF-8 string or of bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return toHex(await subtle().digest('SHA-256', bytes(data)));
}

/** Lower-case hex HMAC-SHA256 of a UTF-8 string under a UTF-8 key. */
export async function hmacSha256Hex(key: string, data: string): Promise<string> {
  return toHex(await hmac('SHA-256', key, data));
}

/** Lower-case hex HMAC-SHA256 under one UTF-8 key, imported once. */
export function hmacSha256Keyed(key: string): (data: string) => Promise<string> {
  let imported: Promise<CryptoKey> | undefined;
  return async (data) => {
    // Web Crypto rejects an empty key; HMAC zero-pads keys, so one zero byte is the same key.
    imported ??= subtle().importKey(
      'raw',
      key === '' ? new Uint8Array(1) : encoder.encode(key),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    return toHex(await subtle().sign('HMAC', await imported, encoder.encode(data)));
  };
}

/** Base64 HMAC-SHA1 of a UTF-8 string under a UTF-8 key. */
export async function hmacSha1Base64(key: string, data: string): Promise<string> {
  return toBase64(await hmac('SHA-1', key, data));
}
