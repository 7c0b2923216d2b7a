/**
 * `--debug`: one stderr line per request, response, retry and failure, from core's `onEvent`; nothing secret
 * (core's `redactSecrets` on every line, on top of core's own redaction of events) and nothing a terminal acts
 * on (error messages quote the wire: each line is made inert).
 */
import { type FunctionTasksEvent, redactSecrets } from '@fntasks/core';
import { inert } from '@fntasks/output';
import type { OutStream } from './io.js';

const SECRET_QUERY = /(signature|token|secret|accesskey|password)/i;

/** Removes user info and secret-looking query values from a URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = 'redacted';
      parsed.password = '';
    }
    for (const key of [...parsed.searchParams.keys()]) {
      if (SECRET_QUERY.test(key)) parsed.searchParams.set(key, 'redacted');
    }
    return parsed.href;
  } catch {
    return '(unparsable URL)';
  }
}

/** Shows an AccessKey id as its first 4 characters; the rest could identify the account. */
export function maskKeyId(id: string): string {
  return id.length <= 4 ? '****' : `${id.slice(0, 4)}****`;
}

/** Returns the `onEvent` handler that prints events to `stream`. */
export function debugPrinter(
  stream: OutStream,
  now: () => number = Date.now,
): (event: FunctionTasksEvent) => void {
  const stamp = () => new Date(now()).toISOString().slice(11, 23);
  return (event) => {
    let line: string;
    switch (event.type) {
      case 'request':
        line = `→ ${event.method} ${redactUrl(event.url)}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}`;
        break;
      case 'response':
        line = `← HTTP ${event.status} requestId=${event.requestId || 'none'} latency=${Math.round(event.latencyMs)}ms`;
        break;
      case 'retry':
        line = `↻ attempt ${event.attempt} failed (${event.error.code ?? event.error.name}: ${event.error.message}); retrying in ${Math.round(event.delayMs)}ms`;
        break;
      case 'error':
        line = `✖ failed after ${event.attempts} attempt(s): ${event.error.code ?? event.error.name}: ${event.error.message}`;
        break;
      default:
        line = JSON.stringify(event);
    }
    stream.write(`[debug ${stamp()}] ${inert(redactSecrets(line))}\n`);
  };
}

/** Prints a debug line of the CLI's own (connection choice, credentials source). */
export function debugLine(stream: OutStream, text: string, now: () => number = Date.now): void {
  stream.write(`[debug ${new Date(now()).toISOString().slice(11, 23)}] ${inert(text)}\n`);
}
