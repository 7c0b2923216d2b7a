/**
 * The default `x-acs-signature-nonce`: 32 random hex digits, fresh for every signed attempt. Random bytes are
 * drawn 4 KiB at a time from the platform's CSPRNG (`crypto.getRandomValues`) and turned into hex through a table:
 * a nonce per request then costs a few string joins, not a `randomUUID()` and a regular expression.
 */
const POOL_SIZE = 4096;
const NONCE_BYTES = 16;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
let pool = new Uint8Array(0);
let offset = POOL_SIZE;

/** 32 random hex digits. */
export function randomNonce(): string {
  if (offset + NONCE_BYTES > pool.length) {
    // A fresh buffer each time: a nonce already handed out never shares bytes with a later one.
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    offset = 0;
  }
  let out = '';
  for (let end = offset + NONCE_BYTES; offset < end; offset++) out += HEX[pool[offset] as number];
  return out;
}
