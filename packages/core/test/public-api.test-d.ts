import { describe, expectTypeOf, it } from 'vitest';
import type { paths } from '../src/generated/openapi.js';
import {
  createFunctionTasksClient,
  type DeletedResult,
  type ExtendInfo,
  type FunctionResource,
  type FunctionResourcesPage,
  type FunctionTask,
  type FunctionTasksPage,
  type FunctionVersionResult,
  type KnownTaskStatus,
  type ListFunctionTasksParams,
  type PageIterator,
  type ResponseMeta,
  type TaskStatus,
} from '../src/index.js';
import { type PreparedRequest, prepareRequest } from '../src/raw/index.js';

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

  it('the writes answer the envelope, the deletes whether a repeat found it gone, the reads their entity', () => {
    expectTypeOf(client.createFunctionInstance).returns.resolves.toEqualTypeOf<ResponseMeta>();
    expectTypeOf(client.updateFunctionInstance).returns.resolves.toEqualTypeOf<ResponseMeta>();
    expectTypeOf(client.updateFunctionDefaultInstance).returns.resolves.toEqualTypeOf<ResponseMeta>();
    expectTypeOf(client.createFunctionResource).returns.resolves.toEqualTypeOf<ResponseMeta>();
    expectTypeOf(client.updateFunctionResource).returns.resolves.toEqualTypeOf<ResponseMeta>();
    expectTypeOf(client.deleteFunctionInstance).returns.resolves.toEqualTypeOf<DeletedResult>();
    expectTypeOf(client.deleteFunctionResource).returns.resolves.toEqualTypeOf<DeletedResult>();
    expectTypeOf(client.getFunctionVersion).returns.resolves.toEqualTypeOf<FunctionVersionResult>();
    expectTypeOf(client.getFunctionCurrentVersion).returns.resolves.toEqualTypeOf<FunctionVersionResult>();
    expectTypeOf(client.listFunctionResources).returns.resolves.toEqualTypeOf<FunctionResourcesPage>();
    expectTypeOf(client.iterateFunctionResources).returns.toEqualTypeOf<PageIterator<FunctionResource>>();
  });

  it('write parameters are typed: the documented enums, the required fields, camelCase data', () => {
    const fn = { appGroupIdentity: 'a', functionName: 'f' };
    // @ts-expect-error: an undocumented model type
    void client.createFunctionInstance({ ...fn, instanceName: 'i', modelType: 'bert' });
    // @ts-expect-error: modelType is required
    void client.createFunctionInstance({ ...fn, instanceName: 'i' });
    void client.createFunctionResource({
      ...fn,
      resourceName: 'r',
      resourceType: 'raw_file',
      // @ts-expect-error: the parameters are camelCase, even for the PascalCase resource bodies
      data: { Content: 'x' },
    });
    // @ts-expect-error: getFunctionCurrentVersion needs the model type
    void client.getFunctionCurrentVersion({ functionName: 'f' });
  });

  it('prepareRequest gives the request a call would send', () => {
    expectTypeOf(prepareRequest<'CreateFunctionInstance'>).returns.resolves.toEqualTypeOf<PreparedRequest>();
    expectTypeOf<PreparedRequest['body']>().toEqualTypeOf<string | undefined>();
  });
});
