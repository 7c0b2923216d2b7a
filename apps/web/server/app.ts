/**
 * The dashboard server: the built SPA, `GET /api/instances`, and ListFunctionTasks forwarded (signed here)
 * to the upstream. Everything else is refused. See guard.ts for the open-proxy and DNS-rebinding rules.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { JSON_TYPE } from './browser-answer.js';
import { errorBody } from './errors.js';
import { allowedHosts, guard } from './guard.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';
import { createUpstream, paramsFromQuery, type Upstream, type UpstreamOptions } from './upstream.js';

/** An instance offered in the picker. */
export interface InstanceRef {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
}

/** Options of the dashboard server. */
export interface DashboardServerOptions {
  /** The upstream to forward to and how to sign (see createUpstream), or its options. */
  upstream: Upstream | UpstreamOptions;
  /** True when the upstream is the fntasks emulator: its instances are listed from `/__fntasks/instances`. */
  upstreamIsEmulator?: boolean;
  /** Instances configured on the server, offered first in the picker. */
  instances?: readonly InstanceRef[];
  /** The Vite build to serve (default: `dist/client` next to this file's `dist/server`). */
  staticDir?: string;
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
  /** Port (default 8791; 0 for a free one). */
  port?: number;
  /** The fetch for the emulator's control API (tests); defaults to the global fetch. */
  emulatorFetch?: typeof fetch;
  /** Extra `Host` values to accept (e.g. `dash.example.internal:8791` behind a reverse proxy). */
  allowedHosts?: readonly string[];
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

/** The API path the server forwards; nothing else reaches the upstream. */
const TASKS_ROUTE =
  '/v4/openapi/app-groups/:appGroupIdentity/functions/:functionName/instances/:instanceName/tasks';

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
  const app = new Hono();
  app.use('*', guard(hosts));

  app.get(TASKS_ROUTE, async (c) => {
    const names = {
      appGroupIdentity: c.req.param('appGroupIdentity'),
      functionName: c.req.param('functionName'),
      instanceName: c.req.param('instanceName'),
    };
    const result = await upstream.forward(paramsFromQuery(names, new URL(c.req.url).searchParams));
    return c.body(result.body, result.status as 200, {
      'content-type': JSON_TYPE,
      'cache-control': 'no-store',
    });
  });

  app.get('/api/instances', async (c) => {
    const configured = (options.instances ?? []).map((i) => ({ ...i, source: 'configured' as const }));
    let emulator: unknown[] = [];
    let note: string | undefined;
    if (options.upstreamIsEmulator) {
      try {
        const res = await (options.emulatorFetch ?? fetch)(`${upstream.endpoint}/__fntasks/instances`, {
          signal: AbortSignal.timeout(3000),
        });
        const body = (await res.json()) as { instances?: Record<string, unknown>[] };
        emulator = (body.instances ?? []).map((i) => ({
          appGroupIdentity: String(i.appGroupIdentity),
          functionName: String(i.functionName),
          instanceName: String(i.instanceName),
          taskCount: Number(i.taskCount),
          runningCount: Number(i.runningCount),
          source: 'emulator' as const,
        }));
      } catch {
        note = 'The emulator did not list its instances.';
      }
    }
    return c.json({ instances: [...configured, ...emulator], ...(note ? { note } : {}) }, 200, {
      'cache-control': 'no-store',
    });
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
