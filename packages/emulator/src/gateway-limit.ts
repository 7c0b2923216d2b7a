/**
 * The API gateway's per-account call cap (`--qps N`): a token bucket per AccessKey id (per client address when
 * a request is unsigned), shared by every API operation, holding at most N tokens and refilled at N per second
 * of real time. A call that finds the bucket empty gets the gateway's `Throttling.User` with an
 * `x-acs-retry-after` of the milliseconds until a token is back. The real gateway's numbers are an account's
 * setting that no reference gives: N is the user's choice here, not a claim about the service.
 */
import type { IncomingMessage } from 'node:http';
import { parseAuthorization } from '@fntasks/protocol';

interface Bucket {
  tokens: number;
  at: number;
}

// Buckets of idle callers are dropped once this many exist (a full bucket holds nothing worth keeping).
const PRUNE_ABOVE = 10_000;

/** Per-caller token buckets; `qps` 0 means no cap. */
export class GatewayRateLimit {
  private buckets = new Map<string, Bucket>();
  private rate = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The cap in calls per second (and the burst); 0 for none. Changing it starts every bucket full. */
  get qps(): number {
    return this.rate;
  }

  set qps(value: number) {
    if (value !== this.rate) this.buckets.clear();
    this.rate = value;
  }

  /** Takes a token for `caller`: 0 when the call may pass, else the ms until one is back. */
  take(caller: string): number {
    if (this.rate <= 0) return 0;
    const now = this.now();
    let bucket = this.buckets.get(caller);
    if (!bucket) {
      if (this.buckets.size >= PRUNE_ABOVE) this.prune(now);
      bucket = { tokens: this.rate, at: now };
      this.buckets.set(caller, bucket);
    } else {
      bucket.tokens = Math.min(this.rate, bucket.tokens + ((now - bucket.at) * this.rate) / 1000);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 1000) / this.rate));
  }

  private prune(now: number): void {
    for (const [caller, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) * this.rate) / 1000 >= this.rate) this.buckets.delete(caller);
    }
  }
}

/** Whose bucket a request draws from: the AccessKey id it is signed with, else the client's address. */
export function callerOf(req: IncomingMessage): string {
  const authorization = req.headers.authorization;
  const parsed = typeof authorization === 'string' ? parseAuthorization(authorization) : null;
  return parsed ? `key:${parsed.accessKeyId}` : `addr:${req.socket.remoteAddress ?? 'unknown'}`;
}
