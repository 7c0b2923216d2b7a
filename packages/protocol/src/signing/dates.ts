/** The two date formats the signers send. */

/** `x-acs-date`: `YYYY-MM-DDTHH:mm:ssZ`, UTC, no milliseconds (the official `getTimestamp`). */
export function formatAcsDate(epochMillis: number): string {
  return new Date(epochMillis).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `date` for HMAC-SHA1: RFC 1123 in GMT, e.g. `Sat, 28 Nov 2026 20:52:33 GMT` (the official `toUTCString`). */
export function formatHttpDate(epochMillis: number): string {
  return new Date(epochMillis).toUTCString();
}
