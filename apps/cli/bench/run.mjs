// Start-up bench: wall time of `fntasks --help`, `fntasks list … --output json` and `fntasks instances APP FN
// --output json` (against an in-process emulator on port 0) as ratios to `node -e 0`, median of 10 runs each,
// interleaved so drift hits all of them. Targets: --help at most 1.5x, list at most 2.5x, instances (one list
// call, then one last-run call per instance, concurrently) at most 3x. `--smoke` (CI): 3 runs, reports only.
// Wall time on a loaded machine is noisy: see BENCHMARKS.md for how the figures were taken.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const smoke = process.argv.includes('--smoke') || process.env.FNTASKS_BENCH_SMOKE === '1';
const runsFlag = process.argv.indexOf('--runs');
// `--runs N` for a longer series on a noisy machine; the figure is the median of 10.
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : smoke ? 3 : 10;
const bin = fileURLToPath(new URL('../bin/fntasks.js', import.meta.url));
if (!existsSync(new URL('../dist/cli.cjs', import.meta.url))) {
  console.error('bench: dist/ is missing; run `pnpm --filter @fntasks/cli build` first.');
  process.exit(1);
}

const { startEmulator } = await import('@fntasks/emulator');
const emulator = await startEmulator({ port: 0, seed: 1 });

const env = { PATH: process.env.PATH, HOME: '/nonexistent-fntasks-home' };
const listArgs = [bin, 'list', 'my-app', 'ctr', 'ctr_test', '--emulator', emulator.url, '--output', 'json'];
const instancesArgs = [bin, 'instances', 'my-app', 'ctr', '--emulator', emulator.url, '--output', 'json'];
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'fntasks --help', args: [bin, '--help'], target: 1.5 },
  { name: 'fntasks list … --output json', args: listArgs, target: 2.5 },
  { name: 'fntasks instances my-app ctr --output json', args: instancesArgs, target: 3 },
  // For reading the figures, not targets: a first run, before the compile cache (src/compile-cache.ts) has
  // the bundles' code.
  { name: '--help, no compile cache', args: [bin, '--help'], env: { FNTASKS_COMPILE_CACHE: '0' } },
  { name: 'list, no compile cache', args: listArgs, env: { FNTASKS_COMPILE_CACHE: '0' } },
];

/** Runs one command (async, so the in-process emulator keeps serving) and returns its wall time in ms. */
function time(args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve(ms);
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  for (const c of cases) await time(c.args, c.env); // warm the file cache and the compile cache
  const samples = cases.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, c] of cases.entries()) samples[index].push(await time(c.args, c.env));
  }
  const base = median(samples[0]);
  const rows = cases.map((c, index) => {
    const ms = median(samples[index]);
    const ratio = ms / base;
    return {
      command: c.name,
      'median ms': ms.toFixed(1),
      ratio: `${ratio.toFixed(2)}x`,
      target: c.target ? `≤ ${c.target}x` : '',
      result: c.target ? (ratio <= c.target ? 'ok' : 'MISSED') : '',
    };
  });
  console.log(
    `fntasks start-up bench: median of ${runs} runs${smoke ? ' (smoke)' : ''}, node ${process.version}, ${new Date().toISOString()}`,
  );
  console.table(rows);
} finally {
  await emulator.close();
}
