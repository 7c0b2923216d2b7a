/**
 * End to end: headless Debian chromium against the real dashboard server and a real emulator, both on
 * port 0. Nothing is mocked.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTime } from '../src/format.js';
import { compactRunId } from '../src/tasks.js';
import {
  controlApi,
  INSTANCE,
  type LoadTask,
  launchBrowser,
  makeTasks,
  type Stack,
  startStack,
  viewUrl,
} from './helpers.js';

process.env.TZ = 'UTC';

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
const seeded = makeTasks(30);

beforeAll(async () => {
  // These tests change the emulator between reads of the same view and expect to see it at once: no sharing
  // window (read-cache.test.ts covers it).
  [stack, browser] = await Promise.all([startStack({ server: { readCacheWindowMs: 0 } }), launchBrowser()]);
  context = browser.context;
  await stack.emulator.loadTasks(seeded);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** The emulator's HTTP control API, as a developer would drive it. */
const control = (method: string, path: string, body?: unknown) =>
  controlApi(stack.emulator.url, method, path, body);

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-state="ready"], html[data-state="error"]');
  return page;
}

const rowTexts = (page: Page) =>
  page.$$eval('[data-testid=task-grid] .body-row', (rows) =>
    rows
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((r) => [...r.querySelectorAll('[role=gridcell]')].map((c) => (c.textContent ?? '').trim())),
  );

