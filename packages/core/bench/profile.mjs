// Profiling aid (not the bench): hammers the fixed server with one variant for a few seconds and prints req/s.
// node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs [client|unsigned|fetch] [inFlight] [ms]
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFunctionTasksClient } from '@fntasks/core';

const here = dirname(fileURLToPath(import.meta.url));
const [variant = 'client', inFlightArg = '1', msArg = '3000'] = process.argv.slice(2);
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
const unsignedClient = createFunctionTasksClient({ endpoint });
const url = `${endpoint}/v4/openapi/app-groups/bench-app/functions/ctr/instances/ctr_bench/tasks?pageNumber=1&pageSize=10`;
const fns = {
  client: () => client.listFunctionTasks(params),
  unsigned: () => unsignedClient.listFunctionTasks(params),
  fetch: () => fetch(url, { headers: { accept: 'application/json' } }).then((res) => res.json()),
};
const fn = fns[variant];
async function run(ms, inFlight) {
  const until = performance.now() + ms;
  let done = 0;
  const loop = async () => {
    while (performance.now() < until) {
      await fn();
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, loop));
  return (done / (performance.now() - started)) * 1000;
}
await run(1000, Number(inFlightArg));
const cpu = process.cpuUsage();
const started = performance.now();
const rps = await run(Number(msArg), Number(inFlightArg));
const used = process.cpuUsage(cpu);
const elapsed = performance.now() - started;
console.log(
  `${variant} x${inFlightArg}: ${rps.toFixed(0)} req/s, ${((used.user + used.system) / ((rps * elapsed) / 1000)).toFixed(1)} µs CPU/req`,
);
server.disconnect();
server.kill();
