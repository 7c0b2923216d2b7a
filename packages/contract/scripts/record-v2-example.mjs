#!/usr/bin/env node
// Records examples/python-consumer-v2.pact.json the way a pact-python 1.x or Ruby consumer does: the Ruby mock
// service (Pact V2) is driven over plain HTTP. For each operation in both casings: the emulator (built dist/) is
// put in the interaction's provider state through its state-change endpoint, its answer becomes the expected body
// (every value matched by type, as Pact::SomethingLike does), the interaction is registered with the mock service's
// admin API, the request is sent to the mock service, and the mock service writes the pact.
//
//   npm install --prefix /tmp/pactrec @pact-foundation/pact-mock-service-linux-x64@2.1.0
//   PACT_MOCK_SERVICE=/tmp/pactrec/node_modules/@pact-foundation/pact-mock-service-linux-x64/bin/pact-mock-service \
//     node scripts/record-v2-example.mjs
//
// Not part of the test run (it needs the Ruby mock service, which is not a dependency); the pact it wrote is
// committed, and the tests verify it.
import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROVIDER_STATES_PATH, startEmulator } from '@fntasks/emulator';

const MOCK = process.env.PACT_MOCK_SERVICE;
if (!MOCK)
  throw new Error('set PACT_MOCK_SERVICE to the pact-mock-service binary (see the header of this script)');
const CONSUMER = 'python-ranking-job';
const PROVIDER = 'opensearch-function-tasks';
const OUT = new URL('../examples/python-consumer-v2.pact.json', import.meta.url).pathname;
const BASE = '/v4/openapi/app-groups/my-app/functions/ctr';
const INSTANCE = `${BASE}/instances/ctr_test`;

/** The operations, one interaction per casing. */
const OPERATIONS = [
  {
    name: 'ListFunctionTasks',
    state: 'an instance with tasks',
    method: 'GET',
    path: `${INSTANCE}/tasks`,
    query: 'pageNumber=1&pageSize=20',
    what: 'a page of training runs',
  },
  {
    name: 'GetFunctionTask',
    state: 'an instance with tasks',
    method: 'GET',
    path: `${INSTANCE}/tasks/3`,
    what: 'run 3',
  },
  {
    name: 'CreateFunctionTask',
    state: 'an instance with tasks',
    method: 'POST',
    path: `${INSTANCE}/tasks`,
    what: 'starting a run',
  },
  {
    name: 'DeleteFunctionTask',
    state: 'a run that can be deleted',
    method: 'DELETE',
    path: `${INSTANCE}/tasks/3`,
    what: 'deleting run 3',
  },
  {
    name: 'ListFunctionInstances',
    state: 'instances of a function',
    method: 'GET',
    path: `${BASE}/instances`,
    query: 'pageNumber=1',
    what: 'the instances of a function',
  },
  {
    name: 'GetFunctionInstance',
    state: 'an instance with tasks',
    method: 'GET',
    path: INSTANCE,
    what: 'an instance',
  },
  {
    name: 'GetFunctionDefaultInstance',
    state: 'a default instance',
    method: 'GET',
    path: `${BASE}/default-instance`,
    what: 'the default instance',
  },
];

/** Pact::SomethingLike in the Ruby DSL's JSON form: match by type. */
const like = (value) => ({ json_class: 'Pact::SomethingLike', contents: value });
const term = (generate, matcher) => ({
  json_class: 'Pact::Term',
  data: { generate, matcher: { json_class: 'Regexp', o: 0, s: matcher } },
});

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function call(url, init = {}) {
  const res = await fetch(url, { redirect: 'manual', ...init });
  const text = await res.text();
  if (!res.ok && !init.allowError) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${text}`);
  return { status: res.status, text };
}

const dir = mkdtempSync(join(tmpdir(), 'fntasks-v2-record-'));
const emulator = await startEmulator({ host: '127.0.0.1', port: 0 });
const port = await freePort();
const mock = spawn(
  MOCK,
  [
    'service',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--pact-dir',
    dir,
    '--pact-specification-version',
    '2',
    '--consumer',
    CONSUMER,
    '--provider',
    PROVIDER,
    '--log',
    join(dir, 'mock.log'),
  ],
  { stdio: 'ignore' },
);
const mockUrl = `http://127.0.0.1:${port}`;
const admin = { 'content-type': 'application/json', 'x-pact-mock-service': 'true' };
try {
  for (let i = 0; ; i += 1) {
    try {
      await call(mockUrl, { headers: admin });
      break;
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  for (const op of OPERATIONS) {
    for (const pascal of [false, true]) {
      const state = pascal ? `${op.state} (PascalCase)` : op.state;
      await call(`${emulator.url}${PROVIDER_STATES_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ state, params: {}, action: 'setup' }),
      });
      const target = op.query ? `${op.path}?${op.query}` : op.path;
      const answer = await call(`${emulator.url}${target}`, { method: op.method });
      const body = JSON.parse(answer.text);
      const interaction = {
        description: `${op.what} (${op.name}, ${pascal ? 'PascalCase' : 'camelCase'} answer)`,
        providerState: state,
        request: { method: op.method.toLowerCase(), path: op.path, ...(op.query ? { query: op.query } : {}) },
        response: {
          status: answer.status,
          headers: { 'Content-Type': term('application/json;charset=utf-8', '^application/json.*') },
          body: like(body),
        },
      };
      await call(`${mockUrl}/interactions`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify(interaction),
      });
      const replay = await call(`${mockUrl}${target}`, { method: op.method, allowError: true });
      if (replay.status !== answer.status)
        throw new Error(`${interaction.description}: the mock answered ${replay.status}: ${replay.text}`);
      await call(`${mockUrl}/interactions/verification`, { headers: admin });
      await call(`${mockUrl}/interactions`, { method: 'DELETE', headers: admin });
    }
  }
  await call(`${mockUrl}/pact`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ consumer: { name: CONSUMER }, provider: { name: PROVIDER } }),
  });
  renameSync(join(dir, `${CONSUMER}-${PROVIDER}.json`), OUT);
  console.log(`wrote ${OUT}`);
} finally {
  mock.kill('SIGTERM');
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
}
