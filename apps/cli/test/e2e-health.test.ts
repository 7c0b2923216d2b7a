/**
 * `fntasks health` and the metric columns of `fntasks instances` on the built binary, against an emulator on
 * port 0 with the demo data (seed 1, clock frozen) where one instance is forced to fail and one to regress
 * through the emulator's control API: the documented exit codes (9 failing wins, 10 regressing, 0 fine), both
 * instances named, attention order, `-o json`, `--metric`, `--threshold`, and no colour off a terminal.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_REGRESSION_THRESHOLD } from '@fntasks/core';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, onPty, runCli, stripAnsi } from './helpers.js';

const APP = 'shop-search';
/** The escape that starts an ANSI colour (red is `ESC[31m`, green `ESC[32m`). */
const ESC = '\u001b';
let emulator: EmulatorHandle;
let conn: string[];
let now: number;

/** A finished run of a shop-search instance `secondsAgo` before the frozen clock's now. */
function finished(
  instance: { fn: string; name: string },
  secondsAgo: number,
  extendInfo: Record<string, unknown>,
  ok: boolean,
) {
  const startTime = now - secondsAgo * 1000;
  return {
    appGroupIdentity: APP,
    functionName: instance.fn,
    instanceName: instance.name,
    runId: `trigger__forced-${instance.name}-${secondsAgo}`,
    status: ok ? ('success' as const) : ('failed' as const),
    startTime,
    endTime: startTime + 500,
    extendInfo,
  };
}

/**
 * Ten steady successful runs (auc 0.80 ± 0.002, recall 90) newer than the demo history, then the newest run:
 * so every verdict is known whatever the demo data drew (one demo run inside these seconds cannot flip one).
 */
function scenario(instance: { fn: string; name: string }, newest: Record<string, unknown> | null) {
  const steady = Array.from({ length: 10 }, (_, i) =>
    finished(
      instance,
      20 - i,
      { auc: i % 2 ? 0.802 : 0.798, recall: 90, sampleCount: 1000 + i, errors: [] },
      true,
    ),
  );
  return [...steady, finished(instance, 2, newest ?? { errors: ['forced failure'] }, newest !== null)];
}

const FAILING = { fn: 'pop', name: 'pop_daily' };
const REGRESSING = { fn: 'ctr', name: 'ctr_v3' };

