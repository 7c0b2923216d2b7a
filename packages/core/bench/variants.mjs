// What both core benches drive: the fixed server in its own process (camelCase, and a PascalCase one for the
// official SDK), and the ways of asking it for the same page, plus the loop that counts them:
// - client: core with defaults (ACS3 signing, default timeout, retries on), camelCase server;
// - unsigned: the same without credentials (what signing costs; a reference, not a target);
// - raw: node:http with a keep-alive agent + JSON.parse, nothing else (the floor);
// - fetch: fetch(url) + res.json();
// - clientPascal / sdk: core and the official SDK (@alicloud/opensearch20171225, signing too) on the PascalCase server.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFunctionTasksClient } from '@fntasks/core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const KEY = { accessKeyId: 'LTAI5tBenchKeyId', accessKeySecret: 'bench-secret-not-real' };
const NAMES = { appGroupIdentity: 'bench-app', functionName: 'ctr', instanceName: 'ctr_bench' };
const PATH =
  '/v4/openapi/app-groups/bench-app/functions/ctr/instances/ctr_bench/tasks?pageNumber=1&pageSize=10';

async function startServer(casing) {
  const server = fork(join(here, 'fixed-server.mjs'), [casing], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve) => server.once('message', (m) => resolve(m.port)));
  return { server, port };
}

/** The official SDK's client class (CommonJS; its default export holds the class). */
function officialClient(port) {
  const { $OpenApiUtil } = require('@alicloud/openapi-core');
  const sdk = require('@alicloud/opensearch20171225');
  const Client = sdk.default?.default ?? sdk.default;
  const client = new Client(
    new $OpenApiUtil.Config({ ...KEY, endpoint: `127.0.0.1:${port}`, protocol: 'http' }),
  );
  const params = new sdk.ListFunctionTasksRequest({ pageNumber: 1, pageSize: 10 });
  return () =>
    client.listFunctionTasks(NAMES.appGroupIdentity, NAMES.functionName, NAMES.instanceName, params);
}

/** node:http with a keep-alive agent and JSON.parse: the floor a client can approach. */
function rawHttp(port) {
  const agent = new Agent({ keepAlive: true });
  const options = { host: '127.0.0.1', port, path: PATH, agent, headers: { accept: 'application/json' } };
  return () =>
    new Promise((resolve, reject) => {
      request(options, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve(JSON.parse(text)));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
}

/** A call that builds what it calls on first use. */
function lazily(build) {
  let call;
  return () => {
    call ??= build();
    return call();
  };
}

/** Starts the fixed servers; returns the variants and `stop()`. */
export async function startBenchVariants() {
  const camel = await startServer('camel');
  const pascal = await startServer('pascal');
  const endpoint = `http://127.0.0.1:${camel.port}`;
  const params = { ...NAMES, pageNumber: 1, pageSize: 10 };
  const client = createFunctionTasksClient({ endpoint, credentials: KEY });
  const unsignedClient = createFunctionTasksClient({ endpoint });
  const pascalClient = createFunctionTasksClient({
    endpoint: `http://127.0.0.1:${pascal.port}`,
    credentials: KEY,
  });
  return {
    variants: {
      client: () => client.listFunctionTasks(params),
      unsigned: () => unsignedClient.listFunctionTasks(params),
      raw: rawHttp(camel.port),
      fetch: () =>
        fetch(`${endpoint}${PATH}`, { headers: { accept: 'application/json' } }).then((res) => res.json()),
      clientPascal: () => pascalClient.listFunctionTasks(params),
      // Loaded on first use (during the warm-up): the SDK's module graph is large and other runs need none of it.
      sdk: lazily(() => officialClient(pascal.port)),
    },
    stop() {
      for (const { server } of [camel, pascal]) {
        server.disconnect();
        server.kill();
      }
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
