/**
 * Issue 12, class 1: the emulator applies the dashboard's rules to every route. A DNS-rebinding page (foreign
 * Host), a cross-site page (foreign Origin) and a cross-site form (no JSON content type) can neither read data
 * nor change state. Real HTTP on loopback, headers set by hand as a browser would send them.
 */
import { describe, expect, it } from 'vitest';
import { control, listRaw, rawRequest, startTestEmulator, task } from './helpers.js';

async function seeded(options: Parameters<typeof startTestEmulator>[0] = {}) {
  const h = await startTestEmulator(options);
  h.loadTasks([task(1), task(2)]);
  return h;
}

describe('Host must name the bound address', () => {
  it('answers to 127.0.0.1, localhost and [::1] on its port', async () => {
    const h = await seeded();
    for (const host of [
      `127.0.0.1:${h.port}`,
      `localhost:${h.port}`,
      `[::1]:${h.port}`,
      `LOCALHOST:${h.port}`,
    ]) {
      const res = await listRaw(h, {}, { host });
      expect(res.status, host).toBe(200);
    }
  });

  it('refuses a foreign Host on API reads (403, service error body) and on control routes ({error})', async () => {
    const h = await seeded();
    for (const host of ['evil.example', `evil.example:${h.port}`, `127.0.0.1:${h.port + 1}`, '127.0.0.1']) {
      const read = await listRaw(h, {}, { host });
      expect(read.status, host).toBe(403);
      expect(read.json).toMatchObject({ httpCode: 403, code: 'Emulator.ForeignHost' });
      expect(read.text).not.toContain('trigger__');
    }
    const instances = await rawRequest(h.url, '/__fntasks/instances', { headers: { host: 'evil.example' } });
    expect(instances.status).toBe(403);
    expect(instances.json.error).toMatch(/does not answer to Host "evil.example"/);
    // The rebinding attack of the issue: turning signature checks off.
    h.setAuth({ mode: 'verify', keys: [{ accessKeyId: 'id', accessKeySecret: 'secret' }] });
    const off = await rawRequest(h.url, '/__fntasks/auth', {
      method: 'PUT',
      headers: { host: `evil.example:${h.port}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'off' }),
    });
    expect(off.status).toBe(403);
    expect((await control(h, 'GET', 'auth')).json.mode).toBe('verify');
  });

  it('--allowed-host adds names: name:port as given, a bare name on the bound port', async () => {
    const h = await seeded({ allowedHosts: ['emulator', 'proxy.internal:443'] });
    expect((await listRaw(h, {}, { host: `emulator:${h.port}` })).status).toBe(200);
    expect((await listRaw(h, {}, { host: 'proxy.internal:443' })).status).toBe(200);
    expect((await listRaw(h, {}, { host: 'emulator:1' })).status).toBe(403);
    await expect(startTestEmulator({ allowedHosts: ['bad host/'] })).rejects.toThrow(
      /--allowed-host must be/,
    );
  });
});

describe('a foreign Origin is refused', () => {
  it('403 with a JSON error body on reads and writes; the emulator origin itself is fine', async () => {
    const h = await seeded();
    for (const origin of [
      'https://evil.example',
      'null',
      `http://localhost:${h.port + 1}`,
      `https://127.0.0.1:${h.port}`,
    ]) {
      const read = await listRaw(h, {}, { origin });
      expect(read.status, origin).toBe(403);
      expect(read.headers['content-type']).toMatch(/^application\/json/);
      expect(read.json.code).toBe('Emulator.ForeignOrigin');
      const reset = await rawRequest(h.url, '/__fntasks/reset', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
      });
      expect(reset.status).toBe(403);
      expect(reset.json.error).toMatch(/origin/);
    }
    expect((await listRaw(h, {}, { origin: `http://localhost:${h.port}` })).status).toBe(200);
    const crossSite = await listRaw(h, {}, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.json.code).toBe('Emulator.CrossSite');
    expect((await listRaw(h)).json.totalCount).toBe(2);
  });
});

describe('state-changing control requests need Content-Type: application/json', () => {
  it('text/plain and bodiless requests without it get 415 and change nothing', async () => {
    const h = await seeded();
    const attempts: { method: string; route: string; headers: Record<string, string>; body?: string }[] = [
      { method: 'POST', route: 'reset', headers: { 'content-type': 'text/plain' }, body: '{}' },
      { method: 'POST', route: 'reset', headers: {} },
      {
        method: 'PUT',
        route: 'casing',
        headers: { 'content-type': 'text/plain' },
        body: '{"casing":"pascal"}',
      },
      { method: 'DELETE', route: 'faults', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { method: 'POST', route: 'tasks', headers: { 'content-type': 'multipart/form-data' }, body: '' },
    ];
    h.setFaults({ latencyMs: 1 });
    for (const { method, route, headers, body } of attempts) {
      const res = await rawRequest(h.url, `/__fntasks/${route}`, { method, headers, body });
      expect(res.status, `${method} ${route}`).toBe(415);
      expect(res.json.error).toMatch(/needs Content-Type: application\/json/);
    }
    expect((await listRaw(h)).json.totalCount).toBe(2);
    expect((await control(h, 'GET', 'casing')).json.casing).toBe('camel');
    expect((await control(h, 'GET', 'faults')).json.faults.latencyMs).toBe(1);
    // Reads need no content type; a bodiless reset with the header works.
    expect((await rawRequest(h.url, '/__fntasks/health')).status).toBe(200);
    const reset = await rawRequest(h.url, '/__fntasks/reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(reset.json).toEqual({ ok: true, seeded: null });
  });
});
