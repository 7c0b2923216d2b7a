/**
 * The runnable clients the generators produce call ListFunctionTasks and GetFunctionTask against a real emulator
 * (127.0.0.1, port 0), in both casings, and read the tasks the fixture holds.
 */
import { join } from 'node:path';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT } from '../src/generators.js';
import { APP, CASINGS, type Casing, FN, INSTANCE, startFixtureEmulator } from './fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: the generated modules are imported at run time
type Loose = any;
const load = (file: string): Promise<Loose> => import(join(OUT, file));
const header = (casing: Casing) => ({ 'x-fntasks-casing': casing });

/** One generated client: list the tasks and get generation 2, answering the raw bodies. */
type Call = (base: string, casing: Casing) => Promise<{ list: unknown; task: unknown }>;

const CLIENTS: Record<string, Call> = {
  'hey-api': async (base, casing) => {
    const { createClient, createConfig } = await load('hey-api/client/index.ts');
    const sdk = await load('hey-api/sdk.gen.ts');
    const client = createClient(createConfig({ baseUrl: base, headers: header(casing) }));
    const path = { appGroupIdentity: APP, functionName: FN, instanceName: INSTANCE };
    const list = await sdk.listFunctionTasks({ client, path, query: { pageSize: 10 }, throwOnError: true });
    const task = await sdk.getFunctionTask({
      client,
      path: { ...path, generation: '2' },
      throwOnError: true,
    });
    return { list: list.data, task: task.data };
  },
  'swagger-typescript-api': async (base, casing) => {
    const { Api } = await load('swagger-typescript-api/api.ts');
    const api = new Api({ baseUrl: base, baseApiParams: { headers: header(casing) } });
    const list = await api.v4.listFunctionTasks(APP, FN, INSTANCE, { pageSize: 10 });
    const task = await api.v4.getFunctionTask(APP, FN, INSTANCE, '2');
    return { list: list.data, task: task.data };
  },
  'openapi-zod-client': async (base, casing) => {
    // Zodios validates each answer with the generated zod schema before returning it.
    const { createApiClient } = await load('openapi-zod-client/client.ts');
    const api = createApiClient(base);
    const params = { appGroupIdentity: APP, functionName: FN, instanceName: INSTANCE };
    const list = await api.ListFunctionTasks({ params, queries: { pageSize: 10 }, headers: header(casing) });
    const task = await api.GetFunctionTask({
      params: { ...params, generation: '2' },
      headers: header(casing),
    });
    return { list, task };
  },
  orval: async (base, casing) => {
    process.env.OPENSEARCH_BASE_URL = base;
    const client = await load('orval/client.ts');
    const list = await client.listFunctionTasks(
      APP,
      FN,
      INSTANCE,
      { pageSize: 10 },
      { headers: header(casing) },
    );
    const task = await client.getFunctionTask(APP, FN, INSTANCE, '2', { headers: header(casing) });
    expect([list.status, task.status]).toEqual([200, 200]);
    return { list: list.data, task: task.data };
  },
  oazapfts: async (base, casing) => {
    const api = await load('oazapfts/api.ts');
    const opts = { baseUrl: base, headers: header(casing) };
    const list = await api.listFunctionTasks(APP, FN, INSTANCE, { pageSize: 10 }, opts);
    const task = await api.getFunctionTask(APP, FN, INSTANCE, '2', opts);
    expect([list.status, task.status]).toEqual([200, 200]);
    return { list: list.data, task: task.data };
  },
  'typed-openapi': async (base, casing) => {
    const { createApiClient } = await load('typed-openapi/api.client.ts');
    const fetcher = {
      fetch: (input: Loose) => {
        if (input.urlSearchParams) input.url.search = input.urlSearchParams.toString();
        return fetch(input.url, { method: input.method.toUpperCase(), headers: header(casing) });
      },
    };
    const api = createApiClient(fetcher, base);
    const path = { appGroupIdentity: APP, functionName: FN, instanceName: INSTANCE };
    const tasks =
      '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks';
    const list = await api.get(tasks, { path, query: { pageSize: 10 } });
    const task = await api.get(`${tasks}/{generation}`, { path: { ...path, generation: '2' } });
    return { list, task };
  },
};

let h: EmulatorHandle;
beforeAll(async () => {
  h = await startFixtureEmulator();
});
afterAll(() => h.close());

/** The generations of a list body and the generation of a task body, in either casing. */
function read(casing: Casing, list: Loose, task: Loose) {
  const [result, generation] = casing === 'camel' ? ['result', 'generation'] : ['Result', 'Generation'];
  return {
    list: (list[result] as Loose[]).map((t) => t[generation]),
    task: task[result][generation],
  };
}

describe.each(Object.keys(CLIENTS))('%s', (name) => {
  it.each(CASINGS)('lists the tasks and gets one, %s', async (casing) => {
    const { list, task } = await (CLIENTS[name] as Call)(h.url, casing);
    expect(read(casing, list, task)).toEqual({ list: ['2', '1'], task: '2' });
  });
});
