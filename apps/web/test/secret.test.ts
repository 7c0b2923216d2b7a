/**
 * The AccessKey secret stays on the server: the server signs with a known fake secret against an emulator
 * that verifies signatures with that key, and the secret (and the key id) must appear nowhere the browser
 * can see: the bundle files, any response body, any response header.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INSTANCE,
  launchBrowser,
  makeTasks,
  STATIC_DIR,
  type Stack,
  startStack,
  viewUrl,
} from './helpers.js';

const KEY = { accessKeyId: 'LTAI5tFntasksTestKeyId', accessKeySecret: 'fntasks-FAKE-secret-9f3Kq7Zx' };
/** An STS token goes upstream as a signed header; it must not reach the browser either. */
const STS_TOKEN = 'CAIS-fntasks-FAKE-sts-token-Zq81';
const NEEDLES = [KEY.accessKeySecret, KEY.accessKeyId, STS_TOKEN];

let signed: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  [signed, browser] = await Promise.all([
    startStack({ credentials: { ...KEY, securityToken: STS_TOKEN } }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await signed?.close();
});

describe('the secret never reaches the browser', () => {
  it('is in no bundle file', () => {
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    for (const file of walk(STATIC_DIR)) {
      const text = readFileSync(file, 'latin1');
      for (const needle of NEEDLES) expect(text.includes(needle), file).toBe(false);
    }
  });

  it('is in no response body or header while the browser uses the signed upstream', async () => {
    await signed.emulator.setAuth({ mode: 'verify', keys: [KEY] });
    await signed.emulator.loadTasks(makeTasks(120));
    const seen: { url: string; status: number; headers: string; body: string }[] = [];
    const page = await browser.context.newPage();
    page.on('response', async (res) => {
      const body = await res.body().catch(() => Buffer.alloc(0));
      seen.push({
        url: res.url(),
        status: res.status(),
        headers: JSON.stringify(await res.allHeaders()),
        body: body.toString('latin1'),
      });
    });
    await page.goto(viewUrl(signed.server.url, INSTANCE));
    await page.waitForSelector('html[data-state="ready"]');
    // Signing worked (the emulator verified it): the tasks are there.
    expect(await page.textContent('[data-testid=summary]')).toContain('120 tasks');
    await page.click('.body-row');
    await page.waitForTimeout(100);
    const pageText = await page.content();
    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
    );
    await page.close();
    expect(seen.filter((s) => s.url.includes('/tasks?')).length).toBeGreaterThanOrEqual(2);
    for (const s of seen) {
      for (const needle of NEEDLES) {
        expect(s.body.includes(needle), `${s.url} body`).toBe(false);
        expect(s.headers.includes(needle), `${s.url} headers`).toBe(false);
      }
    }
    for (const needle of NEEDLES) {
      expect(pageText.includes(needle)).toBe(false);
      expect(storage.includes(needle)).toBe(false);
    }
  });

  it('a wrong signature shows the emulator’s auth error (so the check above is real)', async () => {
    const { startDashboardServer } = await import('../server/app.js');
    const wrong = await startDashboardServer({
      upstream: { endpoint: signed.emulator.url, credentials: { ...KEY, accessKeySecret: 'not-the-secret' } },
      port: 0,
      staticDir: STATIC_DIR,
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(viewUrl(wrong.url, INSTANCE));
      await page.waitForSelector('html[data-state="error"]');
      expect(await page.textContent('[data-testid=error-code]')).toMatch(/Signature|Auth|Forbidden/i);
      const body = await page.content();
      expect(body.includes('not-the-secret')).toBe(false);
      await page.close();
    } finally {
      await wrong.close();
    }
  });
});
