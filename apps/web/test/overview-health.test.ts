/**
 * The overview answers "improving or regressing?" in Chromium at 1280 and 390 px, against the emulator's demo
 * data (seed 1) with every trained instance's newest runs forced through the control API: one failing, one
 * regressing, the rest fine (some better, some slightly worse within their spread). Each card shows its headline
 * metric, the change and a sparkline with failed runs marked; cards come in attention order under the counts;
 * a neutral metric is never red or green, and the chosen metric is kept in the URL. Screenshots into
 * test-output/.
 */
import { join } from 'node:path';
import type { InstanceSummary } from '@fntasks/emulator';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, outputDir, type Stack, startStack } from './helpers.js';

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let dir: string;
let trained: InstanceSummary[];

type Names = Pick<InstanceSummary, 'appGroupIdentity' | 'functionName' | 'instanceName'>;
const FAILING: Names = { appGroupIdentity: 'shop-search', functionName: 'pop', instanceName: 'pop_daily' };
const REGRESSING: Names = {
  appGroupIdentity: 'app_group_name',
  functionName: 'ctr',
  instanceName: 'test_model_2',
};
const same = (a: Names, b: Names) =>
  a.appGroupIdentity === b.appGroupIdentity &&
  a.functionName === b.functionName &&
  a.instanceName === b.instanceName;

/** The newest value per instance: failing (null), regressing (0.5), or around the steady 0.80. */
function newestAuc(i: Names, index: number): number | null {
  if (same(i, FAILING)) return null;
  if (same(i, REGRESSING)) return 0.5;
  return index % 2 ? 0.797 : 0.804;
}

/**
 * Ten steady successful runs (auc 0.80 ± 0.002) newer than the demo history, then the newest one, seconds
 * before the frozen clock's now: every verdict is then known whatever the demo data drew.
 */
