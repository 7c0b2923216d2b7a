#!/usr/bin/env node
// `pnpm start`: the emulator with demo data (port 8790, or a free one if taken) and the dashboard server
// against it (port 8791, or a free one), then the dashboard URL and the exact CLI command line. Ctrl-C stops both.
// The root `start` script builds @fntasks/web, @fntasks/emulator and @fntasks/cli (and core) before running this.
// The emulator's URL is recorded (apps/cli/src/emulator-record.ts) so that `fntasks … --emulator` reaches this
// emulator, not another one on 8790; the record is removed when this stops.
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const EMULATOR_PORT = Number(process.env.FNTASKS_EMULATOR_PORT ?? 8790);
const WEB_PORT = Number(process.env.FNTASKS_WEB_PORT ?? 8791);
const SEED = Number(process.env.FNTASKS_SEED ?? 1); // seed 1: the demo data the README describes

// Resolve through apps/web, which depends on both (the root package does not).
const fromWeb = createRequire(new URL('../apps/web/package.json', import.meta.url));
const { startEmulator } = await import(pathToFileURL(fromWeb.resolve('@fntasks/emulator')).href);
const { startDashboardServer } = await import(
  new URL('../apps/web/dist/server/app.js', import.meta.url).href
);

/** Tries the preferred port, then a free one when it is taken. */
async function onPreferredPort(start, port, what) {
  try {
    return await start(port);
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.log(`  port ${port} is taken; ${what} uses a free port instead`);
    return start(0);
  }
}

const emulator = await onPreferredPort(
  (port) => startEmulator({ port, host: '127.0.0.1', seed: SEED }),
  EMULATOR_PORT,
  'the emulator',
);
let server;
try {
  server = await onPreferredPort(
    (port) => startDashboardServer({ upstream: { endpoint: emulator.url }, port }),
    WEB_PORT,
    'the dashboard',
  );
} catch (error) {
  await emulator.close();
  throw error;
}

const require = createRequire(import.meta.url);
const record = require('../apps/cli/dist/emulator-record.cjs');
const recordPath = record.emulatorRecordPath();
record.writeEmulatorRecord(recordPath, { url: emulator.url, pid: process.pid });
const bin = relative(process.cwd(), fileURLToPath(new URL('../apps/cli/bin/fntasks.js', import.meta.url)));

const seeded = emulator.seeded;
console.log(
  `  emulator   ${emulator.url}${seeded ? `  (${seeded.instances} instances, ${seeded.tasks} demo tasks, ${seeded.running} running; seed ${SEED})` : ''}`,
);
console.log(`  dashboard  ${server.url}`);
console.log('');
console.log(`  Open ${server.url}/?app=my-app&fn=ctr&inst=ctr_test`);
console.log('');
console.log('  The CLI, against this emulator (in another terminal):');
console.log(`    node ${bin} instances my-app --emulator ${emulator.url}`);
console.log(`    node ${bin} list my-app ctr ctr_test --emulator ${emulator.url}`);
console.log(
  `  (--emulator without a URL also finds this one while it runs; or export FNTASKS_EMULATOR_URL=${emulator.url})`,
);
console.log('  Ctrl-C stops both.');

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n  ${signal}: stopping the dashboard and the emulator…`);
  record.removeEmulatorRecord(recordPath, process.pid);
  await server.close();
  await emulator.close();
  process.exit(0);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
