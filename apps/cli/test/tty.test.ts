/**
 * Terminal-level: the built binary on a pseudo-terminal (`script`) and inside tmux, to show that the table,
 * its colours, the progress bars and the in-place redraw of `watch` really render on a TTY.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BIN,
  FIXTURE,
  FIXTURE_ARGS,
  NODE,
  onPty,
  shellQuote,
  startFixtureEmulator,
  stripAnsi,
  TTY_ENV,
} from './helpers.js';

let emulator: EmulatorHandle;

beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
});
afterAll(async () => {
  await emulator?.close();
});

describe('on a pseudo-terminal', () => {
  it('list draws a coloured table with a progress bar for running tasks (the TTY default)', async () => {
    const { code, output } = await onPty(['list', ...FIXTURE_ARGS, '--emulator', emulator.url]);
    expect(code).toBe(0);
    expect(output).toContain('\u001b[32msuccess\u001b[39m');
    expect(output).toContain('\u001b[36mrunning\u001b[39m');
    const screen = stripAnsi(output);
    expect(screen).toMatch(/┌─+┬/);
    expect(screen).toMatch(/│ RUN ID +│ GEN │ STATUS +│ PROGRESS +│ STARTED +│ DURATION +│ METRICS +│/);
    expect(screen).toContain('████░░░░░░  40%');
    expect(screen).toContain('█░░░░░░░░░  10%');
    expect(screen).toContain('Page 1 of 1 · 5 tasks');
  });

  it('wait draws a progress bar and exits 0 when the task succeeds', async () => {
    emulator.loadTasks([
      {
        ...FIXTURE,
        runId: 'tty-wait',
        generation: '90',
        status: 'running',
        progress: 40,
        startTime: emulator.getClock().now - 60_000,
        endTime: 0,
        extendInfo: { errors: [] },
        outcome: 'success',
        durationMs: 10_000_000,
      },
    ] as never);
    let finished = false;
    const { code, output } = await onPty(
      ['wait', ...FIXTURE_ARGS, 'tty-wait', '--emulator', emulator.url, '--interval', '100ms'],
      (text) => {
        if (!finished && stripAnsi(text).includes('40% | running')) {
          finished = true;
          emulator.finishTask({ ...FIXTURE, runId: 'tty-wait', status: 'success' });
        }
      },
    );
    expect(code).toBe(0);
    const screen = stripAnsi(output);
    // a minute into the run by the service's clock (its Date header has whole seconds: 59s or 1m 00s)
    expect(screen).toMatch(/run id "tty-wait" █{12}░{18} 40% \| running \| (59s|1m \d\ds)/);
    expect(screen).toMatch(/run id "tty-wait" █{30} 100% \| success/);
    expect(screen).toContain('✔ tty-wait (generation 90) succeeded');
  });
});

describe('inside tmux', () => {
  // A private server on a socket in a temporary directory: nothing shared with other tmux users, nothing left.
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-cli-tmux-'));
  const socket = join(dir, 'socket');
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env: TTY_ENV });
  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('watch redraws the live table in place', async () => {
    emulator.loadTasks([
      {
        ...FIXTURE,
        runId: 'tmux-watch',
        generation: '91',
        status: 'running',
        progress: 25,
        startTime: emulator.getClock().now - 60_000,
        endTime: 0,
        extendInfo: { errors: [] },
        outcome: 'success',
        durationMs: 10_000_000,
      },
    ] as never);
    const command = `${shellQuote(NODE)} ${shellQuote(BIN)} watch ${FIXTURE_ARGS.join(' ')} --emulator ${emulator.url} --interval 100ms --utc; sleep 30`;
    tmux('new-session', '-d', '-x', '150', '-y', '50', '-s', 'watch', command);
    const screen = () => tmux('capture-pane', '-p', '-t', 'watch');
    await until(() => screen().includes('tmux-watch'));
    expect(screen()).toMatch(
      /Watching cli-e2e\/ctr\/fixture · 3 running · every 0\.1s · Ctrl-C to stop · updated/,
    );
    emulator.finishTask({ ...FIXTURE, runId: 'tmux-watch', status: 'success' });
    await until(() => screen().includes('2 running'));
    const after = screen();
    // Redrawn, not appended: exactly one title and one table on the screen, with the task now finished.
    expect(after.match(/Watching cli-e2e/g)).toHaveLength(1);
    expect(after.match(/RUN ID/g)).toHaveLength(1);
    expect(after).toMatch(/│ tmux-watch +│ 91 +│ success +│ 100% +│/);
    expect(after).toContain('████░░░░░░  40%');
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
