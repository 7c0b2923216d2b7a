/**
 * The instance view's Setup tab end to end: headless Debian chromium against the real dashboard server and a
 * real emulator (both on port 0), seeded through the emulator's control API. Hostile wire strings stay text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlApi, launchBrowser, type Stack, startStack, viewUrl } from './helpers.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const LONG_VALUE = `feature_${'x'.repeat(300)}_end`;
const SETUP = {
  appGroupIdentity: 'setup-app',
  functionName: 'ctr',
  instanceName: 'ctr_setup',
} as const;

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

/** The emulator's HTTP control API, as a developer would drive it. */
const control = (method: string, path: string, body?: unknown) =>
  controlApi(stack.emulator.url, method, path, body);

beforeAll(async () => {
  // A read retried after a change must reach the emulator: no sharing window (read-cache.test.ts covers it).
  [stack, browser] = await Promise.all([startStack({ server: { readCacheWindowMs: 0 } }), launchBrowser()]);
  await control('POST', '/__fntasks/instances', {
    instances: [
      {
        ...SETUP,
        modelType: 'tf_checkpoint',
        functionType: 'PAAS',
        description: `CTR for tests ${HOSTILE}`,
        cron: '0 3 ? * 0,1,3,5',
        versionId: 101,
        belongs: { domain: 'ecommerce', category: 'general', language: 'zh' },
        createParameters: [
          { name: 'algorithm', value: 'deepfm' },
          { name: 'features', value: LONG_VALUE },
          { name: 'label', value: HOSTILE },
        ],
        usageParameters: [{ name: 'scene', value: 'search' }],
      },
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function openSetup(names: typeof SETUP | Record<keyof typeof SETUP, string>): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(viewUrl(stack.server.url, names, 'tab=setup'));
  return page;
}

/** The rows of a parameter table as [name, value] text. */
const parameterRows = (page: Page, testId: string) =>
  page.$$eval(`[data-testid=${testId}] tbody tr`, (rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );

describe('Setup tab: the instance (GetFunctionInstance)', () => {
  it('shows the model and function type, version id, description, belongs, schedule and both parameter tables', async () => {
    const page = await openSetup(SETUP);
    try {
      await page.waitForSelector('[data-testid=setup-instance]');
      expect(await page.textContent('[data-testid=setup-model-type]')).toBe('tf_checkpoint');
      expect(await page.textContent('[data-testid=setup-version-id]')).toBe('101');
      expect(await page.textContent('[data-testid=setup-belongs]')).toBe(
        'domain ecommerce · category general · language zh',
      );
      expect(await page.textContent('[data-testid=setup-cron]')).toContain('0 3 ? * 0,1,3,5');
      const facts = await page.textContent('[data-testid=setup-instance] .kv');
      expect(facts).toContain('PAAS');
      expect(facts).toContain('available');
      const create = await parameterRows(page, 'create-parameters');
      expect(create.map((r) => r[0])).toEqual(['algorithm', 'features', 'label']);
      expect(create[0]?.[1]).toBe('deepfm');
      expect(await parameterRows(page, 'usage-parameters')).toEqual([['scene', 'search']]);
      // The tab is a place in the URL, and the Setup button says it is the current one.
      expect(await page.getAttribute('[data-tab=setup]', 'aria-current')).toBe('page');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('cuts a long value to its start and shows it whole in a disclosure', async () => {
    const page = await openSetup(SETUP);
    try {
      const cell = '[data-testid=create-parameters] tbody tr:nth-child(2) td';
      await page.waitForSelector(cell);
      expect(await page.textContent(`${cell} summary`)).toBe(
        `${LONG_VALUE.slice(0, 80)}… (${LONG_VALUE.length} characters)`,
      );
      expect(await page.isVisible(`${cell} pre`)).toBe(false);
      await page.click(`${cell} summary`);
      expect(await page.textContent(`${cell} pre`)).toBe(LONG_VALUE);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('shows hostile wire text as text: no element is made from it and nothing runs', async () => {
    const page = await openSetup(SETUP);
    try {
      await page.waitForSelector('[data-testid=setup-instance]');
      await page.click('[data-testid=setup-description] summary');
      expect(await page.textContent('[data-testid=setup-description] pre')).toBe(`CTR for tests ${HOSTILE}`);
      expect(await parameterRows(page, 'create-parameters')).toContainEqual([
        'label',
        expect.stringContaining('<img src=x'),
      ]);
      expect(await page.$$eval('[data-testid=setup] img, [data-testid=setup] script', (n) => n.length)).toBe(
        0,
      );
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await page.close();
    }
  }, 60_000);

  it('reads the instance once per instance view, whatever the tab switching', async () => {
    const page = await browser.context.newPage();
    try {
      const reads: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.endsWith(`/instances/${SETUP.instanceName}`)) reads.push(r.url());
      });
      await page.goto(viewUrl(stack.server.url, SETUP));
      await page.waitForSelector('html[data-state="ready"]');
      for (const tab of ['setup', 'runs', 'setup', 'trends', 'setup']) {
        await page.click(`[data-tab=${tab}]`);
        if (tab === 'setup') await page.waitForSelector('[data-testid=setup-instance]');
      }
      expect(reads).toHaveLength(1);
      // The header has the instance's facts too.
      expect(await page.textContent('[data-testid=instance-facts]')).toContain('model tf_checkpoint');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('says why when the instance cannot be read, with the API code and a way to try again', async () => {
    const page = await openSetup({ ...SETUP, instanceName: 'ctr_missing' });
    try {
      await page.waitForSelector('[data-testid=setup] [data-testid=error]');
      expect(await page.textContent('[data-testid=setup] .error-title')).toContain(
        'Cannot read the instance',
      );
      expect(await page.textContent('[data-testid=setup] [data-testid=error-code]')).toBe(
        'Instance.NotExist',
      );
      // Created meanwhile: Try again reads it.
      await control('POST', '/__fntasks/instances', {
        instances: [{ ...SETUP, instanceName: 'ctr_missing', modelType: 'pop' }],
      });
      await page.click('[data-testid=setup] [data-testid=error] button');
      await page.waitForSelector('[data-testid=setup-instance]');
      expect(await page.textContent('[data-testid=setup-model-type]')).toBe('pop');
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('Setup tab: the current version (GetFunctionCurrentVersion, GetFunctionVersion)', () => {
  it("shows the current version for the instance's model type, what it declares and that the instance runs it", async () => {
    const page = await openSetup(SETUP);
    try {
      await page.waitForSelector('[data-testid=current-version]');
      expect(await page.textContent('[data-testid=current-version]')).toBe('ctr-tf-1.1 id 101');
      expect(await page.getAttribute('[data-testid=version-standing]', 'data-standing')).toBe('current');
      expect(await page.textContent('[data-testid=version-standing]')).toBe('runs the current version');
      expect(await parameterRows(page, 'version-create-parameters')).toEqual([
        ['algorithm', 'required', 'deepfm'],
        ['label', 'required', HOSTILE],
        ['sampleDays', 'optional', 'not set'],
      ]);
      expect(await page.textContent('[data-testid=version-create-parameters-undeclared]')).toBe(
        'Set by the instance, not declared by the version: features.',
      );
      expect(await parameterRows(page, 'version-usage-parameters')).toEqual([
        ['scene', 'optional', 'search'],
      ]);
      expect(await page.textContent('[data-testid=version-depends] li')).toContain('behavior');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('names the older version an instance runs, and a missing required parameter', async () => {
    await control('POST', '/__fntasks/instances', {
      instances: [
        {
          ...SETUP,
          instanceName: 'ctr_old',
          modelType: 'tf_checkpoint',
          versionId: 100,
          createParameters: [{ name: 'algorithm', value: 'deepfm' }],
        },
      ],
    });
    const page = await openSetup({ ...SETUP, instanceName: 'ctr_old' });
    try {
      await page.waitForSelector('[data-testid=version-standing][data-standing=other]');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid=version-standing]')?.textContent?.includes('ctr-tf-1.0'),
      );
      expect(await page.textContent('[data-testid=version-standing]')).toBe(
        'runs version 100 (ctr-tf-1.0), not the current one',
      );
      expect(await parameterRows(page, 'version-create-parameters')).toContainEqual([
        'label',
        'required',
        'missing',
      ]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('shows a hostile version from the wire as text, and Version.NotExist in its own error box', async () => {
    await control('POST', '/__fntasks/versions', {
      versions: [
        {
          functionName: 'ctr',
          versionId: 150,
          versionName: HOSTILE,
          modelType: 'text',
          current: true,
          versionConfig: {
            createParameters: [{ name: HOSTILE, required: 'true' }],
            depends: [{ dependency: HOSTILE, condition: HOSTILE, description: HOSTILE }],
          },
        },
      ],
    });
    await control('POST', '/__fntasks/instances', {
      instances: [
        { ...SETUP, instanceName: 'ctr_text', modelType: 'text', versionId: 150 },
        { ...SETUP, instanceName: 'ctr_nrt', modelType: 'near_realtime' },
      ],
    });
    const page = await openSetup({ ...SETUP, instanceName: 'ctr_text' });
    try {
      await page.waitForSelector('[data-testid=current-version]');
      expect(await page.textContent('[data-testid=current-version]')).toBe(`${HOSTILE} id 150`);
      expect(await parameterRows(page, 'version-create-parameters')).toEqual([
        [expect.stringContaining(HOSTILE), 'required', 'missing'],
      ]);
      expect(await page.textContent('[data-testid=version-depends]')).toContain('<script>');
      expect(await page.$$eval('[data-testid=setup] img, [data-testid=setup] script', (n) => n.length)).toBe(
        0,
      );
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

      await page.goto(viewUrl(stack.server.url, { ...SETUP, instanceName: 'ctr_nrt' }, 'tab=setup'));
      await page.waitForSelector('[data-testid=setup-version] [data-testid=error]');
      expect(await page.textContent('[data-testid=setup-version] [data-testid=error-code]')).toBe(
        'Version.NotExist',
      );
      // The instance itself is still shown above it.
      expect(await page.textContent('[data-testid=setup-model-type]')).toBe('near_realtime');
    } finally {
      await page.close();
    }
  }, 60_000);
});
