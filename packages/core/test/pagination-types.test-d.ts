import { describe, expectTypeOf, it } from 'vitest';
import {
  createFunctionTasksClient,
  type FunctionTask,
  type FunctionTasksEvent,
  type FunctionTasksIterator,
  type TaskFailedError,
  type TotalCountChange,
  type WaitTimeoutError,
} from '../src/index.js';

const client = createFunctionTasksClient({
  endpoint: 'http://127.0.0.1:1',
  timeoutMs: 5_000,
  retry: { maxAttempts: 3 },
  onEvent: (event) => {
    // The event union narrows on `type`.
    if (event.type === 'retry') expectTypeOf(event.delayMs).toEqualTypeOf<number>();
    if (event.type === 'response') expectTypeOf(event.requestId).toEqualTypeOf<string>();
  },
});
const names = { appGroupIdentity: 'a', functionName: 'ctr', instanceName: 'i' };

describe('retries, pagination and watching: public types', () => {
  it('retry takes settings or false, never true', () => {
    createFunctionTasksClient({ endpoint: 'http://127.0.0.1:1', retry: false });
    // @ts-expect-error retry is an object of settings or false
    createFunctionTasksClient({ endpoint: 'http://127.0.0.1:1', retry: true });
  });

  it('iterateFunctionTasks is an async iterable of tasks that reports what it saw', () => {
    const iterator = client.iterateFunctionTasks(
      { ...names, limit: 10 },
      { concurrency: 2, signal: AbortSignal.abort() },
    );
    expectTypeOf(iterator).toEqualTypeOf<FunctionTasksIterator>();
    expectTypeOf(iterator).toMatchTypeOf<AsyncIterable<FunctionTask>>();
    expectTypeOf(iterator.totalCount).toEqualTypeOf<number | null>();
    expectTypeOf(iterator.totalChanged).toEqualTypeOf<boolean>();
    expectTypeOf<Parameters<typeof client.iterateFunctionTasks>[1]>().toMatchTypeOf<
      { onTotalChange?: (change: TotalCountChange) => void } | undefined
    >();
    // @ts-expect-error the iterator walks the pages itself
    client.iterateFunctionTasks({ ...names, pageNumber: 2 });
    expectTypeOf(client.listAllFunctionTasks).returns.resolves.toEqualTypeOf<FunctionTask[]>();
  });

  it('watchFunctionTask yields tasks and returns the final one; waitForFunctionTask resolves with it', () => {
    expectTypeOf(client.watchFunctionTask({ ...names, runId: 'r' })).toEqualTypeOf<
      AsyncGenerator<FunctionTask, FunctionTask, undefined>
    >();
    expectTypeOf(client.waitForFunctionTask({ ...names, generation: 3 })).toEqualTypeOf<
      Promise<FunctionTask>
    >();
    expectTypeOf<TaskFailedError['task']>().toEqualTypeOf<FunctionTask>();
    expectTypeOf<WaitTimeoutError['lastTask']>().toEqualTypeOf<FunctionTask | null>();
  });

  it('events carry no headers', () => {
    expectTypeOf<Extract<FunctionTasksEvent, { type: 'request' }>>().not.toHaveProperty('headers');
  });
});
