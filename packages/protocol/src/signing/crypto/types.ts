/** The three primitives signing needs; Node answers synchronously, Web Crypto with promises. */
export interface SigningCrypto {
  /** Lower-case hex SHA-256 of a UTF-8 string or of bytes. */
  sha256Hex(data: string | Uint8Array): string | Promise<string>;
  /** Lower-case hex HMAC-SHA256 of a UTF-8 string under a UTF-8 key. */
  hmacSha256Hex(key: string, data: string): string | Promise<string>;
  /** HMAC-SHA256 under one key, made once: the key's work is done here, not on every message. */
  hmacSha256Keyed(key: string): (data: string) => string | Promise<string>;
  /** Base64 HMAC-SHA1 of a UTF-8 string under a UTF-8 key. */
  hmacSha1Base64(key: string, data: string): string | Promise<string>;
}