function forced(i: Names, index: number, now: number) {
  const { appGroupIdentity, functionName, instanceName } = i;
  const run = (secondsAgo: number, extendInfo: Record<string, unknown>, ok: boolean) => ({
    appGroupIdentity,
    functionName,
    instanceName,
    runId: `trigger__forced-${secondsAgo}`,
    status: ok ? 'success' : 'failed',
    startTime: now - secondsAgo * 1000,
    endTime: now - secondsAgo * 1000 + 500,
    extendInfo,
  });
  const auc = newestAuc(i, index);
  return [
    ...Array.from({ length: 10 }, (_, k) =>
      run(20 - k, { auc: k % 2 ? 0.802 : 0.798, recall: 90, sampleCount: 1000 + k, errors: [] }, true),
    ),
    run(
      2,
      auc === null ? { errors: ['forced failure'] } : { auc, recall: 90, sampleCount: 5000, errors: [] },
      auc !== null,
    ),
  ];
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ emulator: { seed: 1 } }), launchBrowser()]);
  dir = await outputDir();
  const now = Date.now();
  stack.emulator.setClock({ now, speed: 0 });
  trained = stack.emulator.listInstances().instances.filter((i) => i.taskCount > 0);
  const response = await fetch(`${stack.emulator.url}/__fntasks/tasks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tasks: trained.flatMap((i, index) => forced(i, index, now)) }),
  });
  if (!response.ok) throw new Error(`control API: ${response.status} ${await response.text()}`);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Every card as the page shows it, in page order. */
async function cards(page: Page) {
  return page.$$eval('[data-testid=instance-card]', (nodes) =>
    nodes.map((n) => {
      const change = n.querySelector('[data-testid=card-change]');
      const spark = n.querySelector('[data-testid=sparkline]');
      return {
        name: n.getAttribute('data-instance'),
        verdict: n.getAttribute('data-verdict'),
        metric: n.querySelector('[data-testid=card-metric]')?.textContent ?? '',
        metricName: n.querySelector('[data-testid=card-metric]')?.getAttribute('data-metric') ?? null,
        quality: change?.getAttribute('data-quality') ?? null,
        changeText: change?.textContent ?? '',
        changeColor: change ? getComputedStyle(change).color : null,
        sparkValues: spark ? Number(spark.getAttribute('data-values')) : null,
        sparkFailed: spark ? n.querySelectorAll('[data-testid=spark-failed]').length : null,
      };
    }),
  );
}

/** The page's colours for better, worse and neutral (the CSS variables, resolved). */
async function palette(page: Page) {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const resolve = (v: string) => {
      probe.style.color = `var(${v})`;
      return getComputedStyle(probe).color;
    };
    const colours = { ok: resolve('--ok'), bad: resolve('--bad'), muted: resolve('--fg-muted') };
    probe.remove();
    return colours;
  });
}

async function openOverview(page: Page, search = '') {
  await page.goto(`${stack.server.url}/${search}`);
  await page.waitForSelector('html[data-state="ready"]');
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid=instance-card][data-ready=false]').length === 0 &&
      !document.querySelector('[data-testid=health-counts]')?.textContent?.includes('Checking'),
  );
}

describe('the overview: headline metric, change, sparkline, attention order and counts', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width} px`, async () => {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setViewportSize(viewport);
      try {
        await openOverview(page);
        const shown = await cards(page);
        const total = shown.length;
        expect(total).toBeGreaterThan(trained.length - 1);
        // counts at the top, and the failing instance first, the regressing one first among the rest
        expect(await page.textContent('[data-testid=health-counts]')).toBe(
          `1 failing · 1 regressing · ${total - 2} fine`,
        );
        expect(shown.slice(0, 2).map((c) => [c.name, c.verdict])).toEqual([
          [FAILING.instanceName, 'failing'],
          [REGRESSING.instanceName, 'regressing'],
        ]);
        expect(shown.slice(2).every((c) => c.verdict === 'fine')).toBe(true);
        const colours = await palette(page);
        for (const card of shown) {
          const isTrained = trained.some((t) => t.instanceName === card.name);
          if (!isTrained) {
            expect(card.metric).toContain('No metrics yet');
            continue;
          }
          // the headline metric (auc, the first directed one by name) with its latest successful value
          expect(card.metricName, `${card.name}`).toBe('auc');
          if (card.name !== FAILING.instanceName) {
            expect(card.metric).toMatch(/^auc (0\.5|0\.804|0\.797) [▲▼]/);
            expect(card.changeText).toMatch(/^[▲▼] [+−]0\.\d+ \([+−]\d+\.\d%\)$/);
          } else {
            // the failed run is the newest: the latest successful value is the one before it
            expect(card.metric).toMatch(/^auc 0\.80[2]? /);
            expect(card.sparkFailed).toBeGreaterThan(0);
          }
          // a sparkline of the successful values among the newest runs, with failed runs marked
          expect(card.sparkValues).toBeGreaterThanOrEqual(10);
          if (card.quality === 'better') expect(card.changeColor).toBe(colours.ok);
          if (card.quality === 'worse') expect(card.changeColor).toBe(colours.bad);
        }
        expect(shown.find((c) => c.name === REGRESSING.instanceName)).toMatchObject({
          quality: 'worse',
          changeText: expect.stringMatching(/^▼ −0\.3 \(−37\.5%\)$/),
        });
        expect(shown.some((c) => c.quality === 'better')).toBe(true);
        await page.screenshot({ path: join(dir, `overview-health-${viewport.width}.png`), fullPage: true });
        if (viewport.width === 390) {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width, 'the overview overflows sideways').toBeLessThanOrEqual(390);
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  it('a chosen neutral metric (sampleCount) is kept in the URL and never coloured or judged', async () => {
    const page = await browser.context.newPage();
    try {
      await openOverview(page);
      await page.selectOption('[data-testid=overview-metric]', 'sampleCount');
      await page.waitForFunction(() => location.search.includes('metric=sampleCount'));
      await page.waitForSelector('[data-testid=card-metric][data-metric=sampleCount]');
      const shown = await cards(page);
      const colours = await palette(page);
      const withMetric = shown.filter((c) => c.metricName === 'sampleCount');
      const shownTrained = shown.filter((c) => trained.some((t) => t.instanceName === c.name));
      expect(withMetric.length).toBe(shownTrained.length);
      for (const card of withMetric) {
        expect(card.quality).toBe('neutral');
        expect(card.changeColor).not.toBe(colours.ok);
        expect(card.changeColor).not.toBe(colours.bad);
        expect(card.changeColor).toBe(colours.muted);
      }
      // the change is there (▲: 5000 against ~1004), only without a colour; nothing regresses on a count
      expect(withMetric.filter((c) => c.changeText.startsWith('▲')).length).toBe(shownTrained.length - 1);
      expect(await page.textContent('[data-testid=health-counts]')).toBe(
        `1 failing · 0 regressing · ${shown.length - 1} fine`,
      );
      await page.screenshot({ path: join(dir, 'overview-health-neutral-1280.png') });
      // reloading keeps the choice
      await page.reload();
      await page.waitForSelector('[data-testid=card-metric][data-metric=sampleCount]');
      expect(await page.inputValue('[data-testid=overview-metric]')).toBe('sampleCount');
    } finally {
      await page.close();
    }
  }, 60_000);
});
