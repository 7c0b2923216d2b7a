/**
 * What keeps a page in a browser from using the emulator: the dashboard's rules, applied to every route.
 * `Host` must name the address the emulator is bound to (a DNS-rebinding page sends its own name), a sent
 * `Origin` must be that address too (a cross-site page sends its own), and a browser's own cross-site marker
 * is refused. Plain `curl`, the CLI, core and the official SDK send a matching `Host` and no `Origin`.
 */
import type { IncomingMessage } from 'node:http';

/** Why a request was refused: HTTP 403 with this code and message. */
export interface GuardRefusal {
  code: 'Emulator.ForeignHost' | 'Emulator.ForeignOrigin' | 'Emulator.CrossSite';
  message: string;
}

// Addresses that mean "every interface": a browser can reach them (0.0.0.0 is a local address to it), but a
// Host naming them never comes from a user who meant this emulator.
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** `host` as it appears in a Host header: IPv6 literals in brackets, lower case. */
function hostName(host: string): string {
  const lower = host.toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

/**
 * The `Host` values the emulator answers to: the loopback names and the bound address on its port, plus each
 * `--allowed-host` (`name:port` as given, or a bare `name` on the bound port).
 */
export function allowedHosts(bindHost: string, port: number, extra: readonly string[] = []): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]', hostName(bindHost)]);
  const hosts = new Set<string>();
  for (const name of names) {
    if (WILDCARDS.has(name)) continue;
    hosts.add(`${name}:${port}`);
    // A client leaves out the default port.
    if (port === 80) hosts.add(name);
  }
  for (const entry of extra) {
    const value = entry.trim().toLowerCase();
    hosts.add(/:\d+$/.test(value) ? value : `${hostName(value)}:${port}`);
  }
  return hosts;
}

/** Checks `--allowed-host` values: a host name or address, optionally with `:port`; throws naming the value. */
export function checkAllowedHost(value: string): string {
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(value.trim())) {
    throw new Error(
      `--allowed-host must be a host name or address, optionally with :port (e.g. emulator:8790), got ${JSON.stringify(value)}`,
    );
  }
  return value.trim();
}

/** Null when the request may go on, else why it is refused. */
export function checkBrowserRules(req: IncomingMessage, hosts: ReadonlySet<string>): GuardRefusal | null {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) {
    return {
      code: 'Emulator.ForeignHost',
      message: `This emulator does not answer to Host ${JSON.stringify(host)}; it answers to ${[...hosts].join(', ')}. Behind a proxy or in a container, start it with --allowed-host NAME:PORT.`,
    };
  }
  const origin = req.headers.origin;
  // "null" (a sandboxed frame, a file: page) is as foreign as any other site.
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice(7).toLowerCase()))) {
    return {
      code: 'Emulator.ForeignOrigin',
      message: `Requests from origin ${JSON.stringify(origin)} are refused.`,
    };
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return { code: 'Emulator.CrossSite', message: 'Cross-site requests are refused.' };
  }
  return null;
}

/** True when a Content-Type names JSON (`application/json`, parameters such as charset allowed). */
export function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && value.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
