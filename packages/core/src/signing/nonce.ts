/** The default `x-acs-signature-nonce`: 32 random hex digits (a random UUID's), fresh for every signed attempt. */
export function randomNonce(): string {
  const source = globalThis.crypto;
  // randomUUID is the fastest source in Node; browsers offer it on secure pages only.
  if (typeof source.randomUUID === 'function') return source.randomUUID().replace(/-/g, '');
  const bytes = new Uint8Array(16);
  source.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}
