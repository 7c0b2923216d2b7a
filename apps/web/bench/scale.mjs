#!/usr/bin/env node
// Issue 26's scale bench: the emulator with 10 app groups × 6 functions × 3 instances (180 instances, 300 runs
// each) behind `--latency 50 --qps 20`, and the dashboard server with `qps: 20` in front of it:
//   1. the overview in headless chromium: time to the first card, to all 180, requests the page sent, throttling
//      answers it received, upstream calls;
//   2. five tabs on one instance page (with a run that stays running) for 60 s against one tab: upstream reads;
//   3. `fntasks instances APP --qps 20` for one app group: time, exit code, throttling printed.
// Each against its floor: the minimal requests for the view ÷ QPS + one latency. `--smoke` runs a small version
// (1 group × 2 functions × 2 instances, tabs for 4 s) and asserts nothing but that every step completes.
// Needs builds of web and cli; starts its own emulator, a counting pass-through proxy and the server on port 0.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { startEmulator } from '@fntasks/emulator';
import { FUNCTION_NAMES } from '@fntasks/protocol';
import { chromium } from 'playwright-core';
import { startDashboardServer } from '../dist/server/app.js';

const smoke = process.argv.includes('--smoke') || process.env.FNTASKS_BENCH_SMOKE === '1';
const GROUPS = smoke ? 1 : 10;
const FUNCTIONS = FUNCTION_NAMES.slice(0, smoke ? 2 : 6);
const PER_FUNCTION = smoke ? 2 : 3;
const RUNS = smoke ? 20 : 300;
const QPS = 20;
const LATENCY_MS = 50;
const TABS_MS = smoke ? 4_000 : 60_000;
const root = new URL('..', import.meta.url).pathname;
const cliBin = new URL('../../cli/bin/fntasks.js', import.meta.url).pathname;

const groups = Array.from({ length: GROUPS }, (_, g) => `scale-${g + 1}`);
const instances = groups.flatMap((appGroupIdentity) =>
  FUNCTIONS.flatMap((functionName) =>
    Array.from({ length: PER_FUNCTION }, (_, i) => ({
      appGroupIdentity,
      functionName,
      instanceName: `${functionName}_${i + 1}`,
    })),
  ),
);

function runsOf(instance, { running = false } = {}) {
  const now = Date.now();
  return Array.from({ length: RUNS }, (_, i) => {
    const startTime = now - (RUNS - i) * 3_600_000;
    const last = i === RUNS - 1;
    const failed = i % 11 === 5;
    return {
      ...instance,
      runId: `trigger__${new Date(startTime).toISOString().slice(0, 19)}`,
      generation: String(i + 1),
      status: last && running ? 'running' : failed ? 'failed' : 'success',
      progress: last && running ? 40 : failed ? 60 : 100,
      startTime,
      endTime: last && running ? 0 : startTime + 1_200_000,
      extendInfo: failed ? { errors: ['sample table is empty'] } : { auc: 0.8 + (i % 7) / 100, errors: [] },
    };
  });
}

const emulator = await startEmulator({
  port: 0,
  host: '127.0.0.1',
  faults: { latencyMs: LATENCY_MS, qps: QPS },
});
for (const [index, instance] of instances.entries())
  emulator.loadTasks(runsOf(instance, { running: index === 0 }));

// A pass-through proxy in front of the emulator that counts upstream calls and throttling answers.
const upstream = { calls: 0, throttled: 0 };
const target = new URL(emulator.url);
const proxy = createServer((req, res) => {
  upstream.calls++;
  const out = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
    },
    (answer) => {
      if (answer.statusCode === 400 || answer.statusCode === 429) {
        const chunks = [];
        answer.on('data', (c) => chunks.push(c));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          if (/Throttling/.test(body.toString('utf8'))) upstream.throttled++;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(body);
        });
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  req.pipe(out);
});
await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const proxyUrl = `http://127.0.0.1:${proxy.address().port}`;

