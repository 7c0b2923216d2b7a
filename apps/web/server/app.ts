/**
 * The dashboard server: the built SPA, `GET /api/session`, and the API's reads (every GET operation of the
 * spec's operation table) forwarded, signed here, to the upstream — plus CreateFunctionTask with `allowTrain`.
 * Everything else is refused. See guard.ts for the open-proxy and DNS-rebinding rules.
 */
import type { AddressInfo } from 'node:net';
import { matchFunctionOperation, OPERATION_ID } from '@fntasks/protocol';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { type ForwardedCall, forwardedCall } from './api-params.js';
import { JSON_TYPE } from './browser-answer.js';
import { createCsrfTokens } from './csrf.js';
import { errorBody } from './errors.js';
import { allowedHosts, guard } from './guard.js';
import { createReadCache, readKey } from './read-cache.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';
import { createUpstream, type Upstream, type UpstreamOptions } from './upstream.js';

/** An instance configured on the server (`--instance`): its app group is discovered, and it is offered by name. */
export interface InstanceRef {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}

/** Options of the dashboard server. */
export interface DashboardServerOptions {
  /** The upstream to forward to and how to sign (see createUpstream), or its options. */
  upstream: Upstream | UpstreamOptions;
  /** Instances configured on the server, offered first in the picker. */
  instances?: readonly InstanceRef[];
  /** The Vite build to serve (default: `dist/client` next to this file's `dist/server`). */
  staticDir?: string;
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
  /** Port (default 8791; 0 for a free one). */
  port?: number;
  /** Extra `Host` values to accept (e.g. `dash.example.internal:8791` behind a reverse proxy). */
  allowedHosts?: readonly string[];
  /** App groups whose instances the page discovers (ListFunctionInstances per documented function). */
  appGroups?: readonly string[];
  /**
   * Allow Train now: the one write route (`POST …/instances/{i}/tasks`, CreateFunctionTask), with a
   * per-session CSRF token and the Host and Origin checks. Off by default: then the route does not exist.
   */
  allowTrain?: boolean;
  /**
   * How long (ms) an identical upstream read is shared between browsers and tabs (default 3000, the default
   * refresh interval; 0 shares only reads in flight). See read-cache.ts.
   */
  readCacheWindowMs?: number;
}

/** A running dashboard server. */
export interface DashboardServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The upstream's base URL. */
  readonly upstreamUrl: string;
  /** Where the signing credentials came from (`null` when unsigned or passed in). */
  readonly credentialSource: string | null;
  readonly port: number;
  close(): Promise<void>;
}

/** Builds the Hono app; `hosts` returns the accepted Host values (known once the port is). */
export function createDashboardApp(
  options: DashboardServerOptions & { upstream: Upstream },
  hosts: () => Set<string>,
): Hono {
  const staticDir = options.staticDir ?? new URL('../client', import.meta.url).pathname;
  let files: Map<string, StaticFile>;
  try {
    files = loadStaticFiles(staticDir);
  } catch {
    files = new Map();
  }
  const upstream = options.upstream;
  const csrf = createCsrfTokens();
  const reads = createReadCache(
    options.readCacheWindowMs !== undefined ? { windowMs: options.readCacheWindowMs } : {},
  );
  const allowTrain = options.allowTrain === true;
  const app = new Hono();
  app.use(
    '*',
    guard(
      hosts,
      (method, path) =>
        allowTrain && matchFunctionOperation(method, path)?.operationId === OPERATION_ID.CreateFunctionTask,
    ),
  );

  // The API: the GET allow-list of reads, and Train now's one POST (its CSRF token checked here, its Host,
  // Origin and content type by the guard). Everything else under /v4 falls through to 404.
  app.on(['GET', 'POST'], '/v4/openapi/*', async (c, next) => {
    let call: ForwardedCall | null;
    try {
      call = forwardedCall(c.req.method, c.req.path, new URL(c.req.url).searchParams, allowTrain);
    } catch {
      return c.json(errorBody(400, 'InvalidParameter', 'A path segment is not valid percent-encoding.'), 400);
    }
    if (!call) return next();
    if (call.operationId === OPERATION_ID.CreateFunctionTask && !csrf.verify(c)) {
      return c.json(
        errorBody(
          403,
          'Dashboard.BadCsrfToken',
          'Reload the dashboard: this request lacks its session token.',
        ),
        403,
      );
    }
    const forwarded = call;
    const send = () => upstream.forward(forwarded.operationId, forwarded.params);
    // Reads are shared between tabs within the cache window; a write forgets them, so the next reads see it.
    const result =
      forwarded.operationId === OPERATION_ID.CreateFunctionTask
        ? await send().finally(() => reads.clear())
        : await reads.read(readKey(forwarded.operationId, forwarded.params), send);
    return c.body(result.body, result.status as 200, {
      'content-type': JSON_TYPE,
      'cache-control': 'no-store',
    });
  });

  app.get('/api/session', (c) => {
    const configured = options.instances ?? [];
    // None configured: the page discovers the account's app groups through ListAppGroups.
    const appGroups = [
      ...new Set([...(options.appGroups ?? []), ...configured.map((i) => i.appGroupIdentity)]),
    ];
    return c.json(
      { appGroups, instances: configured, allowTrain, csrfToken: allowTrain ? csrf.issue(c) : null },
      200,
      { 'cache-control': 'no-store' },
    );
  });

  app.get('*', (c) => {
    const file = files.get(c.req.path);
    if (!file)
      return c.json(errorBody(404, 'Dashboard.NotFound', `Nothing is served at ${c.req.path}.`), 404);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.type,
      'cache-control': file.cacheControl,
    });
  });
  return app;
}

/** Starts the server and resolves once it listens. */
export async function startDashboardServer(options: DashboardServerOptions): Promise<DashboardServer> {
  const host = options.host ?? '127.0.0.1';
  let accepted = new Set<string>();
  const upstream = 'forward' in options.upstream ? options.upstream : await createUpstream(options.upstream);
  const app = createDashboardApp({ ...options, upstream }, () => accepted);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8791 });
    server.once('error', reject);
    server.once('listening', () => {
      const port = (server.address() as AddressInfo).port;
      accepted = allowedHosts(host, port, options.allowedHosts);
      const shown =
        host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        upstreamUrl: upstream.endpoint,
        credentialSource: upstream.credentialSource,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
  });
}
