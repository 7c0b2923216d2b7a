// What both core benches drive: the fixed server in its own process, and the three ways of asking it for the same
// page (the signed client, the same client unsigned, and a bare fetch + res.json()), plus the loop that counts them.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFunctionTasksClient } from '@fntasks/core';

const here = dirname(fileURLToPath(import.meta.url));

/** Starts bench/fixed-server.mjs; returns the variants and `stop()`. */
export async function startBenchVariants() {
  const server = fork(join(here, 'fixed-server.mjs'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve) => server.once('message', (m) => resolve(m.port)));
  const endpoint = `http://127.0.0.1:${port}`;
  const params = {
    appGroupIdentity: 'bench-app',
    functionName: 'ctr',
    instanceName: 'ctr_bench',
    pageNumber: 1,
    pageSize: 10,
  };
  const client = createFunctionTasksClient({
    endpoint,
    credentials: { accessKeyId: 'LTAI5tBenchKeyId', accessKeySecret: 'bench-secret-not-real' },
  });
  // The same client without credentials: shows what signing costs (not a target, for reading the figures).
  const unsignedClient = createFunctionTasksClient({ endpoint });
  const url = `${endpoint}/v4/openapi/app-groups/bench-app/functions/ctr/instances/ctr_bench/tasks?pageNumber=1&pageSize=10`;
  return {
    variants: {
      client: () => client.listFunctionTasks(params),
      unsigned: () => unsignedClient.listFunctionTasks(params),
      fetch: () => fetch(url, { headers: { accept: 'application/json' } }).then((res) => res.json()),
    },
    stop() {
      server.disconnect();
      server.kill();
    },
  };
}

/** Runs `fn` with `inFlight` concurrent loops for `ms`; returns requests completed. */
export async function countRequests(fn, inFlight, ms) {
  const until = performance.now() + ms;
  let done = 0;
  const loop = async () => {
    while (performance.now() < until) {
      await fn();
      done++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  return done;
}
