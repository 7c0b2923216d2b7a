/**
 * What Node's engines (node:http, undici) can prove about a failed request: an error of the connect phase (the
 * `connect` or `getaddrinfo` syscall: refused, unreachable, unresolvable) means the socket never connected, so
 * no byte of the request was written. Anything later (a reset, a hang-up, a TLS failure) may come after bytes
 * left, and is not claimed unwritten. `fetch` exposes no such detail, so the fetch engine never claims it.
 */
import { NotWrittenFailure } from '../http/types.js';

const CONNECT_SYSCALLS = new Set(['connect', 'getaddrinfo']);

/** True for an error raised before the socket connected (also every error of an AggregateError of attempts). */
function beforeConnect(error: unknown): boolean {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.every(beforeConnect);
  const syscall = (error as { syscall?: unknown } | null)?.syscall;
  return typeof syscall === 'string' && CONNECT_SYSCALLS.has(syscall);
}

/** The error as an engine rejects with it: wrapped in NotWrittenFailure when it provably came before any write. */
export function classifyFailure(error: unknown): unknown {
  return beforeConnect(error) ? new NotWrittenFailure(error) : error;
}
