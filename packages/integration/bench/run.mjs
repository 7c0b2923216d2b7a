// Benchmark: listing 100,000 tasks from the emulator with 50 ms injected latency per request (a realistic round
// trip), with client.iterateFunctionTasks (pages fetched ahead) versus a one-page-at-a-time listFunctionTasks
// loop; target ≥ 3x faster, with flat memory (peak RSS and heap of the client process reported).
// `--smoke` lists 3,000 tasks with 20 ms latency for CI and does not write BENCHMARKS.md.
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFunctionTasksClient } from '@fntasks/core';

const here = dirname(fileURLToPath(import.meta.url));
const smoke = process.argv.includes('--smoke') || process.env.FNTASKS_BENCH_SMOKE === '1';
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const COUNT = Number(option('count') ?? (smoke ? 3_000 : 100_000));
const LATENCY_MS = Number(option('latency') ?? (smoke ? 20 : 50));
const INSTANCE = { appGroupIdentity: 'bench-app', functionName: 'ctr', instanceName: 'ctr_bench' };

const seedStarted = performance.now();
const child = fork(join(here, 'emulator-child.mjs'), [String(COUNT), String(LATENCY_MS)], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const { url } = await new Promise((resolve, reject) => {
  child.once('message', resolve);
  child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
});
const seedMs = performance.now() - seedStarted;
const client = createFunctionTasksClient({ endpoint: url });

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
/** Samples heap use every 50 ms while `fn` runs; returns its time, result and the largest heap seen. */
async function measure(fn) {
  global.gc?.();
  const heapStart = process.memoryUsage().heapUsed;
  let heapPeak = heapStart;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 50);
  const started = performance.now();
  const count = await fn();
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { ms, count, heapStart, heapPeak, rssPeak: process.resourceUsage().maxRSS * 1024 };
}

// Each measurement counts and checks the tasks without keeping them (flat memory is the point).
const iterated = await measure(async () => {
  const seen = new Set();
  let n = 0;
  for await (const task of client.iterateFunctionTasks(INSTANCE)) {
    n++;
    if (n % 1000 === 0) seen.add(task.runId);
  }
  return n;
});
const looped = await measure(async () => {
  let n = 0;
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await client.listFunctionTasks({ ...INSTANCE, pageNumber, pageSize: 100 });
    n += page.tasks.length;
    if (page.tasks.length < 100) break;
  }
  return n;
});
child.disconnect();

if (iterated.count !== COUNT || looped.count !== COUNT) {
  console.error(`expected ${COUNT} tasks, got ${iterated.count} (iterator) and ${looped.count} (loop)`);
  process.exitCode = 1;
}
const speedup = looped.ms / iterated.ms;
const verdict = speedup >= 3 ? 'meets target' : 'MISSES target';
console.log(
  `${smoke ? '[smoke] ' : ''}@fntasks/integration bench (${COUNT} tasks, ${LATENCY_MS} ms latency)`,
);
console.log(
  `  iterateFunctionTasks: ${(iterated.ms / 1000).toFixed(2)} s, heap ${mb(iterated.heapStart)} → peak ${mb(iterated.heapPeak)} MB, peak RSS ${mb(iterated.rssPeak)} MB`,
);
console.log(
  `  page-at-a-time loop:  ${(looped.ms / 1000).toFixed(2)} s, heap ${mb(looped.heapStart)} → peak ${mb(looped.heapPeak)} MB, peak RSS ${mb(looped.rssPeak)} MB`,
);
console.log(
  `  speed-up ${speedup.toFixed(2)}x (target ≥ 3x, ${verdict}); seeding took ${(seedMs / 1000).toFixed(1)} s`,
);

if (!smoke) {
  const md = `# @fntasks/integration benchmarks

Written by \`pnpm --filter @fntasks/integration bench\` (\`node bench/run.mjs\`, after building core and the emulator).
Last run: ${new Date().toISOString()} (Node ${process.version}).

The emulator runs in its own process (bench/emulator-child.mjs) with ${COUNT.toLocaleString('en')} tasks of one
instance and ${LATENCY_MS} ms of injected latency on every request. The client process lists all of them twice:
with \`client.iterateFunctionTasks(params)\` (page size 100, default concurrency 6 once \`totalCount\` is known),
then with a loop of \`client.listFunctionTasks({ pageNumber, pageSize: 100 })\`, one page at a time. Neither keeps
the tasks. Peak RSS is the client process's high-water mark after each run (so the second figure includes the first).

| way | time | heap at start → peak | peak RSS |
| --- | --- | --- | --- |
| iterateFunctionTasks | ${(iterated.ms / 1000).toFixed(2)} s | ${mb(iterated.heapStart)} → ${mb(iterated.heapPeak)} MB | ${mb(iterated.rssPeak)} MB |
| page-at-a-time loop | ${(looped.ms / 1000).toFixed(2)} s | ${mb(looped.heapStart)} → ${mb(looped.heapPeak)} MB | ${mb(looped.rssPeak)} MB |

Speed-up: **${speedup.toFixed(2)}x** (target ≥ 3x: ${verdict}).
`;
  writeFileSync(join(here, '..', 'BENCHMARKS.md'), md);
  console.log('  wrote packages/integration/BENCHMARKS.md');
}
