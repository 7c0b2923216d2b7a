/**
 * The table's columns line up for every status filter (issue 16: with no metric in view, a `repeat()` of zero
 * columns made the header cells stack and the progress bars span the row): header and cell boxes compared
 * in chromium at 1280 and 390 px, light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTANCE, launchBrowser, mixedTasks, type Stack, startStack, viewUrl } from './helpers.js';

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchBrowser()]);
  await stack.emulator.loadTasks(mixedTasks(INSTANCE));
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

interface Box {
  cls: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The visible cells' boxes of the header row and of the first body rows, keyed by column class. */
function cellBoxes(page: Page) {
  return page.evaluate(() => {
    const boxes = (row: Element) =>
      [...row.children]
        .map((cell) => {
          const r = cell.getBoundingClientRect();
          const rowBox = row.getBoundingClientRect();
          return {
            cls: [...cell.classList].find((c) => c.startsWith('col-')) ?? '',
            left: Math.round(r.left),
            right: Math.round(r.right),
            top: Math.round(r.top - rowBox.top),
            bottom: Math.round(r.bottom - rowBox.top),
          };
        })
        .filter((b) => b.right > b.left);
    const header = document.querySelector('.header-row');
    const rows = [...document.querySelectorAll('.body-row:not(.placeholder-row)')].slice(0, 5);
    return { header: header ? boxes(header) : [], rows: rows.map(boxes) };
  });
}

const STATUSES = ['', 'running', 'success', 'failed'] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

describe('the table lines up', () => {
  for (const viewport of VIEWPORTS) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`for every status filter at ${viewport.width} px, ${scheme}`, async () => {
        const page = await browser.context.newPage();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        try {
          for (const status of STATUSES) {
            await page.goto(viewUrl(stack.server.url, INSTANCE, status ? `status=${status}` : ''));
            await page.waitForSelector('html[data-state="ready"]');
            await page.waitForSelector('.body-row');
            const { header, rows } = await cellBoxes(page);
            const where = `${status || 'all'} ${viewport.width}px ${scheme}`;
            expect(rows.length, where).toBeGreaterThan(0);
            // Header cells do not overlap one another (they stacked when the grid template was invalid).
            const sorted = [...header].sort((a, b) => a.top - b.top || a.left - b.left);
            for (let i = 1; i < sorted.length; i++) {
              const [prev, cur] = [sorted[i - 1] as Box, sorted[i] as Box];
              if (cur.top < prev.bottom && cur.bottom > prev.top)
                expect(cur.left, `${where}: ${prev.cls} overlaps ${cur.cls}`).toBeGreaterThanOrEqual(
                  prev.right,
                );
            }
            // Every body cell sits in its header cell's column: same left and right edges (±1 px).
            for (const row of rows) {
              expect(
                row.map((c) => c.cls),
                where,
              ).toEqual(header.map((c) => c.cls));
              row.forEach((cell, i) => {
                const head = header[i] as Box;
                expect(Math.abs(cell.left - head.left), `${where}: ${cell.cls} left`).toBeLessThanOrEqual(1);
                expect(Math.abs(cell.right - head.right), `${where}: ${cell.cls} right`).toBeLessThanOrEqual(
                  1,
                );
              });
            }
            // The progress bar stays inside its column.
            const progress = header.find((c) => c.cls === 'col-progress') as Box;
            const bar = await page.$eval('.body-row .progress', (el) => el.getBoundingClientRect().width);
            expect(bar, where).toBeLessThanOrEqual(progress.right - progress.left + 1);
          }
        } finally {
          await page.close();
        }
      });
    }
  }
});
