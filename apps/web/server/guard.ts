/**
 * What keeps the dashboard server from being an open proxy or a DNS-rebinding target: GET only, and the
 * `Host` (and `Origin`, when sent) must name this server as the browser reached it.
 */
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

/**
 * The content security policy for a request that reached this server as `host`. Scripts may load only
 * from the built assets: `'self'` would also allow any same-origin URL (a forwarded API answer among them),
 * and CSP has no relative path source, so the asset directory is named as host and path for each request
 * (the Host varies: 127.0.0.1, localhost, a proxy name; the guard has checked it before this is used).
 */
export function contentSecurityPolicy(host: string | null): string {
  const scripts = host === null ? "'none'" : `http://${host}/assets/`;
  return `default-src 'none'; script-src ${scripts}; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
}

/** Headers on every answer besides the CSP: no framing, no sniffing, no referrer, no cross-origin reads. */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/** The `Host` values this server answers to: loopback names on its port, plus any configured extra hosts. */
export function allowedHosts(bindHost: string, port: number, extra: readonly string[] = []): Set<string> {
  const hosts = new Set<string>(extra.map((h) => h.toLowerCase()));
  const names = new Set([bindHost, 'localhost', '127.0.0.1', '[::1]']);
  if (bindHost === '::1') names.add('[::1]');
  for (const name of names)
    if (!name.includes(':') || name.startsWith('[')) hosts.add(`${name}:${port}`.toLowerCase());
  return hosts;
}

/**
 * The guard middleware; `hosts` is read on each request because the port is known only after listening.
 * `writable(method, path)` names the only non-GET requests let through (Train now, with `--allow-train`);
 * those must also carry this server's `Origin` and a JSON content type.
 */
export function guard(
  hosts: () => Set<string>,
  writable: (method: string, path: string) => boolean = () => false,
): MiddlewareHandler {
  return async (c, next) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    const allowed = hosts();
    const host = (c.req.header('host') ?? '').toLowerCase();
    c.header('content-security-policy', contentSecurityPolicy(allowed.has(host) ? host : null));
    if (!allowed.has(host)) {
      return c.json(
        errorBody(403, 'Dashboard.ForeignHost', `This server does not answer to Host "${host}".`),
        403,
      );
    }
    const origin = c.req.header('origin');
    if (
      origin !== undefined &&
      !(origin.toLowerCase().startsWith('http://') && allowed.has(origin.slice(7).toLowerCase()))
    ) {
      return c.json(
        errorBody(403, 'Dashboard.ForeignOrigin', `Requests from origin "${origin}" are refused.`),
        403,
      );
    }
    if (c.req.header('sec-fetch-site') === 'cross-site') {
      return c.json(errorBody(403, 'Dashboard.CrossSite', 'Cross-site requests are refused.'), 403);
    }
    if (c.req.method !== 'GET' && writable(c.req.method, c.req.path)) {
      // A write must say where it came from (a form or fetch of this page always does) and be JSON, which a
      // cross-origin form cannot send without a preflight.
      if (origin === undefined || c.req.header('sec-fetch-site') === 'same-site') {
        return c.json(
          errorBody(403, 'Dashboard.ForeignOrigin', 'A write must come from this dashboard’s own page.'),
          403,
        );
      }
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
        return c.json(
          errorBody(415, 'Dashboard.UnsupportedMediaType', 'A write must be sent as application/json.'),
          415,
        );
      }
      await next();
      return;
    }
    if (c.req.method !== 'GET') {
      c.header('allow', 'GET');
      return c.json(
        errorBody(405, 'Dashboard.MethodNotAllowed', `Only GET is served; got ${c.req.method}.`),
        405,
      );
    }
    await next();
  };
}
