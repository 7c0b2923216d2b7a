/**
 * Small things a new user tripped on, in Chromium against the demo data (seed 1): the instance header keeps
 * "last run" under every status filter, a never-trained instance says so (not "try another status"), Recent
 * failures names the app group, and sorting by duration does not cut its header off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, OUTPUT_DIR as OUTPUT, outputDir, type Stack, startStack } from './helpers.js';

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ emulator: { seed: 1 } }), launchBrowser()]);
  stack.emulator.setClock({ now: Date.now(), speed: 0 });
  await outputDir();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const DEMO = '/?app=my-app&fn=ctr&inst=ctr_test';

describe('instance view', () => {
  it('keeps "last run" (the running run) under every status filter', async () => {
    const page = await browser.context.newPage();
    try {
      for (const status of ['', 'failed', 'running', 'success']) {
        await page.goto(`${stack.server.url}${DEMO}${status ? `&status=${status}` : ''}`);
        await page.waitForSelector('html[data-state="ready"]');
        await page.waitForFunction(() =>
          document.querySelector('[data-testid=instance-facts]')?.textContent?.includes('last run'),
        );
        expect(await page.textContent('[data-testid=instance-facts]'), status || 'all').toMatch(
          /last run\s*◔\s*running/,
        );
      }
    } finally {
      await page.close();
    }
  }, 60_000);

  it('a never-trained instance says it has never been trained, under a filter too', async () => {
    const page = await browser.context.newPage();
    try {
      for (const extra of ['', '&status=failed']) {
        await page.goto(`${stack.server.url}/?app=my-app&fn=hint&inst=hint_v1${extra}`);
        await page.waitForSelector('[data-testid=empty]');
        const text = await page.textContent('[data-testid=empty]');
        expect(text).toContain('my-app / hint / hint_v1 has never been trained.');
        expect(text).not.toContain('Try another status');
      }
      // a trained instance with nothing under the filter still suggests another filter
      await page.goto(`${stack.server.url}${DEMO}&range=custom&from=2000-01-01T00:00&to=2000-01-02T00:00`);
      await page.waitForSelector('[data-testid=empty]');
      expect(await page.textContent('[data-testid=empty]')).toContain('Try another status');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('Escape closes the detail panel with focus still on the grid (before the panel takes it)', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${stack.server.url}${DEMO}`);
      await page.waitForSelector('html[data-state="ready"]');
      await page.click('.body-row[aria-rowindex="3"]');
      await page.waitForSelector('[data-testid=detail]');
      await page.focus('[data-testid=task-grid]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid=detail]', { state: 'detached' });
    } finally {
      await page.close();
    }
  }, 60_000);

  it('sorting by duration keeps the whole header visible', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${stack.server.url}${DEMO}&sort=duration:desc`);
      await page.waitForSelector('html[data-state="ready"]');
      const cut = await page.$eval('.header-row .col-duration .sort', (b) => b.scrollWidth > b.clientWidth);
      expect(await page.textContent('.header-row .col-duration')).toContain('Duration ▼');
      expect(cut).toBe(false);
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('the runs table metric columns', () => {
  const headerMetrics = (page: import('playwright-core').Page) =>
    page.$$eval('.header-row .col-metric', (cells) =>
      cells.map((c) => c.textContent?.replace(/[▲▼]/g, '').trim()),
    );

  it('default to the headline metric first; the choice is kept in the URL and survives a reload', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${stack.server.url}${DEMO}`);
      await page.waitForSelector('html[data-state="ready"]');
      expect(await headerMetrics(page)).toEqual(['auc', 'recall', 'precision']);
      await page.click('[data-testid=metric-columns] summary');
      await page.uncheck('[data-testid=metric-columns] input[value=precision]');
      await page.check('[data-testid=metric-columns] input[value=sampleCount]');
      await page.waitForFunction(
        () => new URLSearchParams(location.search).get('cols') === 'auc,recall,sampleCount',
      );
      expect(await headerMetrics(page)).toEqual(['auc', 'recall', 'sampleCount']);
      await page.reload();
      await page.waitForSelector('html[data-state="ready"]');
      expect(await headerMetrics(page)).toEqual(['auc', 'recall', 'sampleCount']);
      // the last column cannot be unchecked; Default goes back
      await page.click('[data-testid=metric-columns] summary');
      await page.uncheck('[data-testid=metric-columns] input[value=auc]');
      await page.uncheck('[data-testid=metric-columns] input[value=recall]');
      expect(await page.isDisabled('[data-testid=metric-columns] input[value=sampleCount]')).toBe(true);
      await page.click('[data-testid=metric-columns] button');
      await page.waitForFunction(() => !location.search.includes('cols='));
      expect(await headerMetrics(page)).toEqual(['auc', 'recall', 'precision']);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('on a 390 px phone the headline metric stays visible in every row', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${stack.server.url}${DEMO}&status=success`);
      await page.waitForSelector('html[data-state="ready"]');
      const cells = await page.$$eval('.rows [role=row] .col-headline', (nodes) =>
        nodes.slice(0, 5).map((n) => {
          const box = n.getBoundingClientRect();
          return { text: n.textContent ?? '', visible: box.width > 0 && box.right <= window.innerWidth };
        }),
      );
      expect(cells.length).toBe(5);
      for (const cell of cells) {
        expect(cell.visible).toBe(true);
        expect(cell.text).toMatch(/^0\.\d+$/);
      }
      expect(await page.isVisible('.header-row .col-headline')).toBe(true);
      // no header is cut off by the narrower start column
      const cut = await page.$$eval('.header-row .sort', (buttons) =>
        buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent),
      );
      expect(cut).toEqual([]);
      await page.screenshot({ path: `${OUTPUT}/runs-headline-390.png` });
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('overview', () => {
  it('Recent failures names the app group', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${stack.server.url}/`);
      await page.waitForSelector('[data-testid=failures] li');
      const first = await page.textContent('[data-testid=failures] li a');
      expect(first).toMatch(/^(my-app|app_group_name|shop-search) \/ \w+ \/ \w+$/);
    } finally {
      await page.close();
    }
  }, 60_000);
});