const server = await startDashboardServer({
  upstream: { endpoint: proxyUrl, qps: QPS },
  upstreamIsEmulator: true,
  appGroups: groups,
  port: 0,
  staticDir: join(root, 'dist/client'),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const seconds = (ms) => Math.round(ms) / 1000;
const results = {};

try {
  // 1. The overview.
  const page = await context.newPage();
  const sent = { api: 0, throttled: 0 };
  page.on('request', (r) => {
    if (r.url().includes('/v4/openapi/')) sent.api++;
  });
  page.on('response', async (r) => {
    if (r.url().includes('/v4/openapi/') && r.status() >= 400) {
      const text = await r.text().catch(() => '');
      if (/Throttling/.test(text)) sent.throttled++;
    }
  });
  const before = { ...upstream };
  const start = performance.now();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('[data-testid=instance-card][data-ready=true]', { timeout: 120_000 });
  const firstCard = performance.now() - start;
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=instance-card][data-ready=true]').length >= n,
    instances.length,
    { timeout: 300_000, polling: 50 },
  );
  const allCards = performance.now() - start;
  const errorsShown = await page.locator('[role=alert], .error-box, [data-testid=error]').count();
  const usedFunctions = GROUPS * FUNCTIONS.length;
  const minimal = GROUPS * FUNCTION_NAMES.length + usedFunctions + instances.length;
  const floor = (minimal / QPS) * 1000 + LATENCY_MS;
  results.overview = {
    instances: instances.length,
    firstCardS: seconds(firstCard),
    allCardsS: seconds(allCards),
    floorS: seconds(floor),
    ofFloor: Math.round((allCards / floor) * 100) / 100,
    minimalRequests: minimal,
    pageRequests: sent.api,
    throttledAnswers: sent.throttled,
    throttledShare: Math.round((sent.throttled / Math.max(1, sent.api)) * 1000) / 10,
    upstreamCalls: upstream.calls - before.calls,
    upstreamThrottled: upstream.throttled - before.throttled,
    errorsShown,
  };
  await page.close();

  // 2. Five tabs on one instance (its newest run stays running) against one tab: upstream reads over TABS_MS.
  const watched = instances[0];
  const q = new URLSearchParams({
    app: watched.appGroupIdentity,
    fn: watched.functionName,
    inst: watched.instanceName,
  });
  async function watch(tabs) {
    await new Promise((resolve) => setTimeout(resolve, 3_500)); // the read cache's window passes
    const pages = await Promise.all(Array.from({ length: tabs }, () => context.newPage()));
    const from = upstream.calls;
    await Promise.all(pages.map((p) => p.goto(`${server.url}/?${q}`)));
    await new Promise((resolve) => setTimeout(resolve, TABS_MS));
    const reads = upstream.calls - from;
    await Promise.all(pages.map((p) => p.close()));
    return reads;
  }
  const oneTab = await watch(1);
  const fiveTabs = await watch(5);
  results.tabs = {
    seconds: TABS_MS / 1000,
    oneTab,
    fiveTabs,
    ratio: Math.round((fiveTabs / oneTab) * 100) / 100,
  };

  // 3. `fntasks instances APP` for one app group, straight to the emulator (its own client of the cap).
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // the bucket refills after the tabs
  const cliStart = performance.now();
  const cli = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [cliBin, 'instances', groups[0], '--emulator', emulator.url, '--qps', String(QPS), '-o', 'json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  const cliMs = performance.now() - cliStart;
  const cliMinimal = FUNCTION_NAMES.length + FUNCTIONS.length * PER_FUNCTION;
  const cliFloor = (cliMinimal / QPS) * 1000 + LATENCY_MS;
  results.cli = {
    seconds: seconds(cliMs),
    floorS: seconds(cliFloor),
    ofFloor: Math.round((cliMs / cliFloor) * 100) / 100,
    exit: cli.code,
    rows: cli.code === 0 ? JSON.parse(cli.stdout).length : null,
    throttlingPrinted: /Throttling/.test(cli.stderr),
  };
} finally {
  await browser.close();
  await server.close();
  proxy.closeAllConnections();
  proxy.close();
  await emulator.close();
}

const out = join(root, '.bench');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, smoke ? 'scale-smoke.json' : 'scale.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
const o = results.overview;
const failures = [];
if (o.errorsShown > 0) failures.push(`the overview showed ${o.errorsShown} error(s)`);
if (results.cli.exit !== 0) failures.push(`fntasks instances exited ${results.cli.exit}`);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
