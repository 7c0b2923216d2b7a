/** `pnpm start`'s script: emulator with demo data + dashboard, the URL printed, a taken port avoided, Ctrl-C. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

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
      const instances = (await (await fetch(`${dashboard}/api/instances`)).json()) as {
        instances: { instanceName: string }[];
      };
      expect(instances.instances.map((i) => i.instanceName)).toContain('ctr_test');
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
