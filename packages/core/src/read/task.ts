/**
 * One task (a ListFunctionTasks item, GetFunctionTask's result), normalised from either casing: `generation` a
 * numeric string, `endTime` 0 meaning "not ended", numbers possibly numeric strings, `extendInfo` a JSON string.
 */

import { isKnownTaskStatus, TASK_KEYS } from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import { previewJson } from '../json-bounds.js';
import type { ExtendInfo, FunctionTask, TaskWarning } from '../types.js';
import { parseExtendInfo } from './extend-info.js';
import { type CasingTracker, integerField, isRecord, type Json, pick, stringField } from './fields.js';

/** Normalises one task; `where` names it in an error (`result[3]`, `result`). */
export function normalizeTask(
  item: unknown,
  where: string,
  tracker: CasingTracker,
  httpStatus: number,
  rawText: string,
): FunctionTask {
  if (!isRecord(item)) {
    throw new MalformedResponseError(httpStatus, rawText || previewJson(item), `${where} is not an object`);
  }
  const warnings: TaskWarning[] = [];
  const read = (name: keyof typeof TASK_KEYS) => pick(item, TASK_KEYS, name, tracker);

  const status = stringField(read('status'), 'status', warnings) ?? '';
  if (!isKnownTaskStatus(status)) warnings.push({ kind: 'unknown-status', value: status });

  const generationRaw = read('generation');
  const generation = generationRaw == null ? null : stringField(generationRaw, 'generation', warnings);

  const endTime = integerField(read('endTime'), 'endTime', warnings);
  const extend = parseExtendInfo(read('extendInfo'), warnings);

  return {
    functionName: stringField(read('functionName'), 'functionName', warnings) ?? '',
    runId: stringField(read('runId'), 'runId', warnings) ?? '',
    generation,
    status,
    progress: integerField(read('progress'), 'progress', warnings) ?? 0,
    startTime: integerField(read('startTime'), 'startTime', warnings) ?? 0,
    endTime: endTime === undefined || endTime === 0 ? null : endTime,
    extendInfo: extend.value === null ? null : typedExtendInfo(extend.value, warnings),
    extendInfoRaw: extend.raw,
    warnings,
  };
}

/** A task's `errors` are strings (the page's `"errors":[]`); anything else is made into strings, with a warning. */
function typedExtendInfo(value: Json, warnings: TaskWarning[]): ExtendInfo {
  const errors = value.errors;
  if (errors === undefined || (Array.isArray(errors) && errors.every((e) => typeof e === 'string'))) {
    return value as ExtendInfo;
  }
  warnings.push({ kind: 'coerced-field', field: 'extendInfo.errors', value: previewJson(errors, 80) });
  const list = Array.isArray(errors) ? errors : isRecord(errors) ? Object.values(errors) : [errors];
  return {
    ...value,
    errors: list.map((e) => (typeof e === 'string' ? e : previewJson(e))),
  };
}
