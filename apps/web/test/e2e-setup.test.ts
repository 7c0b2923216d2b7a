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

describe("Setup tab: the function's resources (ListFunctionResources, GetFunctionResource)", () => {
  const RES = { appGroupIdentity: SETUP.appGroupIdentity, functionName: 'hot' };
  const USER = { ...RES, instanceName: 'hot_user' };
  const LONG_CONTENT = `${'line of words\n'.repeat(2_500)}${HOSTILE}`;
  const DAY = 86_400_000;

  beforeAll(async () => {
    const now = Date.now();
    await control('POST', '/__fntasks/instances', {
      instances: [
        // It names `hot_features` in a parameter: that is what makes an instance use a resource.
        {
          ...USER,
          modelType: 'offline_inference',
          createParameters: [{ name: 'generator', value: 'hot_features' }],
        },
      ],
    });
    await control('POST', '/__fntasks/resources', {
      resources: [
        {
          ...RES,
          resourceName: 'hot_features',
          resourceType: 'feature_generator',
          description: 'Features of the hot model',
          data: {
            generators: [
              {
                generator: 'id_feature',
                input: { features: [{ name: 'user_id', type: 'user' }] },
                output: 'user_id_feature',
              },
              {
                generator: 'combo_feature',
                input: {
                  features: [
                    { name: 'category', type: 'item' },
                    { name: HOSTILE, type: 'user' },
                  ],
                },
                output: 'category_x',
              },
            ],
          },
          createTime: now - 3 * DAY,
          modifyTime: now - 2 * DAY,
        },
        {
          ...RES,
          resourceName: 'hot_stopwords',
          resourceType: 'raw_file',
          description: `Stop words ${HOSTILE}`,
          data: { content: 'the\na\nof' },
          createTime: now - 3 * DAY,
          modifyTime: now - 3 * 3_600_000,
        },
        {
          ...RES,
          resourceName: 'hot_big',
          resourceType: 'raw_file',
          description: '',
          data: { content: LONG_CONTENT },
        },
      ],
    });
  });

  /** The resource rows as [name, type, description, modified, used by] text. */
  const resourceRows = (page: Page) =>
    page.$$eval('[data-testid=resource]', (bodies) =>
      bodies.map((b) =>
        [...(b.querySelector('tr')?.querySelectorAll('th, td') ?? [])]
          .slice(0, 5)
          .map((c) => (c.textContent ?? '').trim()),
      ),
    );

  it('lists every resource with its type, description, modify time and the instances that use it', async () => {
    const page = await openSetup(USER);
    try {
      await page.waitForSelector('[data-testid=resource]');
      expect(await page.textContent('#setup-resources')).toBe('Resources of hot (3)');
      const rows = await resourceRows(page);
      const byName = new Map(rows.map((r) => [r[0], r]));
      expect([...byName.keys()].sort()).toEqual(['hot_big', 'hot_features', 'hot_stopwords']);
      expect(byName.get('hot_features')).toEqual([
        'hot_features',
        'feature_generator',
        'Features of the hot model',
        '2 d ago',
        'hot_userthis instance',
      ]);
      expect(byName.get('hot_stopwords')?.slice(1, 5)).toEqual([
        'raw_file',
        // 82 characters: cut to its start, the whole in the disclosure
        expect.stringContaining(`Stop words ${HOSTILE}`),
        '3 h ago',
        'nothing',
      ]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("shows a resource's content when asked: a raw file as text, generators as a table, each read once", async () => {
    const page = await openSetup(USER);
    try {
      const reads: string[] = [];
      page.on('request', (r) => {
        if (/\/resources\/[^/?]+$/.test(new URL(r.url()).pathname)) reads.push(r.url());
      });
      const stopwords = '[data-testid=resource][data-name=hot_stopwords]';
      await page.waitForSelector(stopwords);
      expect(await page.$('[data-testid=resource-content]')).toBeNull();
      await page.click(`${stopwords} button`);
      await page.waitForSelector(`${stopwords} [data-testid=resource-raw]`);
      expect(await page.textContent(`${stopwords} [data-testid=resource-raw]`)).toBe('the\na\nof');
      expect(await page.getAttribute(`${stopwords} button`, 'aria-expanded')).toBe('true');
      await page.click(`${stopwords} button`);
      expect(await page.isVisible(`${stopwords} [data-testid=resource-raw]`)).toBe(false);
      await page.click(`${stopwords} button`);
      expect(await page.isVisible(`${stopwords} [data-testid=resource-raw]`)).toBe(true);

      const features = '[data-testid=resource][data-name=hot_features]';
      await page.click(`${features} button`);
      await page.waitForSelector(`${features} [data-testid=resource-generators]`);
      const generators = await page.$$eval(`${features} [data-testid=resource-generators] tbody tr`, (rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((c) => (c.textContent ?? '').trim())),
      );
      expect(generators[0]).toEqual(['id_feature', 'user_id: user', 'user_id_feature']);
      expect(generators[1]?.[0]).toBe('combo_feature');
      expect(generators[1]?.[1]).toContain(`category: item, ${HOSTILE.slice(0, 40)}`);
      // one read per resource opened, whatever the toggling
      expect(reads).toHaveLength(2);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('keeps a long content bounded and every hostile string inert', async () => {
    const page = await openSetup(USER);
    try {
      const big = '[data-testid=resource][data-name=hot_big]';
      await page.waitForSelector(big);
      await page.click(`${big} button`);
      await page.waitForSelector(`${big} [data-testid=resource-raw]`);
      const shown = (await page.textContent(`${big} [data-testid=resource-raw]`)) ?? '';
      expect(shown.startsWith(LONG_CONTENT.slice(0, 20_000))).toBe(true);
      expect(
        shown.endsWith(`… ${(LONG_CONTENT.length - 20_000).toLocaleString('en-US')} more characters`),
      ).toBe(true);
      expect(await page.textContent(`${big} [data-testid=resource-content]`)).toContain(
        `Content (${LONG_CONTENT.length.toLocaleString('en-US')} characters)`,
      );
      await page.click('[data-testid=resource][data-name=hot_features] button');
      await page.waitForSelector('[data-testid=resource-generators]');
      expect(await page.$$eval('[data-testid=setup] img, [data-testid=setup] script', (n) => n.length)).toBe(
        0,
      );
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await page.close();
    }
  }, 60_000);

  it('reads the resources page by page and shows at most 500, saying how many there are', async () => {
    const many = { appGroupIdentity: SETUP.appGroupIdentity, functionName: 'hint' };
    await control('POST', '/__fntasks/instances', {
      instances: [{ ...many, instanceName: 'hint_many', modelType: 'text' }],
    });
    await control('POST', '/__fntasks/resources', {
      resources: Array.from({ length: 510 }, (_, i) => ({
        ...many,
        resourceName: `r_${String(i).padStart(3, '0')}`,
        resourceType: 'raw_file',
        data: { content: String(i) },
      })),
    });
    const page = await browser.context.newPage();
    try {
      const pages: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.endsWith('/functions/hint/resources')) pages.push(r.url());
      });
      await page.goto(viewUrl(stack.server.url, { ...many, instanceName: 'hint_many' }, 'tab=setup'));
      await page.waitForSelector('[data-testid=resources-cut]');
      expect(await page.textContent('[data-testid=resources-cut]')).toBe('The first 500 of 510 are shown.');
      expect(await page.$$eval('[data-testid=resource]', (n) => n.length)).toBe(500);
      expect(await page.textContent('#setup-resources')).toBe('Resources of hint (510)');
      expect(pages).toHaveLength(5);
      expect(pages.every((u) => new URL(u).searchParams.get('pageSize') === '100')).toBe(true);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("reads the same from a PascalCase upstream (the SDK model's casing)", async () => {
    await control('PUT', '/__fntasks/casing', { casing: 'pascal' });
    const page = await openSetup(USER);
    try {
      await page.waitForSelector('[data-testid=resource]');
      await page.waitForSelector('[data-testid=current-version]');
      expect(await page.textContent('[data-testid=setup-model-type]')).toBe('offline_inference');
      expect(await page.textContent('[data-testid=current-version]')).toBe('hot-1.1 id 301');
      expect((await resourceRows(page)).find((r) => r[0] === 'hot_features')?.[4]).toBe(
        'hot_userthis instance',
      );
      await page.click('[data-testid=resource][data-name=hot_stopwords] button');
      await page.waitForSelector(
        '[data-testid=resource][data-name=hot_stopwords] [data-testid=resource-raw]',
      );
      expect(
        await page.textContent('[data-testid=resource][data-name=hot_stopwords] [data-testid=resource-raw]'),
      ).toBe('the\na\nof');
    } finally {
      await control('PUT', '/__fntasks/casing', { casing: 'camel' });
      await page.close();
    }
  }, 60_000);

  it('says why the resources cannot be listed, in their own error box', async () => {
    const page = await openSetup({ appGroupIdentity: 'no-such-app', functionName: 'ctr', instanceName: 'x' });
    try {
      await page.waitForSelector('[data-testid=setup-resources] [data-testid=error]');
      expect(await page.textContent('[data-testid=setup-resources] .error-title')).toContain(
        'Cannot list the resources',
      );
      expect(await page.textContent('[data-testid=setup-resources] [data-testid=error-code]')).toBe(
        'App.NotFound',
      );
    } finally {
      await page.close();
    }
  }, 60_000);
});
