/**
 * The server forwards every read of the operation table and no write but Train now's, whatever the table grows
 * to (the function family's instances, versions and resources among them), and its Host/Origin rules hold for
 * each read. Counted at the upstream: a pass-through hop in front of a real emulator (demo data, seed 1).
 */
import { startEmulator } from '@fntasks/emulator';
import {
  FUNCTION_OPERATION_IDS,
  FUNCTION_OPERATIONS,
  type FunctionOperationId,
  functionOperationPath,
  OPERATION_ID,
} from '@fntasks/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DashboardServer, startDashboardServer } from '../server/app.js';
import { raw, STATIC_DIR, startCountingProxy } from './helpers.js';

/** A value for every path parameter any operation has: a demo instance, resource and version of seed 1. */
const SEGMENTS: Record<string, string> = {
  appGroupIdentity: 'my-app',
  functionName: 'ctr',
  instanceName: 'ctr_test',
  generation: '1',
  versionId: '101',
  resourceName: 'ctr_stopwords',
};

const path = (id: FunctionOperationId) => {
  const operation = FUNCTION_OPERATIONS[id];
  const query = operation.query.some((q) => q.name === 'modelType') ? '?modelType=tf_checkpoint' : '';
  return functionOperationPath(id, SEGMENTS) + query;
};
const reads = FUNCTION_OPERATION_IDS.filter((id) => FUNCTION_OPERATIONS[id].method === 'GET');
const writes = FUNCTION_OPERATION_IDS.filter((id) => FUNCTION_OPERATIONS[id].method !== 'GET');

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let counter: Awaited<ReturnType<typeof startCountingProxy>>;
let server: DashboardServer;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1', seed: 1 });
  counter = await startCountingProxy(emulator.url);
  // Train now on: even then, the one write let through is CreateFunctionTask (and only with its CSRF token).
  server = await startDashboardServer({
    upstream: { endpoint: counter.url },
    staticDir: STATIC_DIR,
    port: 0,
    allowTrain: true,
    readCacheWindowMs: 0,
  });
});
afterAll(async () => {
  await server?.close();
  await counter?.close();
  await emulator?.close();
});

describe('what the server forwards', () => {
  it('every GET operation of the table, answered by the upstream', async () => {
    expect(reads.length).toBeGreaterThanOrEqual(5);
    for (const id of reads) {
      counter.seen.length = 0;
      const answer = await raw(server.url, { path: path(id) });
      expect(counter.seen, id).toHaveLength(1);
      expect(answer.headers['content-type'], id).toBe('application/json; charset=utf-8');
      expect(answer.status, `${id}: ${answer.body}`).toBe(200);
    }
  });

  it('no write of the table: each is refused before the upstream, from this page too', async () => {
    const session = await raw(server.url, { path: '/api/session' });
    const cookie = String(session.headers['set-cookie']).split(';')[0] ?? '';
    for (const id of writes) {
      counter.seen.length = 0;
      const answer = await raw(server.url, {
        method: FUNCTION_OPERATIONS[id].method,
        path: path(id),
        headers: { origin: server.url, 'content-type': 'application/json', cookie },
      });
      expect(counter.seen, id).toEqual([]);
      // Train now's route exists but wants the session's CSRF token; every other write is not served at all.
      expect(answer.status, id).toBe(id === OPERATION_ID.CreateFunctionTask ? 403 : 405);
    }
  });

  it('every read refuses a foreign Host, a foreign Origin and a cross-site fetch before the upstream', async () => {
    const port = new URL(server.url).port;
    const hostile: Record<string, string>[] = [
      { host: `attacker.example:${port}` },
      { origin: `http://attacker.example:${port}` },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const id of reads) {
      counter.seen.length = 0;
      for (const headers of hostile) {
        const answer = await raw(server.url, { path: path(id), headers });
        expect(answer.status, `${id} ${JSON.stringify(headers)}`).toBe(403);
      }
      expect(counter.seen, id).toEqual([]);
    }
  });
});
