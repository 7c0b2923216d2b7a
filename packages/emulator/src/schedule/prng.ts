/** Small deterministic randomness: the same text always gives the same sequence, on every platform. */

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over the UTF-16 code units of a text: a 32-bit seed for createPrng. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A PRNG seeded by the parts given (joined with a separator no name contains). */
export function prngFor(...parts: (string | number)[]): () => number {
  return createPrng(hashText(parts.join('\u0000')));
}
