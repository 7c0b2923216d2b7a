/**
 * Fault injection for every API operation: latency, the gateway's per-caller QPS cap, error rates, and a scripted
 * queue of next faults.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WireCasing } from '@fntasks/protocol';
import { sendError } from './envelope.js';
import { GatewayRateLimit } from './gateway-limit.js';

/** The faults the emulator can inject. */
export const FAULT_KINDS = ['internal-error', 'throttle', 'html-502', 'truncated', 'drop'] as const;

/** One kind of fault. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Fault settings as `PUT /__fntasks/faults` and `setFaults` take them; omitted fields take their defaults. */
export interface FaultSettings {
  /** Delay before every answer, in ms (default 0). */
  latencyMs?: number;
  /** The gateway's cap: calls per second per AccessKey id (per client address unsigned), burst the same; 0 for none. */
  qps?: number;
  /** Share (0–1) of requests answered 500 InternalError. */
  internalErrorRate?: number;
  /** Share (0–1) of requests answered 400 Throttling.User with x-acs-retry-after. */
  throttleRate?: number;
  /** Share (0–1) of requests answered by a non-JSON 502 page. */
  html502Rate?: number;
  /** Share (0–1) of requests whose body is cut short. */
  truncatedRate?: number;
  /** Share (0–1) of requests whose connection is dropped without an answer. */
  dropRate?: number;
  /** The x-acs-retry-after of throttled answers, in ms (default 1000). */
  retryAfterMs?: number;
  /** Faults for the next requests, in order, before any rate applies: e.g. [{kind:'throttle', count:2}]. */
  next?: { kind: FaultKind; count: number }[];
}

/** The settings in effect, every field present. */
export type FaultState = Required<FaultSettings>;

const RATE_KEYS = ['internalErrorRate', 'throttleRate', 'html502Rate', 'truncatedRate', 'dropRate'] as const;
const RATE_KIND: Record<(typeof RATE_KEYS)[number], FaultKind> = {
  dropRate: 'drop',
  html502Rate: 'html-502',
  truncatedRate: 'truncated',
  internalErrorRate: 'internal-error',
  throttleRate: 'throttle',
};

function defaults(): FaultState {
  return {
    latencyMs: 0,
    qps: 0,
    internalErrorRate: 0,
    throttleRate: 0,
    html502Rate: 0,
    truncatedRate: 0,
    dropRate: 0,
    retryAfterMs: 1000,
    next: [],
  };
}

/** Validates a fault settings body; throws an Error whose message names the bad field. */
export function parseFaultSettings(body: unknown): FaultSettings {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error('expected a JSON object');
  const input = body as Record<string, unknown>;
  const known = new Set<string>([...Object.keys(defaults())]);
  for (const key of Object.keys(input)) {
    if (!known.has(key)) throw new Error(`unknown field "${key}" (allowed: ${[...known].join(', ')})`);
  }
  const out: FaultSettings = {};
  for (const key of ['latencyMs', 'retryAfterMs'] as const) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
      throw new Error(`${key} must be a non-negative integer of ms, got ${JSON.stringify(v)}`);
    out[key] = v;
  }
  if (input.qps !== undefined) {
    const v = input.qps;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > 1_000_000)
      throw new Error(`qps must be an integer from 0 (no cap) to 1000000, got ${JSON.stringify(v)}`);
    out.qps = v;
  }
  for (const key of RATE_KEYS) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v >= 0 && v <= 1))
      throw new Error(`${key} must be a number from 0 to 1, got ${JSON.stringify(v)}`);
    out[key] = v;
  }
  if (input.next !== undefined) {
    if (!Array.isArray(input.next)) throw new Error('next must be an array of {kind, count}');
    out.next = input.next.map((item: unknown, i) => {
      const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      if (!(FAULT_KINDS as readonly unknown[]).includes(entry.kind)) {
        throw new Error(
          `next[${i}].kind must be one of ${FAULT_KINDS.join(', ')}, got ${JSON.stringify(entry.kind)}`,
        );
      }
      const count = entry.count ?? 1;
      if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
        throw new Error(`next[${i}].count must be a positive integer, got ${JSON.stringify(count)}`);
      }
      return { kind: entry.kind as FaultKind, count };
    });
  }
  return out;
}

/** Holds the fault settings and decides, request by request, which fault (if any) applies. */
export class FaultInjector {
  private state: FaultState = defaults();
  /** The gateway's per-caller buckets, sized by `qps`. */
  readonly gateway = new GatewayRateLimit();

  constructor(private readonly random: () => number = Math.random) {}

  /** Replaces the settings (PUT semantics: omitted fields return to their defaults). */
  set(settings: FaultSettings): FaultState {
    this.state = { ...defaults(), ...settings, next: (settings.next ?? []).map((n) => ({ ...n })) };
    this.gateway.qps = this.state.qps;
    return this.current();
  }

  /** Removes every fault. */
  clear(): FaultState {
    return this.set({});
  }

  /** The settings in effect, with what is left of the `next` queue. */
  current(): FaultState {
    return { ...this.state, next: this.state.next.map((n) => ({ ...n })) };
  }

  /** The added latency in ms. */
  get latencyMs(): number {
    return this.state.latencyMs;
  }

  /** The fault for this request: the head of the `next` queue first, then the rates; null for none. */
  take(): FaultKind | null {
    const head = this.state.next[0];
    if (head) {
      head.count -= 1;
      if (head.count <= 0) this.state.next.shift();
      return head.kind;
    }
    for (const key of [
      'dropRate',
      'html502Rate',
      'truncatedRate',
      'internalErrorRate',
      'throttleRate',
    ] as const) {
      const rate = this.state[key];
      if (rate > 0 && this.random() < rate) return RATE_KIND[key];
    }
    return null;
  }

  /** Answers with a fault that replaces the whole response; false for `truncated`, which needs the real body. */
  answer(kind: FaultKind, req: IncomingMessage, res: ServerResponse, casing: WireCasing): boolean {
    switch (kind) {
      case 'drop':
        // No status line, no bytes: the client sees the connection reset.
        req.socket.destroy();
        return true;
      case 'html-502': {
        const page =
          '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n';
        res.writeHead(502, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(page) });
        res.end(page);
        return true;
      }
      case 'internal-error':
        sendError(res, casing, {
          httpCode: 500,
          code: 'InternalError',
          message: 'The request processing has failed due to some unknown error.',
        });
        return true;
      case 'throttle':
        sendThrottled(res, casing, this.state.retryAfterMs);
        return true;
      case 'truncated':
        return false;
    }
  }
}

/** The gateway's throttling answer, as the service's SDK reads it: 400 `Throttling.User` and when to retry. */
export function sendThrottled(res: ServerResponse, casing: WireCasing, retryAfterMs: number): void {
  sendError(
    res,
    casing,
    { httpCode: 400, code: 'Throttling.User', message: 'Request was denied due to user flow control.' },
    { 'x-acs-retry-after': String(retryAfterMs) },
  );
}

/** Sends the first half of a body while announcing its full length, then ends the socket. */
export function sendTruncated(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': bytes.length,
    'x-acs-request-id': requestId,
  });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
  // end() flushes what was written, then closes: the client gets fewer bytes than Content-Length promised.
  res.socket?.end();
}
