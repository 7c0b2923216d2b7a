/** Shared test helpers: a real emulator and a real dashboard server on port 0, and headless Debian chromium. */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '@fntasks/emulator';
import { type BrowserContext, chromium } from 'playwright-core';
import { type DashboardServer, type DashboardServerOptions, startDashboardServer } from '../server/app.js';
import type { ServerCredentials } from '../server/upstream.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const STATIC_DIR = new URL('../dist/client', import.meta.url).pathname;
export const OUTPUT_DIR = new URL('../test-output', import.meta.url).pathname;

/** The flags every headless run uses (docs/toolchain.md says why). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** One task as the emulator's control API takes it. */
export interface LoadTask {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  runId: string;
  generation: string;
  status: 'success' | 'failed' | 'running';
  progress: number;
  startTime: number;
  endTime: number;
  extendInfo: string | Record<string, unknown>;
  outcome?: 'success' | 'failed';
  durationMs?: number;
}

export const INSTANCE = {
  appGroupIdentity: 'test-app',
  functionName: 'ctr',
  instanceName: 'ctr_e2e',
} as const;

/** `count` finished tasks, newest last in generation order, one hour apart ending an hour ago. */
export function makeTasks(
  count: number,
  instance: Pick<LoadTask, 'appGroupIdentity' | 'functionName' | 'instanceName'> = INSTANCE,
  now = Date.now(),
): LoadTask[] {
  const tasks: LoadTask[] = [];
  for (let g = 1; g <= count; g++) {
    const startTime = now - (count - g + 1) * 3_600_000;
    const failed = g % 7 === 0;
    tasks.push({
      ...instance,
      runId: `trigger__${new Date(startTime).toISOString().slice(0, 19)}`,
      generation: String(g),
      status: failed ? 'failed' : 'success',
      progress: failed ? 40 : 100,
      startTime,
      endTime: startTime + 25 * 60_000 + g * 1000,
      extendInfo: failed
        ? { errors: [`sample table is empty (gen ${g})`] }
        : { recall: 80 + (g % 15), auc: 0.7 + (g % 10) / 40, errors: [] },
    });
  }
  return tasks;
}

/** A running emulator + dashboard server pair, both on free loopback ports. */
export interface Stack {
  emulator: EmulatorHandle;
  server: DashboardServer;
  close(): Promise<void>;
}

export async function startStack(
  options: {
    server?: Partial<DashboardServerOptions>;
    credentials?: ServerCredentials;
    emulator?: Parameters<typeof startEmulator>[0];
  } = {},
): Promise<Stack> {
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1', ...options.emulator });
  const server = await startDashboardServer({
    staticDir: STATIC_DIR,
    port: 0,
    ...options.server,
    upstream: {
      endpoint: emulator.url,
      ...(options.credentials ? { credentials: options.credentials } : {}),
    },
  });
  return {
    emulator,
    server,
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}

/** Headless chromium with a fresh profile directory, removed on close. */
export async function launchBrowser(
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
) {
  const profile = mkdtempSync(join(tmpdir(), 'fntasks-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function outputDir(): Promise<string> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  return OUTPUT_DIR;
}

/** The view URL for an instance. */
export function viewUrl(
  base: string,
  i: Pick<LoadTask, 'appGroupIdentity' | 'functionName' | 'instanceName'>,
  extra = '',
): string {
  const q = new URLSearchParams({ app: i.appGroupIdentity, fn: i.functionName, inst: i.instanceName });
  return `${base}/?${q}${extra ? `&${extra}` : ''}`;
}

/** The emulator's HTTP control API (`/__fntasks/…`), as a developer would drive it; its JSON answer. */
export async function controlApi(
  emulatorUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await fetch(`${emulatorUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Raw HTTP, so tests can send any Host/Origin/method (fetch forbids setting Host). */
export function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; path?: string } = {},
) {
  const u = new URL(url);
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers ?? {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A plain node:http server on a free loopback port (a hostile upstream, a redirect target). */
export async function startHttpServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An instance with every kind of run: 40 finished (every 7th failed, without metrics) and one running. */
export function mixedTasks(
  instance: Pick<LoadTask, 'appGroupIdentity' | 'functionName' | 'instanceName'>,
  now = Date.now(),
): LoadTask[] {
  return [
    ...makeTasks(40, instance, now - 60_000),
    {
      ...instance,
      runId: `trigger__${new Date(now - 5 * 60_000).toISOString().slice(0, 19)}`,
      generation: '41',
      status: 'running',
      progress: 20,
      startTime: now - 5 * 60_000,
      endTime: 0,
      extendInfo: { errors: [] },
      outcome: 'success',
      durationMs: 25 * 60_000,
    },
  ];
}

/** A pass-through hop to `target` on a free loopback port that records every request (`METHOD /path?query`). */
export async function startCountingProxy(
  target: string,
): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const to = new URL(target);
  const seen: string[] = [];
  const server = await startHttpServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const hop = request(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: to.host },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(hop);
  });
  return { ...server, seen };
}
