/**
 * Compare in Chromium against the demo data (seed 1), where ctr_test's newest run is always running: the default
 * pair is the two newest successful generations, never the running one; each metric's B − A comes with its
 * relative change, coloured by the metric's direction, and a count (`sampleCount`) is never coloured.
 * Screenshots into test-output/.
 */
import { join } from 'node:path';
import { createFunctionTasksClient } from '@fntasks/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, outputDir, type Stack, startStack } from './helpers.js';

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let dir: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ emulator: { seed: 1 } }), launchBrowser()]);
  stack.emulator.setClock({ now: Date.now(), speed: 0 });
  dir = await outputDir();
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const DEMO = { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' };

describe('Compare', () => {
  for (const width of [1280, 390]) {
    it(`defaults to the two newest successful runs and colours by direction (${width} px)`, async () => {
      const { tasks } = await createFunctionTasksClient({ endpoint: stack.emulator.url }).listFunctionTasks({
        ...DEMO,
        pageSize: 20,
      });
      expect(tasks[0]?.status).toBe('running');
      const successes = tasks.filter((t) => t.status === 'success').map((t) => t.generation);
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${stack.server.url}/?app=my-app&fn=ctr&inst=ctr_test&tab=compare`);
        await page.waitForSelector('html[data-state="ready"]');
        await page.waitForSelector('.compare-table');
        expect(await page.inputValue('#compare-a')).toBe(successes[1]);
        expect(await page.inputValue('#compare-b')).toBe(successes[0]);
        const cells = await page.$$eval('.compare-table tr[data-metric]', (rows) =>
          rows.map((r) => {
            const cell = r.querySelector('td[data-quality]') as HTMLElement;
            return {
              name: r.getAttribute('data-metric'),
              quality: cell.getAttribute('data-quality'),
              text: cell.textContent ?? '',
              color: getComputedStyle(cell).color,
              inherited: getComputedStyle(r).color,
            };
          }),
        );
        const count = cells.find((c) => c.name === 'sampleCount');
        expect(count?.quality).toBe('neutral');
        expect(count?.color).toBe(count?.inherited);
        const auc = cells.find((c) => c.name === 'auc');
        expect(auc?.text).toMatch(/^[+−]0\.\d+ \([+−]\d+\.\d%\)$/);
        expect(['better', 'worse']).toContain(auc?.quality);
        expect(auc?.color).not.toBe(auc?.inherited);
        // the B − A column is not cut off on a phone
        const clipped = await page.$eval('.compare-table th:last-child', (th) => {
          const box = th.getBoundingClientRect();
          const scroller = th.closest('.compare-scroll') as HTMLElement;
          return (
            box.right > scroller.getBoundingClientRect().right + 1 &&
            scroller.scrollWidth <= scroller.clientWidth
          );
        });
        expect(clipped).toBe(false);
        await page.screenshot({ path: join(dir, `compare-default-${width}.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
