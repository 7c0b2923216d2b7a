// The emulator in its own process for the benchmark, so the client's memory and CPU are measured alone.
import { startEmulator } from '@fntasks/emulator';

const count = Number(process.argv[2] ?? 100_000);
const latencyMs = Number(process.argv[3] ?? 50);
const INSTANCE = { appGroupIdentity: 'bench-app', functionName: 'ctr', instanceName: 'ctr_bench' };
const newest = Date.UTC(2025, 10, 28, 12, 0, 0);
const emulator = await startEmulator({ clock: { now: newest + 60_000, speed: 0 } });
const batch = 10_000;
for (let from = 0; from < count; from += batch) {
  const tasks = [];
  for (let i = from; i < Math.min(count, from + batch); i++) {
    tasks.push({
      ...INSTANCE,
      runId: `run-${i}`,
      generation: String(count - i),
      status: i % 10 === 3 ? 'failed' : 'success',
      progress: 100,
      startTime: newest - i * 1000,
      endTime: newest - i * 1000 + 500,
      extendInfo: { recall: 90 + (i % 10), errors: [] },
    });
  }
  emulator.loadTasks(tasks);
}
emulator.setFaults({ latencyMs });
process.send?.({ url: emulator.url });
process.on('disconnect', () => {
  emulator.close().finally(() => process.exit(0));
});
