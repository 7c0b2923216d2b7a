// What both core benches drive: the fixed server in its own process (camelCase, and a PascalCase one for the
// official SDK), and the ways of asking it for the same page, plus the loop that counts them:
// - client: core with defaults (ACS3 signing, default timeout, retries on), camelCase server;
// - unsigned: the same without credentials (what signing costs; a reference, not a target);
// - raw: node:http with a keep-alive agent + JSON.parse, nothing else (the floor);
// - fetch: fetch(url) + res.json();
// - clientPascal / sdk: core and the official SDK (@alicloud/opensearch20171225, signing too) on the PascalCase server;
// - floor: the hand-written loop issue 13 names as the floor to approach (inline ACS3 signing over node:crypto, a
//   cached date, a randomUUID nonce, node:crypto's one-shot hash and createHmac, no timeout or retries, JSON.parse
//   and normalizePage of the 10 tasks);
// - rawSigned: raw node:http sending the headers of core's own signer (what signing costs in place).
import { fork } from 'node:child_process';
import { createHmac, hash, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFunctionTasksClient } from '@fntasks/core';
import { normalizePage } from '@fntasks/core/normalize';
import { createAttemptSigner } from '../dist/signing/sign-attempt.js';

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

/** One GET of the page with `headers` (over `agent`, else the global keep-alive agent); resolves with `read(body)`. */
function getPage(port, headers, read, agent) {
  const options = { host: '127.0.0.1', port, path: PATH, headers, ...(agent ? { agent } : {}) };
  return new Promise((resolve, reject) => {
    request(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve(read(text)));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** node:http with a keep-alive agent and JSON.parse: the baseline a client can approach. */
function rawHttp(port) {
  const agent = new Agent({ keepAlive: true });
  const headers = { accept: 'application/json' };
  return () => getPage(port, headers, JSON.parse, agent);
}

/** The floor: everything a signed, normalised call needs, written inline with nothing else. */
function floorLoop(port) {
  const [pathname, query] = PATH.split('?');
  const empty = hash('sha256', '', 'hex');
  const signed = 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version';
  let second = -1;
  let date = '';
  return () => {
    const now = Math.floor(Date.now() / 1000);
    if (now !== second) {
      second = now;
      date = new Date(now * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    // randomUUID draws from a cached entropy pool: the cheapest unique nonce node:crypto offers.
    const nonce = randomUUID();
    const canonical = `GET\n${pathname}\n${query}\nhost:127.0.0.1:${port}\nx-acs-action:ListFunctionTasks\nx-acs-content-sha256:${empty}\nx-acs-date:${date}\nx-acs-signature-nonce:${nonce}\nx-acs-version:2017-12-25\n\n${signed}\n${empty}`;
    const digest = hash('sha256', canonical, 'hex');
    const signature = createHmac('sha256', KEY.accessKeySecret)
      .update(`ACS3-HMAC-SHA256\n${digest}`)
      .digest('hex');
    const headers = {
      accept: 'application/json',
      'x-acs-action': 'ListFunctionTasks',
      'x-acs-version': '2017-12-25',
      'x-acs-date': date,
      'x-acs-signature-nonce': nonce,
      'x-acs-content-sha256': empty,
      authorization: `ACS3-HMAC-SHA256 Credential=${KEY.accessKeyId},SignedHeaders=${signed},Signature=${signature}`,
    };
    return getPage(port, headers, (text) => normalizePage({ body: text, pageNumber: 1, pageSize: 10 }));
  };
}

/** Raw node:http with the headers core's signer makes for the same request, then JSON.parse. */
function rawSigned(port) {
  const sign = createAttemptSigner({ credentials: KEY });
  const url = `http://127.0.0.1:${port}${PATH}`;
  return () =>
    getPage(port, sign({ method: 'GET', url, headers: {} }, 'ListFunctionTasks').headers, JSON.parse);
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
      rawSigned: rawSigned(camel.port),
      floor: floorLoop(camel.port),
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

/**
 * The order of the variants' windows in one round: forward and backward in turn, starting one further along each
 * time, so every variant follows every other one as often as it precedes it. (A plain rotation keeps the cyclic
 * order: one variant then always runs right after the same other one, and pays for that one's garbage: the
 * client always ran right after fetch, whose undici allocates far more, and lost ~10% to its GC.)
 */
export function windowOrder(names, round) {
  const rotated = names.map((_, i) => names[(i + (round >> 1)) % names.length]);
  return round % 2 === 0 ? rotated : rotated.reverse();
}
