import { describe, expectTypeOf, it } from 'vitest';
import type { paths } from '../src/generated/openapi.js';
import {
  createFunctionTasksClient,
  type ExtendInfo,
  type FunctionTask,
  type FunctionTasksPage,
  type KnownTaskStatus,
  type ListFunctionTasksParams,
  type TaskStatus,
} from '../src/index.js';

const client = createFunctionTasksClient({ endpoint: 'http://127.0.0.1:1' });

describe('public types', () => {
  it('listFunctionTasks returns a normalised page', () => {
    expectTypeOf(client.listFunctionTasks).returns.resolves.toEqualTypeOf<FunctionTasksPage>();
    expectTypeOf<FunctionTasksPage['tasks']>().toEqualTypeOf<FunctionTask[]>();
    expectTypeOf<FunctionTasksPage['casing']>().toEqualTypeOf<'camel' | 'pascal' | 'mixed'>();
  });

  it('a task has epoch-ms times, endTime null while running, generation as string', () => {
    expectTypeOf<FunctionTask['startTime']>().toEqualTypeOf<number>();
    expectTypeOf<FunctionTask['endTime']>().toEqualTypeOf<number | null>();
    expectTypeOf<FunctionTask['generation']>().toEqualTypeOf<string | null>();
    expectTypeOf<FunctionTask['extendInfo']>().toEqualTypeOf<ExtendInfo | null>();
    expectTypeOf<NonNullable<FunctionTask['extendInfo']>['errors']>().toEqualTypeOf<
      readonly string[] | undefined
    >();
  });

  it('status can be switched over the documented values and still holds unknown strings', () => {
    expectTypeOf<KnownTaskStatus>().toEqualTypeOf<'success' | 'failed' | 'running'>();
    expectTypeOf<KnownTaskStatus>().toMatchTypeOf<TaskStatus>();
    expectTypeOf<TaskStatus>().toMatchTypeOf<string>();
    const label = (task: FunctionTask): string => {
      switch (task.status) {
        case 'success':
          return 'ok';
        case 'failed':
          return 'failed';
        case 'running':
          return 'running';
        default:
          return `unknown ${task.status}`;
      }
    };
    expectTypeOf(label).returns.toBeString();
  });

  it('params accept Date, ms or ISO string for times and only documented statuses', () => {
    expectTypeOf<ListFunctionTasksParams['startTime']>().toEqualTypeOf<Date | number | string | undefined>();
    const names = { appGroupIdentity: 'a', functionName: 'f', instanceName: 'i' };
    // @ts-expect-error: an undocumented status is a type error
    void client.listFunctionTasks({ ...names, status: 'done' });
    // @ts-expect-error: the path names are required
    void client.listFunctionTasks({ appGroupIdentity: 'a' });
  });

  it('exports the generated paths for direct openapi-fetch use', () => {
    type Get =
      paths['/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks']['get'];
    expectTypeOf<NonNullable<Get['parameters']['query']>['pageSize']>().toEqualTypeOf<number | undefined>();
  });
});
