/** The gateway's QPS cap (`--qps`): a token bucket per caller, on a real server. */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../src/cli-options.js';
import { GatewayRateLimit } from '../src/gateway-limit.js';
import { control, listRaw, startTestEmulator, task } from './helpers.js';

describe('gateway QPS cap', () => {
  it('refuses the N+1st call within a second with Throttling.User and its retry-after, then admits again', async () => {
    const h = await startTestEmulator({ faults: { qps: 5 } });
    h.loadTasks([task(1)]);
    const answers = await Promise.all(Array.from({ length: 6 }, () => listRaw(h)));
    const refused = answers.filter((a) => a.status !== 200);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.status).toBe(400);
    expect(refused[0]?.json.code).toBe('Throttling.User');
    const wait = Number(refused[0]?.headers['x-acs-retry-after']);
    // One token comes back every 200 ms at 5 QPS.
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(200);
    await sleep(wait + 20);
    expect((await listRaw(h)).status).toBe(200);
    expect((await listRaw(h)).status).toBe(400);
    await h.close();
  });

  it('keeps one bucket per AccessKey id across operations, and the control API is never counted', async () => {
    const h = await startTestEmulator({ faults: { qps: 2 } });
    h.loadTasks([task(1)]);
    const as = (id: string) => ({
      authorization: `ACS3-HMAC-SHA256 Credential=${id},SignedHeaders=host,Signature=${'ab'.repeat(32)}`,
    });
    expect((await listRaw(h, {}, as('AKID_A'))).status).toBe(200);
    expect((await listRaw(h, {}, as('AKID_A'))).status).toBe(200);
    expect((await listRaw(h, {}, as('AKID_A'))).json.code).toBe('Throttling.User');
    // Another account has its own bucket; so does an unsigned caller (by address).
    expect((await listRaw(h, {}, as('AKID_B'))).status).toBe(200);
    expect((await listRaw(h)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await control(h, 'GET', 'health')).status).toBe(200);
    await h.close();
  });

  it('is set and cleared through PUT /__fntasks/faults, and refuses a bad value naming it', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(1)]);
    expect((await control(h, 'PUT', 'faults', { qps: 1 })).json.faults.qps).toBe(1);
    expect((await listRaw(h)).status).toBe(200);
    expect((await listRaw(h)).status).toBe(400);
    expect((await control(h, 'PUT', 'faults', {})).json.faults.qps).toBe(0);
    expect((await listRaw(h)).status).toBe(200);
    const bad = await control(h, 'PUT', 'faults', { qps: 2.5 });
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/qps must be an integer from 0 \(no cap\) to 1000000, got 2.5/);
    await h.close();
  });

  it('--qps on the command line', () => {
    const parsed = parseCli(['--qps', '20'], {});
    expect(parsed !== 'help' && parsed.faults?.qps).toBe(20);
    expect(() => parseCli(['--qps', 'fast'], {})).toThrow(UsageError);
    expect(() => parseCli(['--qps', 'fast'], {})).toThrow(/--qps must be a non-negative integer, got "fast"/);
  });

  it('refills at N per second of real time and never holds more than N', () => {
    let now = 0;
    const limit = new GatewayRateLimit(() => now);
    limit.qps = 10;
    for (let i = 0; i < 10; i++) expect(limit.take('a')).toBe(0);
    expect(limit.take('a')).toBe(100);
    now += 50;
    expect(limit.take('a')).toBe(50);
    now += 10_000;
    for (let i = 0; i < 10; i++) expect(limit.take('a')).toBe(0);
    expect(limit.take('a')).toBeGreaterThan(0);
  });
});
