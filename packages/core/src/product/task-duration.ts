/** How long a run took: the one duration rule of every view. */
import type { FunctionTask } from '../types.js';

/**
 * How long the run ran, in ms (until `now` while it has not ended); `null` when the times make no sense: no start
 * (`startTime` 0, what the normaliser gives a missing one), an end before the start, or a non-finite value.
 */
export function taskDurationMs(
  task: Pick<FunctionTask, 'startTime' | 'endTime'>,
  now: number,
): number | null {
  if (!(task.startTime > 0)) return null;
  const ms = (task.endTime ?? now) - task.startTime;
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}
