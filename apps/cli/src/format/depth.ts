/**
 * Deep `extendInfo`: JSON.stringify, YAML and the pretty printer recurse, and an object nested a few thousand
 * levels throws "Maximum call stack size exceeded" (issue 12, class 4), making a whole page unprintable. Core
 * bounds the depth to 64 (deeper: `extendInfo: null`, the raw string kept, an `extend-info-too-deep` warning);
 * the printers do the same with any deeper object they are handed, so the output is the same either way.
 */
import type { FunctionTask } from '@fntasks/core';
import { MAX_EXTEND_INFO_DEPTH, valueDepthExceeds } from '@fntasks/core/normalize';

/** The task as printers may handle it: a too-deep `extendInfo` becomes `null` with a warning, the raw text kept. */
export function printableTask(task: FunctionTask): FunctionTask {
  if (task.extendInfo === null || !valueDepthExceeds(task.extendInfo, MAX_EXTEND_INFO_DEPTH)) return task;
  return {
    ...task,
    extendInfo: null,
    warnings: [...task.warnings, { kind: 'extend-info-too-deep', maxDepth: MAX_EXTEND_INFO_DEPTH }],
  };
}
