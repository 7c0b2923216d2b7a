/** `pnpm start`'s script: emulator with demo data + dashboard, the URL printed, a taken port avoided, Ctrl-C. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers.js';

const SCRIPT = new URL('../../../scripts/start.mjs', import.meta.url).pathname;

describe('scripts/start.mjs', () => {
  it('starts both on free ports when the preferred ones are taken, prints the URL, and stops on SIGINT', async () => {
    // Hold a port so the script has to fall back (the preferred ports come from the environment here).
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const taken = (blocker.address() as { port: number }).port;
    const child = spawn(process.execPath, [SCRIPT], {
      env: { ...process.env, FNTASKS_EMULATOR_PORT: String(taken), FNTASKS_WEB_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    try {
      const deadline = Date.now() + 20_000;
      while (!out.includes('Ctrl-C') && Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(out).toContain(`port ${taken} is taken`);
      const dashboard = /dashboard\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] as string;
      const emulator = /emulator\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] as string;
      expect(emulator).not.toContain(`:${taken}`);
      expect(out).toMatch(/demo tasks/);
      // None configured: the page discovers the demo's app groups through ListAppGroups, forwarded by the server.
      const session = (await (await fetch(`${dashboard}/api/session`)).json()) as { appGroups: string[] };
      expect(session.appGroups).toEqual([]);
      const groups = (await (await fetch(`${dashboard}/v4/openapi/app-groups`)).json()) as {
        result: Array<{ name: string }>;
      };
      expect(groups.result.map((g) => g.name).sort()).toEqual(['app_group_name', 'my-app', 'shop-search']);
      const instances = await (
        await fetch(`${dashboard}/v4/openapi/app-groups/my-app/functions/ctr/instances`)
      ).text();
      expect(instances).toContain('ctr_test');
      const page = await fetch(
        `${dashboard}/v4/openapi/app-groups/my-app/functions/ctr/instances/ctr_test/tasks?pageSize=3`,
      );
      expect(page.status).toBe(200);
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      await expect(fetch(`${dashboard}/`)).rejects.toThrow();
      await expect(fetch(`${emulator}/__fntasks/health`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      blocker.close();
    }
  });
});

describe('the server CLI (dist/server/main.js)', () => {
  it('signs with credentials from core’s Node chain (environment) and never prints the secret', async () => {
    const { startEmulator } = await import('@fntasks/emulator');
    const key = { accessKeyId: 'LTAI5tCliChainKey', accessKeySecret: 'cli-chain-FAKE-secret-42' };
    const emulator = await startEmulator({ port: 0, auth: { mode: 'verify', keys: [key] } });
    emulator.loadTasks([
      {
        appGroupIdentity: 'a',
        functionName: 'ctr',
        instanceName: 'i',
        runId: 'r1',
        generation: '1',
        status: 'success',
        progress: 100,
        startTime: Date.now() - 60_000,
        endTime: Date.now() - 30_000,
        extendInfo: {},
      },
    ]);
    const home = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/fntasks-home-`);
    const child = spawn(
      process.execPath,
      [
        new URL('../dist/server/main.js', import.meta.url).pathname,
        '--endpoint',
        emulator.url,
        '--port',
        '0',
      ],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: home,
          ALIBABA_CLOUD_ACCESS_KEY_ID: key.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: key.accessKeySecret,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    try {
      const deadline = Date.now() + 15_000;
      while (!/Signing with/.test(out) && Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(out).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
      const url = /dashboard: (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] as string;
      const res = await fetch(`${url}/v4/openapi/app-groups/a/functions/ctr/instances/i/tasks?pageSize=5`);
      const body = await res.text();
      expect(res.status, body).toBe(200);
      expect(JSON.parse(body).totalCount).toBe(1);
      expect(body).not.toContain(key.accessKeySecret);
      expect(out).not.toContain(key.accessKeySecret);
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await emulator.close();
    }
  });
});

describe('fntasks-web --emulator URL', () => {
  it('against a seeded emulator opens on the overview: the app groups come from ListAppGroups', async () => {
    const { startEmulator } = await import('@fntasks/emulator');
    const emulator = await startEmulator({ port: 0, seed: 1 });
    const child = spawn(
      process.execPath,
      [
        new URL('../dist/server/main.js', import.meta.url).pathname,
        '--emulator',
        emulator.url,
        '--port',
        '0',
      ],
      {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const browser = await launchBrowser();
    try {
      const deadline = Date.now() + 15_000;
      while (!/dashboard: http/.test(out) && Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const url = /dashboard: (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1] as string;
      expect(url, out).toBeDefined();
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForSelector('[data-testid=instance-cards]', { timeout: 20_000 });
      expect(await page.locator('[data-testid=empty]').count()).toBe(0);
      const cards = await page.locator('[data-testid=instance-cards]').innerText();
      expect(cards).toContain('ctr_test');
    } finally {
      await browser.close();
      if (child.exitCode === null) child.kill('SIGKILL');
      await emulator.close();
    }
  });
});
