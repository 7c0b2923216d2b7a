/**
 * A hostile or misconfigured upstream behind the dashboard server (issue 12, classes 3, 6 and 9): it
 * redirects, answers HTML or JavaScript, or echoes credentials and URLs in its errors. Real servers on
 * loopback, real chromium; nothing is mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardServer } from '../server/app.js';
import { startDashboardServer } from '../server/app.js';
import { launchBrowser, raw, STATIC_DIR, startHttpServer } from './helpers.js';

const KEY = {
  accessKeyId: 'LTAI5tHostileTestKeyId',
  accessKeySecret: 'hostile-FAKE-secret-77',
  securityToken: 'CAIS-hostile-FAKE-sts-token-91',
};
const tasksPath = (instance: string) =>
  `/v4/openapi/app-groups/app/functions/ctr/instances/${instance}/tasks`;

/** Requests that reached the redirect target, with their headers. */
const stolen: Record<string, string | string[] | undefined>[] = [];
let target: Awaited<ReturnType<typeof startHttpServer>>;
let upstream: Awaited<ReturnType<typeof startHttpServer>>;
let dashboard: DashboardServer;

beforeAll(async () => {
  target = await startHttpServer((req, res) => {
    stolen.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"requestId":"stolen","totalCount":0,"result":[]}');
  });
  upstream = await startHttpServer((req, res) => {
    const instance = /instances\/([^/]+)\/tasks/.exec(req.url ?? '')?.[1] ?? '';
    const echo = `${req.headers['x-acs-accesskey-id'] ?? ''} ${req.headers['x-acs-security-token'] ?? ''} ${req.headers.authorization ?? ''}`;
    const answers: Record<string, () => void> = {
      redirect302: () => res.writeHead(302, { location: `${target.url}/steal?x=1` }).end(),
      redirect307: () => res.writeHead(307, { location: `${target.url}/steal` }).end(),
      html: () =>
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`<script src="${tasksPath('js')}"></script><script>window.__pwned = 'inline'</script>`),
      js: () => res.writeHead(200, { 'content-type': 'text/javascript' }).end("window.__pwned = 'script';"),
      notFound: () =>
        res.writeHead(404, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            requestId: 'r1',
            code: 'InvalidAccessKeyId.NotFound',
            message: `Specified access key is not found: ${KEY.accessKeyId}. See https://user:pw@help.example/doc?sig=abc&token=${KEY.securityToken}`,
          }),
        ),
      signature: () =>
        res.writeHead(400, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            requestId: 'r2',
            code: 'SignatureDoesNotMatch',
            message: `Server string to sign is: ${JSON.stringify(echo)}`,
          }),
        ),
    };
    (answers[instance] ?? answers.html)?.();
  });
  dashboard = await startDashboardServer({
    upstream: { endpoint: upstream.url, credentials: KEY },
    port: 0,
    staticDir: STATIC_DIR,
  });
});
afterAll(async () => {
  await dashboard?.close();
  await upstream?.close();
  await target?.close();
});

describe('redirects are answered, never followed (class 3)', () => {
  for (const name of ['redirect302', 'redirect307']) {
    it(`${name}: an error naming the status; nothing reaches the Location host`, async () => {
      const res = await raw(dashboard.url, { path: tasksPath(name) });
      expect(res.status).toBe(502);
      const body = JSON.parse(res.body);
      expect(body.code).toBe('Dashboard.UpstreamRedirect');
      expect(body.message).toContain(`HTTP ${name.slice(-3)}`);
      expect(body.message).toContain(target.url);
      expect(body.message).not.toContain('steal');
      expect(stolen).toEqual([]);
    });
  }
});

describe('forwarded answers are JSON only (class 6)', () => {
  it('a non-JSON upstream body becomes a JSON error envelope, served as JSON with nosniff', async () => {
    for (const name of ['html', 'js']) {
      const res = await raw(dashboard.url, { path: tasksPath(name) });
      expect(res.status).toBe(502);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(JSON.parse(res.body)).toMatchObject({ code: 'Dashboard.UpstreamNotJson', httpCode: 502 });
      expect(res.body).not.toContain('__pwned');
    }
    const error = await raw(dashboard.url, { path: tasksPath('notFound') });
    expect(error.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('the CSP allows scripts only from the built assets, named for the Host the page was reached by', async () => {
    const port = new URL(dashboard.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const res = await raw(dashboard.url, { path: '/', headers: { host } });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain(`script-src http://${host}/assets/;`);
      expect(csp).not.toMatch(/script-src[^;]*'self'/);
    }
    const foreign = await raw(dashboard.url, { path: '/', headers: { host: 'evil.example' } });
    expect(String(foreign.headers['content-security-policy'])).toContain("script-src 'none'");
  });

  it('in chromium, a hostile upstream cannot run script on the dashboard origin', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const violations: string[] = [];
      await page.exposeFunction('__violation', (uri: string) => violations.push(uri));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __violation(u: string): void }).__violation(e.blockedURI),
        );
      });
      // The upstream's HTML, opened directly on the dashboard's origin: shown as JSON text, never rendered.
      const response = await page.goto(`${dashboard.url}${tasksPath('html')}`);
      expect(response?.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(0);
      // The app's own page: a script the page (or an injection) adds from a non-asset URL of the same
      // origin is refused by the CSP itself, whatever that URL answers.
      await page.goto(`${dashboard.url}/`);
      await page.evaluate(
        (src) =>
          new Promise<void>((resolve) => {
            const s = document.createElement('script');
            s.src = src;
            s.onerror = () => resolve();
            s.onload = () => resolve();
            document.head.append(s);
          }),
        tasksPath('js'),
      );
      expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(violations.some((v) => v.includes(tasksPath('js')))).toBe(true);
      // The built assets themselves still load (the app rendered its header).
      await page.waitForSelector('h1');
    } finally {
      await browser.close();
    }
  });
});

describe('credentials and URLs never reach the browser (class 9)', () => {
  it('InvalidAccessKeyId.NotFound shows the AccessKey id masked to 4 characters, URLs without query or user', async () => {
    const res = await raw(dashboard.url, { path: tasksPath('notFound') });
    expect(res.status).toBe(404);
    const { code, message } = JSON.parse(res.body);
    expect(code).toBe('InvalidAccessKeyId.NotFound');
    expect(message).toContain('LTAI…');
    expect(message).toContain('https://help.example/doc');
    for (const secret of [KEY.accessKeyId, KEY.securityToken, 'user:pw', 'sig=abc'])
      expect(res.body).not.toContain(secret);
  });

  it('an error echoing the string to sign shows neither the token nor the signature', async () => {
    const res = await raw(dashboard.url, { path: tasksPath('signature') });
    expect(res.status).toBe(400);
    expect(res.body).toContain('SignatureDoesNotMatch');
    expect(res.body).not.toContain(KEY.accessKeyId);
    expect(res.body).not.toContain(KEY.securityToken);
    expect(res.body).not.toMatch(/Signature=[0-9a-f]{16}/);
    expect(res.body).toContain('[redacted]');
  });
});
