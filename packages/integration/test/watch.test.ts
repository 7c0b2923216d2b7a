/** Watching a run on the emulator: the emulator's clock ends it, or the control API finishes it. */
import { TaskFailedError, WaitTimeoutError } from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { clientFor, INSTANCE, seedTasks, startTestEmulator, T0 } from './helpers.js';

const running = (runId: string, extra: Record<string, unknown> = {}) => ({
  ...INSTANCE,
  runId,
  generation: '7',
  status: 'running' as const,
  progress: 10,
  startTime: T0 - 1000,
  endTime: 0,
  extendInfo: '{}',
  ...extra,
});

describe('watching a run on the emulator', () => {
  it('waits until the control API finishes the run, then resolves with it', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks([...seedTasks(250, T0 - 100_000), running('train-1')]);
    const { client } = clientFor(emulator);
    const updates: string[] = [];
    // The run finishes once the watch has seen it running (so the test does not race the first poll).
    const onUpdate = (t: { status: string }) => {
      updates.push(t.status);
      if (t.status === 'running') {
        setTimeout(() => emulator.finishTask({ ...INSTANCE, runId: 'train-1', status: 'success' }), 50);
      }
    };
    const task = await client.waitForFunctionTask(
      { ...INSTANCE, runId: 'train-1' },
      { intervalMs: 20, timeoutMs: 5_000, onUpdate },
    );
    expect(task).toMatchObject({ runId: 'train-1', status: 'success' });
    expect(task.endTime).not.toBeNull();
    expect(updates).toEqual(['running', 'success']);
  });

  it('rejects with TaskFailedError when the run fails on the emulator clock', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks([running('train-2', { outcome: 'failed', durationMs: 60_000 })]);
    const { client } = clientFor(emulator);
    setTimeout(() => emulator.setClock({ advanceMs: 120_000 }), 100);
    const error = await client
      .waitForFunctionTask({ ...INSTANCE, generation: 7 }, { intervalMs: 20, timeoutMs: 5_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).task).toMatchObject({ runId: 'train-2', status: 'failed' });
  });

  it('times out with the last task seen', async () => {
    const emulator = await startTestEmulator();
    emulator.loadTasks([running('train-3')]);
    const { client } = clientFor(emulator);
    const error = await client
      .waitForFunctionTask({ ...INSTANCE, runId: 'train-3' }, { intervalMs: 20, timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).lastTask).toMatchObject({ runId: 'train-3', status: 'running' });
  });
});
