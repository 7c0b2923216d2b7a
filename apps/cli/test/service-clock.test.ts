/** The service's clock from the answers' Date header, extrapolated by the local clock between answers. */
import { describe, expect, it } from 'vitest';
import { createServiceClock } from '../src/service-clock.js';

const answer = (serverTime: number | null) =>
  ({ type: 'response', attempt: 1, status: 200, requestId: '', latencyMs: 1, serverTime }) as const;

describe('service clock', () => {
  it('is the local clock until an answer tells the time, then the answer time (mid-second) plus local time since', () => {
    let local = 1_000_000;
    const clock = createServiceClock(() => local);
    expect(clock.now()).toBe(1_000_000);
    clock.observe(answer(9_000_000));
    expect(clock.now()).toBe(9_000_500);
    local += 2_000;
    expect(clock.now()).toBe(9_002_500);
    // an answer without a Date, and other events, change nothing; a newer answer resets it
    clock.observe(answer(null));
    clock.observe({ type: 'request', attempt: 1, method: 'GET', url: 'http://127.0.0.1/' });
    expect(clock.now()).toBe(9_002_500);
    clock.observe(answer(5_000_000));
    expect(clock.now()).toBe(5_000_500);
  });
});
