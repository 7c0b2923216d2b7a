/** ListFunctionTasks: one page of an instance's runs, newest first. */

import { DEFAULT_PAGE_SIZE, TASK_STATUSES } from '@fntasks/protocol';
import { InvalidArgumentError } from '../errors.js';
import { normalizePage } from '../read/task-page.js';
import { toEpochMillis } from '../time.js';
import type { FunctionTasksPage, ListFunctionTasksParams } from '../types.js';
import { defineOperation, type WireParameters } from './define.js';
import { checkNames, checkOneOf, checkPaging, checkParamsObject } from './params.js';

const PATH =
  '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks';
type Query = NonNullable<WireParameters<typeof PATH, 'get'>['query']>;

/** The instance's three names, which every task operation takes. */
export const INSTANCE_NAMES = ['appGroupIdentity', 'functionName', 'instanceName'] as const;

export const listFunctionTasks = defineOperation({
  operationId: 'ListFunctionTasks',
  method: 'GET',
  path: PATH,
  validate(params: ListFunctionTasksParams) {
    checkParamsObject(params, 'appGroupIdentity, functionName and instanceName');
    const path = checkNames(params, INSTANCE_NAMES);
    const query: Query = {};
    if (params.status !== undefined) query.status = checkOneOf('status', params.status, TASK_STATUSES);
    const allowSeconds = params.allowSecondsLikeTimestamps === true;
    if (params.startTime !== undefined)
      query.startTime = toEpochMillis('startTime', params.startTime, allowSeconds);
    if (params.endTime !== undefined) query.endTime = toEpochMillis('endTime', params.endTime, allowSeconds);
    if (query.startTime !== undefined && query.endTime !== undefined && query.startTime > query.endTime) {
      throw new InvalidArgumentError(
        'startTime',
        params.startTime,
        `startTime (${new Date(query.startTime).toISOString()}) must not be after endTime (${new Date(query.endTime).toISOString()}).`,
      );
    }
    const context = checkPaging(params, query, DEFAULT_PAGE_SIZE);
    return { wire: { path, query }, context };
  },
  read: (body, answer, context): FunctionTasksPage =>
    normalizePage(answer.status, body, context, answer.text),
});
