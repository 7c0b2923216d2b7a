/** ListFunctionTasks: one page of an instance's runs, newest first. */

import { MAX_PAGE_SIZE, OPERATION_ID } from '@fntasks/protocol';
import { InvalidArgumentError } from '../errors.js';
import type { Paging } from '../paginate.js';
import { normalizePage } from '../read/task-page.js';
import { toEpochMillis } from '../time.js';
import type { FunctionTask, FunctionTasksPage, ListFunctionTasksParams, TimeInput } from '../types.js';
import { defineOperation } from './define.js';

/** Core's own reading of a time: a Date, epoch ms or ISO string (seconds-like numbers only when allowed). */
const time =
  (name: string) =>
  (value: unknown, params: Record<string, unknown>): number =>
    toEpochMillis(name, value as TimeInput, params.allowSecondsLikeTimestamps === true);

export const listFunctionTasks = defineOperation<ListFunctionTasksParams>()(OPERATION_ID.ListFunctionTasks, {
  rules: {
    query: { startTime: time('startTime'), endTime: time('endTime') },
    check(query, params) {
      const { startTime, endTime } = query;
      if (typeof startTime === 'number' && typeof endTime === 'number' && startTime > endTime) {
        throw new InvalidArgumentError(
          'startTime',
          params.startTime,
          `startTime (${new Date(startTime).toISOString()}) must not be after endTime (${new Date(endTime).toISOString()}).`,
        );
      }
    },
  },
  read: (body, answer, page): FunctionTasksPage => normalizePage(answer.status, body, page, answer.text),
});

/**
 * How the runs page: newest first by start time, a run keyed by its id, generation and start time (stable while
 * it runs); an iteration asks for the largest page the service is known to allow.
 */
export const taskPaging: Paging<FunctionTasksPage, FunctionTask> = {
  operationId: OPERATION_ID.ListFunctionTasks,
  items: (page) => page.tasks,
  key: (task) => `${task.runId}\u0000${task.generation ?? ''}\u0000${task.startTime}`,
  order: (task) => task.startTime,
  iterationPageSize: MAX_PAGE_SIZE,
  noun: 'task',
};