beforeAll(async () => {
  if (!existsSync(new URL('../dist/cli.cjs', import.meta.url)))
    throw new Error(`Build first: ${BIN} needs dist/ (pnpm run build).`);
  const { startEmulator } = await import('@fntasks/emulator');
  emulator = await startEmulator({ port: 0, seed: 1 });
  now = Date.now();
  emulator.setClock({ now, speed: 0 });
  conn = ['--emulator', emulator.url];
  // Through the control API, as a user forcing states would: one failing, one regressing, two fine.
  const response = await fetch(`${emulator.url}/__fntasks/tasks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      tasks: [
        ...scenario(REGRESSING, { auc: 0.5, recall: 50, sampleCount: 900_000, errors: [] }),
        ...scenario(FAILING, null),
        ...scenario(
          { fn: 'pop', name: 'pop_weekly' },
          { auc: 0.8, recall: 90, sampleCount: 1000, errors: [] },
        ),
        ...scenario(
          { fn: 'hot', name: 'hot_trending' },
          { auc: 0.81, recall: 91, sampleCount: 1000, errors: [] },
        ),
      ],
    }),
  });
  if (!response.ok) throw new Error(`control API: ${response.status} ${await response.text()}`);
});
afterAll(async () => {
  await emulator?.close();
});

describe('fntasks health', () => {
  it('exit 9 when something is failing (failing wins), naming the failing and the regressing instance', async () => {
    const result = await runCli(['health', APP, ...conn]);
    expect(result.code).toBe(9);
    expect(result.stderr).toContain(`1 failing: ${APP}/pop/pop_daily; 1 regressing: ${APP}/ctr/ctr_v3.`);
    const lines = result.stdout.split('\n');
    const row = (name: string) => lines.findIndex((line) => line.includes(` ${name} `));
    // attention order: the failing one, then the regressing one, then the rest
    expect(row('pop_daily')).toBeGreaterThan(0);
    expect(row('ctr_v3')).toBeGreaterThan(row('pop_daily'));
    expect(row('pop_weekly')).toBeGreaterThan(row('ctr_v3'));
    expect(lines[row('pop_daily')]).toMatch(/failing .* last run failed/);
    expect(lines[row('ctr_v3')]).toMatch(
      /regressing .*auc 0\.5 .*▼ -0\.\d+ \(-\d+\.\d%\).*auc 0\.5 is 0\.\d+ below its recent mean/,
    );
    expect(result.stdout).toContain('\n1 failing · 1 regressing · 2 fine\n');
    // piped: plain text, no colour
    expect(result.stdout).toBe(stripAnsi(result.stdout));
  });

  it('-o json carries the verdicts, counts and numbers', async () => {
    const result = await runCli(['health', APP, ...conn, '-o', 'json']);
    expect(result.code).toBe(9);
    const report = JSON.parse(result.stdout);
    expect(report.counts).toEqual({ failing: 1, regressing: 1, fine: 2 });
    expect(report.summary).toBe('1 failing · 1 regressing · 2 fine');
    expect(
      report.instances
        .map((i: { instanceName: string; verdict: string }) => [i.instanceName, i.verdict])
        .slice(0, 2),
    ).toEqual([
      ['pop_daily', 'failing'],
      ['ctr_v3', 'regressing'],
    ]);
    const ctr = report.instances[1].metric;
    expect(ctr).toMatchObject({
      name: 'auc',
      direction: 'up',
      latest: 0.5,
      baselineRuns: 10,
      quality: 'worse',
    });
    expect(ctr.change).toBeCloseTo(0.5 - ctr.baseline, 10);
  });

  it('exit 10 when something regressed and nothing is failing', async () => {
    const result = await runCli(['health', APP, 'ctr', ...conn]);
    expect(result.code).toBe(10);
    expect(result.stderr).toContain(`1 regressing: ${APP}/ctr/ctr_v3.`);
    expect(result.stdout).toContain('0 failing · 1 regressing · 0 fine');
  });

  it('--threshold and --metric tune what counts: a 100% floor or a neutral metric is no regression (exit 0)', async () => {
    const loose = await runCli(['health', APP, 'ctr', ...conn, '--threshold', '100%']);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain('0 failing · 0 regressing · 1 fine');
    const neutral = await runCli(['health', APP, 'ctr', ...conn, '--metric', 'sampleCount', '-o', 'json']);
    expect(neutral.code).toBe(0);
    expect(JSON.parse(neutral.stdout).instances[0]).toMatchObject({
      verdict: 'fine',
      reason: 'sampleCount has no direction to judge',
      metric: { name: 'sampleCount', direction: 'neutral', quality: 'neutral' },
    });
    const recall = await runCli(['health', APP, 'ctr', ...conn, '--metric', 'recall']);
    expect(recall.code).toBe(10);
    expect(recall.stdout).toContain('recall 50 is');
  });

  it('a bad --threshold or --metric is a usage error naming the value, before any request', async () => {
    const threshold = await runCli(['health', APP, ...conn, '--threshold', 'lots']);
    expect(threshold.code).toBe(2);
    expect(threshold.stderr).toContain("argument 'lots' is invalid. Expected a fraction of the recent mean");
    const metric = await runCli(['health', APP, ...conn, '--metric', ' ']);
    expect(metric.code).toBe(2);
    expect(metric.stderr).toContain("argument ' ' is invalid. Expected a metric name");
  });

  it("help states the exit codes and core's default threshold", async () => {
    const help = await runCli(['health', '--help']);
    expect(help.stdout).toContain('9 something is failing, 10 something regressed');
    expect(help.stdout).toContain(`default ${DEFAULT_REGRESSION_THRESHOLD * 100}%`);
    const completion = await runCli(['completion', 'bash']);
    expect(completion.stdout).toMatch(/ health\)\n[\s\S]*?opts="[^"]*--threshold/);
    expect(completion.stdout).toMatch(/compgen -W "[^"]*\bhealth\b/);
  });
});

describe('fntasks instances with the headline metric', () => {
  it('json carries the metric, its change and the verdict', async () => {
    const result = await runCli(['instances', APP, 'ctr', ...conn, '-o', 'json']);
    expect(result.code).toBe(0);
    const [row] = JSON.parse(result.stdout);
    expect(row).toMatchObject({
      instanceName: 'ctr_v3',
      verdict: 'regressing',
      metric: { name: 'auc', latest: 0.5, direction: 'up', quality: 'worse' },
    });
    expect(row.metric.change).toBeLessThan(0);
    expect(row.metric).not.toHaveProperty('points');
  });

  it('the table shows the metric with an arrow, plain when piped and coloured by direction on a terminal', async () => {
    const piped = await runCli(['instances', APP, 'pop', ...conn, '-o', 'table', '--metric', 'sampleCount']);
    expect(piped.stdout).toMatch(/│ METRIC +│ CHANGE +│/);
    expect(piped.stdout).toMatch(/pop_weekly .*│ sampleCount \d+ +│ [▲▼] [+-]\d/);
    expect(piped.stdout).toBe(stripAnsi(piped.stdout));
    const tty = await onPty(['instances', APP, 'ctr', ...conn]);
    // auc dropped: red; on a terminal only
    expect(tty.output).toMatch(new RegExp(`${ESC}\\[31m▼ -0\\.\\d+`));
    // a count is never red or green
    const count = await onPty(['instances', APP, 'ctr', ...conn, '--metric', 'sampleCount']);
    expect(count.output).toMatch(/sampleCount \d+/);
    expect(count.output).not.toMatch(new RegExp(`${ESC}\\[3[12]m[▲▼]`));
  });
});
