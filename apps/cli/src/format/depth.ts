/**
 * Deep `extendInfo`: JSON.stringify, YAML and the pretty printer recurse, and an object nested a few thousand
 * levels throws "Maximum call stack size exceeded" (issue 12, class 4), making a whole page unprintable. Core
 * bounds the depth to 64 (deeper: `extendInfo: null`, the raw string kept, an `extend-info-too-deep` warning);
 * the printers do the same with any deeper object they are handed, so the output is the same either way.
 */
import type { FunctionTask } from '@fntasks/core';

/** The deepest `extendInfo` a printer is given, as in core. */
export const MAX_EXTEND_INFO_DEPTH = 64;

/** True when `value` nests objects or arrays more than `max` levels deep; iterative, so any depth is safe. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** The task as printers may handle it: a too-deep `extendInfo` becomes `null` with a warning, the raw text kept. */
export function printableTask(task: FunctionTask): FunctionTask {
  if (task.extendInfo === null || !nestsDeeperThan(task.extendInfo, MAX_EXTEND_INFO_DEPTH)) return task;
  return {
    ...task,
    extendInfo: null,
    warnings: [...task.warnings, { kind: 'extend-info-too-deep', maxDepth: MAX_EXTEND_INFO_DEPTH }],
  };
}
