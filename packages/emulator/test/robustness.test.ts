import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { control, rawRequest, startTestEmulator, task } from './helpers.js';

/** Sends raw bytes (not necessarily valid HTTP) and resolves with whatever comes back before the close. */
function sendBytes(url: string, bytes: string): Promise<string> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(u.port), u.hostname, () => socket.end(bytes));
    let out = '';
    socket.on('data', (c) => {
      out += c.toString();
    });
    socket.on('close', () => resolve(out));
    socket.on('error', () => resolve(out));
  });
}

describe('bad input never crashes the server', () => {
  it('odd URLs, bodies and bytes each get an answer, and the server keeps serving', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(1)]);
    const paths = [
      '/v4/openapi/app-groups/%/functions/ctr/instances/inst/tasks',
      '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks?pageSize=%F0%9F',
      '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks?&&&=&pageSize',
      '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks?pageNumber=1e309',
      '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks?startTime=99999999999999999999',
      `/v4/openapi/app-groups/${'x'.repeat(5000)}/functions/ctr/instances/inst/tasks`,
      '/__fntasks/',
      '/__fntasks/../v4',
      '/',
    ];
    for (const path of paths) {
      const res = await rawRequest(h.url, path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(res.json, path).toBeDefined();
    }
    for (const body of [
      '',
      'null',
      '[]',
      '"x"',
      '{"tasks": null}',
      '{"tasks": [null]}',
      '{"tasks": [{"runId": {}}]}',
      '\u0000',
    ]) {
      const res = await control(h, 'POST', 'tasks', body);
      expect(res.status, body).toBe(400);
      expect(typeof res.json.error).toBe('string');
    }
    for (const route of ['clock', 'faults', 'auth', 'casing']) {
      for (const body of ['null', '[]', '7', '{"a":1}']) {
        expect((await control(h, 'PUT', route, body)).status, `${route} ${body}`).toBe(400);
      }
    }
    expect((await control(h, 'POST', 'reset', { seed: -1 })).status).toBe(400);
    expect((await control(h, 'POST', 'reset', { seed: 'one' })).status).toBe(400);
    expect(await sendBytes(h.url, 'NOT HTTP AT ALL\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    const health = await control(h, 'GET', 'health');
    expect(health.json).toEqual({ ok: true });
    expect(
      (await rawRequest(h.url, '/v4/openapi/app-groups/app/functions/ctr/instances/inst/tasks')).json
        .totalCount,
    ).toBe(1);
  });
});