describe('dashboard in chromium', () => {
  it('shows the seeded tasks with correct values, newest first', async () => {
    const page = await open(viewUrl(stack.server.url, INSTANCE));
    expect(await page.textContent('[data-testid=summary]')).toContain('30 tasks');
    const rows = await rowTexts(page);
    const newest = seeded[seeded.length - 1] as LoadTask;
    // the headline metric (auc) is the first metric column
    const [status, progress, runId, gen, started, duration, auc, recall, errors] = rows[0] as string[];
    expect(status).toContain('success');
    expect(progress).toBe('100%');
    expect(runId).toBe(compactRunId(newest.runId));
    expect(gen).toBe('30');
    expect(started).toBe('1 h ago');
    expect(await page.getAttribute('.body-row[aria-rowindex="2"] .col-start', 'title')).toBe(
      `${formatTime(newest.startTime, 'utc')} UTC`,
    );
    expect(duration).toBe('25m 30s');
    expect(recall).toBe(String(80 + (30 % 15)));
    expect(auc).toBe(String(0.7 + 0 / 40));
    expect(errors).toBe('—');
    const failed = rows.find((r) => r[3] === '28') as string[];
    expect(failed[0]).toContain('failed');
    expect(failed[8]).toContain('sample table is empty (gen 28)');
    // Every control has a label.
    const unlabelled = await page.$$eval('input, select, button', (els) =>
      els
        .filter((el) => {
          const labels = (el as HTMLInputElement).labels;
          return (
            !(labels && labels.length > 0) && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim()
          );
        })
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    // The main area names the instance.
    expect(await page.textContent('[data-testid=instance-title]')).toContain(INSTANCE.instanceName);
    await page.close();
  });

  it('filters change the request and the rows', async () => {
    const page = await open(viewUrl(stack.server.url, INSTANCE));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.selectOption('#status-filter', 'failed');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=summary]')?.textContent?.includes('4 tasks'),
    );
    expect(requests.some((u) => u.includes('/tasks?') && u.includes('status=failed'))).toBe(true);
    expect((await rowTexts(page)).every((r) => r[0]?.includes('failed'))).toBe(true);
    expect(page.url()).toContain('status=failed');

    // No running task here: the empty state says what was asked.
    await page.selectOption('#status-filter', 'running');
    await page.waitForSelector('[data-testid=empty]');
    expect(await page.textContent('[data-testid=empty]')).toContain('with status running');

    requests.length = 0;
    await page.selectOption('#status-filter', '');
    await page.selectOption('#range-filter', '24h');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=summary]')?.textContent?.match(/^\s*2[34] tasks/),
    );
    // the table's read (the header's one-run read of the last run, pageSize=1, carries no filter by design)
    const sent = new URL(
      requests
        .filter((u) => u.includes('/tasks?') && new URL(u).searchParams.get('pageSize') !== '1')
        .at(-1) as string,
    );
    expect(Number(sent.searchParams.get('startTime'))).toBeGreaterThan(Date.now() - 86_400_000 - 60_000);
    expect(sent.searchParams.has('status')).toBe(false);
    await page.close();
  });

  it('advances a running task’s progress on auto-refresh, with a visible indicator and pause', async () => {
    const live = { ...INSTANCE, instanceName: 'ctr_live' };
    const now = Date.now();
    await stack.emulator.loadTasks([
      ...makeTasks(3, live, now - 60_000),
      {
        ...live,
        runId: 'trigger__live',
        generation: '4',
        status: 'running',
        progress: 0,
        startTime: now - 1000,
        endTime: 0,
        extendInfo: { errors: [] },
        outcome: 'success',
        durationMs: 20 * 60_000,
      },
    ]);
    const page = await open(viewUrl(stack.server.url, live, 'refresh=400'));
    const progressOf = async () =>
      Number(
        (await page.textContent('.body-row[data-run-id="trigger__live"] .progress-text'))?.replace('%', ''),
      );
    const before = await progressOf();
    expect(await page.textContent('[data-testid=live-text]')).toContain('Auto-refresh every 0.4 s');
    await control('PUT', '/__fntasks/clock', { advanceMs: 8 * 60_000 });
    await page.waitForFunction(
      (p) =>
        Number(
          document
            .querySelector('.body-row[data-run-id="trigger__live"] .progress-text')
            ?.textContent?.replace('%', ''),
        ) > p,
      before,
    );
    expect(await progressOf()).toBeGreaterThan(before);

    await page.click('button[aria-pressed]');
    expect(await page.textContent('[data-testid=live-text]')).toContain('paused');
    await page.click('button[aria-pressed]');

    // The task finishes: the next refresh shows it, and auto-refresh stops.
    await control('PUT', '/__fntasks/clock', { advanceMs: 30 * 60_000 });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=live-text]')?.textContent?.includes('auto-refresh off'),
    );
    expect(await page.textContent('.body-row[data-run-id="trigger__live"] .badge')).toContain('success');
    await page.close();
  });

  it('opens the detail panel by mouse and keyboard, and draws the chart', async () => {
    const page = await open(viewUrl(stack.server.url, INSTANCE));
    await page.click('.body-row[aria-rowindex="2"]');
    const detail = page.locator('[data-testid=detail]');
    await detail.waitFor();
    expect(await detail.textContent()).toContain(seeded[29]?.runId);
    expect(await page.textContent('[data-testid=extend-info]')).toMatch(/recall\s*80/);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    // Keyboard: the grid has focus back; two rows down, Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await detail.waitFor();
    expect(await detail.textContent()).toContain(seeded[27]?.runId);
    expect(await page.getAttribute('[data-testid=task-grid]', 'aria-activedescendant')).toBe('task-row-2');
    // The chart (Trends): uPlot's canvas, and the metric can be switched (remembered in the URL).
    await page.keyboard.press('Escape');
    await page.click('[data-tab=trends]');
    await page.waitForSelector('[data-testid=chart] canvas');
    await page.selectOption('#metric-select', 'auc');
    expect(page.url()).toContain('metric=auc');
    await page.waitForSelector('[data-testid=chart] canvas');
    // Nothing overflows the narrow viewport sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('shows API errors with code and requestId: 404 App.NotFound and injected 500s', async () => {
    const page = await open(viewUrl(stack.server.url, { ...INSTANCE, appGroupIdentity: 'no-such-app' }));
    expect(await page.textContent('[data-testid=error-code]')).toBe('App.NotFound');
    expect((await page.textContent('[data-testid=error-request-id]'))?.length).toBeGreaterThan(4);
    expect(await page.textContent('[data-testid=error]')).toContain('404');

    await control('PUT', '/__fntasks/faults', { internalErrorRate: 1 });
    try {
      await page.goto(viewUrl(stack.server.url, INSTANCE));
      await page.waitForSelector('html[data-state="error"]', { timeout: 15_000 });
      const text = await page.textContent('[data-testid=error]');
      expect(text).toContain('500');
      expect(await page.textContent('[data-testid=error-code]')).toMatch(/Internal/i);
    } finally {
      await control('DELETE', '/__fntasks/faults');
    }
    await page.click('[data-testid=error] button');
    await page.waitForSelector('html[data-state="ready"]');
    await page.close();
  });

  it('shows <script> and HTML in extendInfo as text; nothing executes', async () => {
    const evil = { ...INSTANCE, instanceName: 'ctr_xss' };
    const payload = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    await stack.emulator.loadTasks([
      {
        ...evil,
        runId: '<b>run</b>',
        generation: '1',
        status: 'success',
        progress: 100,
        startTime: Date.now() - 3_600_000,
        endTime: Date.now() - 3_000_000,
        extendInfo: { note: payload, errors: [payload], [payload]: 1 },
      },
    ]);
    const page = await open(viewUrl(stack.server.url, evil));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.click('.body-row');
    await page.click('[data-testid=detail] summary');
    const detail = await page.textContent('[data-testid=detail]');
    expect(detail).toContain(payload);
    expect(await page.textContent('.body-row .col-run')).toBe('<b>run</b>');
    expect(await page.textContent('[data-testid=extend-info-raw]')).toContain('<script>');
    expect(
      await page.$$(
        '[data-testid=detail] script, [data-testid=detail] img, main script, main img, .body-row b',
      ),
    ).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('opens tasks whose extendInfo nests 100,000 levels (whole, and inside errors): no uncaught error', async () => {
    const deep = { ...INSTANCE, instanceName: 'ctr_deep' };
    const nested = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const base = { ...deep, status: 'success' as const, progress: 100, startTime: Date.now() - 3_600_000 };
    await stack.emulator.loadTasks([
      {
        ...base,
        runId: 'deep-raw',
        generation: '1',
        endTime: base.startTime + 60_000,
        extendInfo: nested,
      },
      {
        ...base,
        runId: 'deep-object',
        generation: '2',
        startTime: base.startTime + 1,
        endTime: base.startTime + 60_000,
        extendInfo: `{"errors":[${nested}],"nested":${nested}}`,
      },
    ]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(viewUrl(stack.server.url, deep));
    await page.waitForSelector('html[data-state="ready"], html[data-state="error"]');
    for (const runId of ['deep-raw', 'deep-object']) {
      await page.click(`.body-row[data-run-id="${runId}"]`);
      const detail = page.locator('[data-testid=detail]');
      await detail.waitFor();
      // Shown bounded: flattened to 16 levels, or (once core drops a too-deep value) the raw text alone.
      expect(await detail.textContent()).toMatch(/deeper than|raw text below/);
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps 2,000 rows virtualised: all loaded, a few dozen in the DOM, End reaches the oldest', async () => {
    const big = { ...INSTANCE, instanceName: 'ctr_big' };
    await stack.emulator.loadTasks(makeTasks(2000, big));
    const page = await open(viewUrl(stack.server.url, big));
    expect(await page.textContent('[data-testid=summary]')).toContain('2,000 tasks');
    expect((await page.$$('.body-row')).length).toBeLessThan(60);
    await page.focus('[data-testid=task-grid]');
    await page.keyboard.press('End');
    await page.waitForSelector('.body-row[data-generation="1"]');
    expect(await page.getAttribute('[data-testid=task-grid]', 'aria-activedescendant')).toBe('task-row-1999');
    await page.close();
  });
});
