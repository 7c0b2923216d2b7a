import { describe, expect, it } from 'vitest';
import type { LoadTask } from '../src/index.js';
import { listRaw, startTestEmulator, T0, task } from './helpers.js';

type Wire = { runId: string; status: string; startTime: number; endTime: number };
const MIN = 60_000;

/** A history with odd corners: long and short runs, running tasks in the middle, a task started (and ended) at 0. */
function history(): LoadTask[] {
  const tasks: LoadTask[] = [];
  for (let g = 1; g <= 120; g += 1) {
    const startTime = T0 + g * 10 * MIN;
    const running = g % 37 === 0;
    const duration = g === 50 ? 300 * MIN : ((g * 7) % 13) * MIN; // one very long run, many short ones, some 0
    tasks.push(
      task(0, {
        runId: `g${String(g).padStart(3, '0')}`,
        generation: String(g),
        startTime,
        status: running ? 'running' : g % 5 === 0 ? 'failed' : 'success',
        endTime: running ? 0 : startTime + duration,
        progress: running ? 5 : 100,
      }),
    );
  }
  tasks.push(
    task(0, { runId: 'epoch-a', startTime: 0, endTime: 0 }),
    task(0, { runId: 'epoch-b', startTime: 0, endTime: 5 }),
  );
  return tasks;
}

async function all(h: Awaited<ReturnType<typeof startTestEmulator>>): Promise<Wire[]> {
  const out: Wire[] = [];
  for (let pageNumber = 1; ; pageNumber += 1) {
    const res = await listRaw(h, { pageSize: 100, pageNumber });
    out.push(...res.json.result);
    if (res.json.result.length < 100) return out;
  }
}

describe('endTime filter (counted, not an OFFSET walk) matches a brute-force filter', () => {
  it('for many end times, statuses, start times and pages', async () => {
    const h = await startTestEmulator();
    // Older half loaded after the newer half: positions are renumbered, as with real imports.
    const tasks = history();
    h.loadTasks(tasks.slice(60));
    h.loadTasks(tasks.slice(0, 60));
    const everything = await all(h);
    expect(everything).toHaveLength(122);
    const ends = [
      1,
      6,
      T0,
      T0 + 100 * MIN,
      T0 + 500 * MIN + 1,
      T0 + 700 * MIN,
      T0 + 1201 * MIN,
      T0 + 5000 * MIN,
    ];
    const starts = [undefined, 0, T0 + 200 * MIN, T0 + 495 * MIN];
    for (const endTime of ends) {
      for (const startTime of starts) {
        for (const status of [undefined, 'success', 'failed', 'running'] as const) {
          const expected = everything.filter(
            (t) =>
              t.endTime > 0 &&
              t.endTime < endTime &&
              (startTime === undefined || t.startTime > startTime) &&
              (status === undefined || t.status === status),
          );
          for (const [pageSize, pageNumber] of [
            [7, 1],
            [7, 2],
            [7, 9],
            [100, 1],
            [3, 30],
          ] as const) {
            const query: Record<string, number | string> = { endTime, pageSize, pageNumber };
            if (startTime !== undefined) query.startTime = startTime;
            if (status) query.status = status;
            const res = await listRaw(h, query);
            const label = JSON.stringify(query);
            expect(res.json.totalCount, label).toBe(expected.length);
            expect(
              res.json.result.map((t: Wire) => t.runId),
              label,
            ).toEqual(expected.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((t) => t.runId));
          }
        }
      }
    }
  });
});
