/**
 * Screenshots of every view (overview, instance, trends, comparison, setup, detail, error), light and dark, at
 * 1280 and 390 px, against the emulator's demo data (seed 1, as `pnpm start` uses), into test-output/.
 * Each view is also checked for what a person would look for first, and for sideways overflow on a phone.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, outputDir, type Stack, startStack } from './helpers.js';

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let dir: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ emulator: { seed: 1 } }), launchBrowser()]);
  dir = await outputDir();
  // The old single-view file names would be stale next to these.
  for (const old of [
    'dashboard-1280x800.png',
    'dashboard-1280x800-dark.png',
    'dashboard-390x844.png',
    'detail-390x844.png',
    'error-1280x800.png',
  ])
    rmSync(join(dir, old), { force: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const DEMO = '?app=my-app&fn=ctr&inst=ctr_test';

/** Each view: its URL, how to reach its state, and what must be on screen. */
const VIEWS: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'overview',
    path: '/',
    ready: async (page) => {
      await page.waitForSelector('html[data-state="ready"]');
      await page.waitForSelector('[data-testid=instance-card][data-ready=true]');
      expect(await page.textContent('[data-testid=instance-cards]')).toContain('ctr_test');
    },
  },
  {
    name: 'instance',
    path: `/${DEMO}`,
    ready: async (page) => {
      await page.waitForSelector('html[data-state="ready"]');
      expect(await page.textContent('[data-testid=instance-title]')).toContain('ctr_test');
    },
  },
  {
    name: 'trends',
    path: `/${DEMO}&tab=trends`,
    ready: async (page) => {
      await page.waitForSelector('html[data-state="ready"]');
      await page.waitForSelector('[data-testid=metric-chart] canvas');
      await page.waitForSelector('[data-testid=duration-chart] canvas');
    },
  },
  {
    name: 'comparison',
    path: `/${DEMO}&tab=compare`,
    ready: async (page) => {
      await page.waitForSelector('html[data-state="ready"]');
      await page.waitForSelector('.compare-table');
    },
  },
  {
    name: 'setup',
    path: `/${DEMO}&tab=setup`,
    ready: async (page) => {
      await page.waitForSelector('[data-testid=setup-instance]');
      expect(await page.textContent('[data-testid=create-parameters]')).toContain('algorithm');
      await page.waitForSelector('[data-testid=current-version]');
      await page.click('[data-testid=resource][data-name=ctr_features] button');
      await page.waitForSelector('[data-testid=resource-generators]');
    },
  },
  {
    name: 'detail',
    path: `/${DEMO}&status=failed`,
    ready: async (page) => {
      await page.waitForSelector('html[data-state="ready"]');
      await page.click('.body-row[aria-rowindex="2"]');
      await page.waitForSelector('[data-testid=detail]');
    },
  },
  {
    name: 'error',
    path: '/?app=no-such-app&fn=ctr&inst=x',
    ready: async (page) => {
      await page.waitForSelector('html[data-state="error"]');
      expect(await page.textContent('[data-testid=error-code]')).toBeTruthy();
    },
  },
];

describe('screenshots of every view', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${viewport.width}x${viewport.height} ${scheme}`, async () => {
        const page = await browser.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        try {
          for (const view of VIEWS) {
            await page.goto(`${stack.server.url}${view.path}`);
            await view.ready(page);
            await page.screenshot({
              path: join(dir, `${view.name}-${viewport.width}x${viewport.height}-${scheme}.png`),
            });
            if (viewport.width === 390) {
              const width = await page.evaluate(() => document.documentElement.scrollWidth);
              expect(width, `${view.name} overflows sideways`).toBeLessThanOrEqual(390);
            }
          }
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      }, 120_000);
    }
  }
});
