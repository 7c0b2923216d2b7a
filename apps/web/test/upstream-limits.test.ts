/**
 * The dashboard server toward its upstream: `qps` puts core's client-wide rate limit on every forwarded call, and a
 * write whose outcome is unknown (the upstream dropped the connection after the request) is answered as "a run may
 * have started", which the page shows as such. Real servers on loopback, real chromium.
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboardServer } from '../server/app.js';
import { INSTANCE, launchBrowser, mixedTasks, raw, STATIC_DIR, viewUrl } from './helpers.js';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
/** Arrival times of the upstream calls, and the proxy in front of the emulator that records them. */
const arrivals: number[] = [];
/** How many writes reached the upstream. */
let posts = 0;
let proxy: { url: string; close(): Promise<void> };

/** Forwards GETs to the emulator; a POST is read, then its connection dropped (no answer: unknown outcome). */
function handle(req: IncomingMessage, res: ServerResponse) {
  arrivals.push(Date.now());
  if (req.method === 'POST') {
    posts++;
    req.resume();
    req.on('end', () => req.socket.destroy());
    return;
  }
  const target = new URL(emulator.url);
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      // The emulator answers only to its own Host.
      headers: { ...req.headers, host: target.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  req.pipe(upstream);
}

beforeAll(async () => {
  [emulator, browser] = await Promise.all([startEmulator({ port: 0, host: '127.0.0.1' }), launchBrowser()]);
  await emulator.loadTasks(mixedTasks(INSTANCE).filter((t) => t.status !== 'running'));
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
});
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await emulator?.close();
});

const TASKS_PATH = `/v4/openapi/app-groups/${INSTANCE.appGroupIdentity}/functions/${INSTANCE.functionName}/instances/${INSTANCE.instanceName}/tasks`;

describe('the upstream of the dashboard server', () => {
  it('with qps 2, six different reads reach the upstream two a second after a burst', async () => {
    const server = await startDashboardServer({
      upstream: { endpoint: proxy.url, qps: 2 },
      port: 0,
      staticDir: STATIC_DIR,
    });
    try {
      arrivals.length = 0;
      const answers = await Promise.all(
        [1, 2, 3, 4, 5, 6].map((n) => raw(server.url, { path: `${TASKS_PATH}?pageNumber=${n}&pageSize=1` })),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(arrivals).toHaveLength(6);
      // The burst, then one every 500 ms: the sixth about 2 s after the first (unlimited, all six arrive at once).
      const first = arrivals[0] as number;
      expect((arrivals[5] as number) - first).toBeGreaterThanOrEqual(1_500);
      expect(arrivals.filter((t) => t - first < 400).length).toBeLessThanOrEqual(3);
    } finally {
      await server.close();
    }
  }, 20_000);

  it('a Train now whose answer never came says a run may have started and how to check, not "not started"', async () => {
    const server = await startDashboardServer({
      upstream: { endpoint: proxy.url },
      port: 0,
      staticDir: STATIC_DIR,
      allowTrain: true,
    });
    const page = await browser.context.newPage();
    try {
      posts = 0;
      await page.goto(viewUrl(server.url, INSTANCE));
      await page.waitForSelector('html[data-state="ready"]');
      const forwarded = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.click('[data-testid=train-now]');
      await page.click('[data-testid=train-confirm] button.primary');
      const answer = await forwarded;
      expect(answer.status()).toBe(502);
      const body = (await answer.json()) as { code: string; message: string };
      expect(body.code).toBe('Dashboard.WriteOutcomeUnknown');
      expect(body.message).toMatch(
        /a run may have started\. It was not sent again\. Check the instance's runs/,
      );
      const alert = await page.waitForSelector('[data-testid=train-error]');
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('The run may have started');
      expect(text).not.toContain('Not started');
      expect(text).not.toContain('failed to forward');
      // Sent once: neither the server nor the page's core sent the write again.
      expect(posts).toBe(1);
    } finally {
      await page.close();
      await server.close();
    }
  }, 30_000);
});
