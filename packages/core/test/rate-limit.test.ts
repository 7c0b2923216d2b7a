/** The client-wide limiter's pacing, on a settable clock (its use by the client is in rate-limit-client.test.ts). */
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../src/errors.js';
import { RateLimiter, resolveRateLimit } from '../src/rate-limit.js';

function limiter(qps: number, burst?: number) {
  let now = 0;
  const l = new RateLimiter(
    resolveRateLimit({ qps, ...(burst ? { burst } : {}) }) ?? { qps, burst: 1 },
    () => now,
  );
  return { l, advance: (ms: number) => (now += ms), at: () => now };
}

describe('rate limiter', () => {
  it('lets a burst through, then spaces calls at 1/qps', () => {
    const { l } = limiter(10, 3);
    expect([l.reserve(), l.reserve(), l.reserve()]).toEqual([0, 0, 0]);
    expect(l.reserve()).toBeCloseTo(100);
    expect(l.reserve()).toBeCloseTo(200);
  });

  it('refills after a quiet spell, never beyond the burst', () => {
    const { l, advance } = limiter(10, 2);
    l.reserve();
    l.reserve();
    advance(10_000);
    expect([l.reserve(), l.reserve()]).toEqual([0, 0]);
    expect(l.reserve()).toBeCloseTo(100);
  });

  it('on a throttling answer: nobody before the retry-after, no burst after it, the rate halves once per second', () => {
    const { l, advance } = limiter(20, 20);
    l.throttled(500);
    expect(l.currentQps).toBe(10);
    l.throttled(500);
    expect(l.currentQps).toBe(10);
    expect(l.reserve()).toBeCloseTo(500);
    expect(l.reserve()).toBeCloseTo(600);
    advance(1_000);
    l.throttled(null);
    expect(l.currentQps).toBe(5);
  });

  it('grows back by a tenth of qps per second, up to qps, and never below 5 %', () => {
    const { l, advance } = limiter(20);
    for (let i = 0; i < 10; i++) {
      l.throttled(0);
      advance(1_000);
    }
    // 3 s since the last refusal (the loop's last second, then two more): 1 + 3 × 2.
    expect(l.currentQps).toBe(1);
    advance(2_000);
    l.reserve();
    expect(l.currentQps).toBeCloseTo(7);
    advance(60_000);
    l.reserve();
    expect(l.currentQps).toBe(20);
  });

  it('refuses a bad option before any request, naming it', () => {
    expect(resolveRateLimit(undefined)).toBeNull();
    expect(resolveRateLimit({ qps: 2.5 })).toEqual({ qps: 2.5, burst: 3 });
    expect(() => resolveRateLimit({ qps: 0 })).toThrow(InvalidArgumentError);
    expect(() => resolveRateLimit({ qps: 0 })).toThrow(/rateLimit\.qps/);
    expect(() => resolveRateLimit({ qps: 5, burst: 0.5 })).toThrow(/rateLimit\.burst/);
    // biome-ignore lint/suspicious/noExplicitAny: a caller without types
    expect(() => resolveRateLimit('fast' as any)).toThrow(/rateLimit/);
  });
});
