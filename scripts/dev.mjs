#!/usr/bin/env node
// `pnpm dev`: the emulator with demo data, the dashboard's server in watch mode (tsc --watch + node --watch) and
// Vite's dev server with hot reload, which proxies the API paths to that server. Ctrl-C stops all three and says so.
// The root `dev` script builds the dashboard's dependencies (core, emulator, output) before running this.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = `${root}apps/web`;
const logDir = `${webDir}/.dev`;
const SEED = Number(process.env.FNTASKS_SEED ?? 1);
const VITE_PORT = Number(process.env.FNTASKS_DEV_PORT ?? 5173);

// Resolve through apps/web, which depends on all of them (the root package does not).
const fromWeb = createRequire(`${webDir}/package.json`);
const { startEmulator } = await import(pathToFileURL(fromWeb.resolve('@fntasks/emulator')).href);
const vite = await import(pathToFileURL(fromWeb.resolve('vite')).href);

/** A free loopback port (the dashboard server's; a dev run must not fail because 8791 is taken). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const children = [];
/** Starts a child whose chatter goes to a log file under apps/web/.dev (ignored); the path is printed. */
function run(name, command, args) {
  mkdirSync(logDir, { recursive: true });
  const log = openSync(`${logDir}/${name}.log`, 'w');
  const child = spawn(command, args, { cwd: webDir, stdio: ['ignore', log, log] });
  children.push(child);
  return child;
}

const emulator = await startEmulator({ port: 0, host: '127.0.0.1', seed: SEED });
const serverPort = await freePort();
const devHosts = [`127.0.0.1:${VITE_PORT}`, `localhost:${VITE_PORT}`];

const tsc = fromWeb.resolve('typescript/bin/tsc');
run('server-tsc', process.execPath, [tsc, '-p', 'tsconfig.server.json', '--watch', '--preserveWatchOutput']);
run('server', process.execPath, [
  '--watch-path=dist/server',
  'dist/server/main.js',
  '--emulator',
  emulator.url,
  '--port',
  String(serverPort),
  // The browser talks to Vite's origin; the proxy keeps that Host, so the server must accept it.
  ...devHosts.flatMap((host) => ['--allowed-host', host]),
]);

const target = `http://127.0.0.1:${serverPort}`;
const devServer = await vite.createServer({
  root: webDir,
  configFile: `${webDir}/vite.config.ts`,
  logLevel: 'warn',
  server: {
    host: '127.0.0.1',
    port: VITE_PORT,
    strictPort: true,
    allowedHosts: ['127.0.0.1', 'localhost'],
    // Everything the page asks of its server goes to the dashboard server, as in production.
    proxy: { '/v4': { target }, '/api': { target } },
  },
});
await devServer.listen();

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await devServer.close();
  await emulator.close();
  // The terminal shows ^C and nothing else otherwise: say that everything is down and nothing is left running.
  console.log('\n  Stopped: the emulator, the dashboard server and the dev server are down.');
  process.exit(0);
}
// Listen before saying how to stop: a Ctrl-C that arrives right after the lines below must not find Node's default.
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`  emulator          ${emulator.url}  (demo data, seed ${SEED})`);
console.log(`  dashboard server  ${target}  (watch mode; logs in apps/web/.dev/)`);
console.log(`  dashboard (dev)   http://127.0.0.1:${VITE_PORT}/  (hot reload)`);
console.log('  Ctrl-C stops all three.');
