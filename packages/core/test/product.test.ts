/**
 * The product rules both apps call: discovery as a stream (against a loopback server routed by the wire table),
 * error predicates, duration, error messages and the success-or-error rule, all on core's real normalisers.
 */
import { FUNCTION_NAMES } from '@fntasks/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  type DiscoveryEvent,
  discoverInstances,
  type FunctionTask,
  FunctionTasksApiError,
  isAppGroupNotFound,
  isErrorAnswer,
  isFunctionMissing,
  isInUse,
  isNameTaken,
  isNoDefaultInstance,
  isNotFound,
  isResourceNotFound,
  isSuccessCode,
  isTaskRunning,
  isThrottled,
  isVersionNotFound,
  RequestAbortedError,
  taskDurationMs,
  taskErrorMessages,
} from '../src/index.js';
import { normalizePage } from '../src/normalize/index.js';
import { envelope, type FamilyServer, startFamilyServer, wireInstance, wireTask } from './family-server.js';

let server: FamilyServer;
beforeAll(async () => {
  server = await startFamilyServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.handlers = {};
});

const client = () => createFunctionTasksClient({ endpoint: server.url, retry: false });

/** A page of tasks as core reads it off the wire. */
function tasksOf(...wire: Array<Record<string, unknown>>) {
  return normalizePage({ body: envelope(wire, { totalCount: wire.length }), pageNumber: 1, pageSize: 10 })
    .tasks;
}

/** The API error core makes of an answer with this code. */
async function apiError(code: string, status = 404): Promise<unknown> {
  server.handlers.GetFunctionDefaultInstance = () => ({
    status,
    body: { requestId: 'r', httpCode: status, code, message: 'm' },
  });
  return client()
    .getFunctionDefaultInstance({ appGroupIdentity: 'a', functionName: 'ctr' })
    .catch((error: unknown) => error);
}

describe('taskDurationMs', () => {
  it('ended, running, without a start and ending before it', () => {
    const [ended, running, noStart, backwards] = tasksOf(
      wireTask(1, { startTime: 1_000, endTime: 61_000 }),
      wireTask(2, { status: 'running', startTime: 1_000, endTime: 0 }),
      wireTask(3, { startTime: undefined, endTime: 5_000 }),
      wireTask(4, { startTime: 9_000, endTime: 5_000 }),
    );
    expect(taskDurationMs(ended as FunctionTask, 999_999)).toBe(60_000);
    expect(taskDurationMs(running as FunctionTask, 31_000)).toBe(30_000);
    expect(taskDurationMs(noStart as FunctionTask, 31_000)).toBeNull();
    expect(taskDurationMs(backwards as FunctionTask, 31_000)).toBeNull();
  });
});

describe('taskErrorMessages', () => {
  it("reads a task's array (objects made strings by the normaliser) and an instance's object", async () => {
    const [task, clean] = tasksOf(
      wireTask(1, {
        extendInfo: JSON.stringify({
          errors: ['disk full', { code: 'E1', message: 'bad label' }],
          recall: 9,
        }),
      }),
      wireTask(2),
    );
    const messages = taskErrorMessages(task as FunctionTask);
    expect(messages[0]).toBe('disk full');
    expect(messages[1]).toContain('bad label');
    expect(taskErrorMessages(clean as FunctionTask)).toEqual([]);

    server.handlers.ListFunctionInstances = () => ({
      body: envelope(
        [
          wireInstance('broken', {
            extendInfo: JSON.stringify({ dataReport: {}, errors: { sample: 'no samples', label: {} } }),
          }),
          wireInstance('fine'),
        ],
        { totalCount: 2 },
      ),
    });
    const page = await client().listFunctionInstances({ appGroupIdentity: 'a', functionName: 'ctr' });
    expect(page.instances.map(taskErrorMessages)).toEqual([['sample: no samples'], []]);
  });
});

describe('error predicates', () => {
  it('name the spec codes, and nothing else', async () => {
    const noDefault = await apiError('DefaultInstance.NotExist');
    expect(isNoDefaultInstance(noDefault)).toBe(true);
    expect(isNotFound(noDefault)).toBe(true);
    expect(isFunctionMissing(noDefault)).toBe(true);
    const app = await apiError('App.NotFound');
    expect([isNotFound(app), isAppGroupNotFound(app), isFunctionMissing(app)]).toEqual([true, true, false]);
    const key = await apiError('InvalidAccessKeyId.NotFound');
    expect(isNotFound(key)).toBe(false);
    const forbidden = await apiError('Forbidden.NotEnabled', 403);
    expect(isFunctionMissing(forbidden)).toBe(false);
    expect(isTaskRunning(await apiError('Task.IsRunning', 400))).toBe(true);
    expect(isThrottled(await apiError('Throttling.User', 400))).toBe(true);
    expect(isTaskRunning(new Error('Task.IsRunning'))).toBe(false);
  });

  it('name the codes of versions, resources and the instance writes', async () => {
    const version = await apiError('Version.NotExist');
    expect([isNotFound(version), isVersionNotFound(version), isResourceNotFound(version)]).toEqual([
      true,
      true,
      false,
    ]);
    const resource = await apiError('Resource.NotExist');
    expect([isNotFound(resource), isResourceNotFound(resource)]).toEqual([true, true]);
    for (const code of ['Instance.Duplicated', 'Resource.Duplicated']) {
      expect(isNameTaken(await apiError(code, 400))).toBe(true);
    }
    for (const code of ['Instance.IsRunning', 'Resource.InUse']) {
      expect(isInUse(await apiError(code, 400))).toBe(true);
    }
    expect(isInUse(await apiError('Task.IsRunning', 400))).toBe(false);
    expect(isNameTaken(await apiError('InvalidParameter', 400))).toBe(false);
  });
});

describe('the success-or-error rule', () => {
  it('is the status first, then the code of either casing', async () => {
    expect(isErrorAnswer(200, { code: '' })).toBe(false);
    expect(isErrorAnswer(200, { Code: 'OK' })).toBe(false);
    expect(isErrorAnswer(200, { requestId: 'r' })).toBe(false);
    expect(isErrorAnswer(200, { Code: 'Task.NotExist', Result: {} })).toBe(true);
    expect(isErrorAnswer(404, { code: '' })).toBe(true);
    expect(isSuccessCode(200)).toBe(true);
    // The client reads the same answer as an error: one rule.
    server.handlers.GetFunctionDefaultInstance = () => ({
      body: envelope({ instanceName: 'x' }, { code: 'DefaultInstance.NotExist' }),
    });
    await expect(
      client().getFunctionDefaultInstance({ appGroupIdentity: 'a', functionName: 'ctr' }),
    ).rejects.toBeInstanceOf(FunctionTasksApiError);
  });
});

describe('discoverInstances', () => {
  /** Two app groups: `shop` uses ctr (two instances) and pop (one); `news` uses ctr only; `gone` does not exist. */
  function routes() {
    const uses: Record<string, Record<string, string[]>> = {
      shop: { ctr: ['ctr_a', 'ctr_b'], pop: ['pop_a'] },
      news: { ctr: ['ctr_n'] },
    };
    server.handlers.ListFunctionInstances = ({ segments }) => {
      const group = uses[segments.appGroupIdentity as string];
      if (!group)
        return { status: 404, body: { requestId: 'r', code: 'App.NotFound', message: 'App not found' } };
      const names = group[segments.functionName as string];
      if (!names) return { status: 404, body: { requestId: 'r', code: 'NotFound', message: 'no function' } };
      return {
        body: envelope(
          names.map((n) => wireInstance(n, { functionName: segments.functionName })),
          { totalCount: names.length },
        ),
      };
    };
    server.handlers.GetFunctionDefaultInstance = ({ segments }) =>
      segments.functionName === 'ctr'
        ? { body: envelope({ instanceName: `ctr_${segments.appGroupIdentity === 'shop' ? 'b' : 'n'}` }) }
        : { status: 404, body: { requestId: 'r', code: 'DefaultInstance.NotExist', message: 'not set' } };
    server.handlers.ListFunctionTasks = ({ segments }) => ({
      body: envelope([wireTask(7, { functionName: segments.functionName })], { totalCount: 7 }),
    });
  }

  async function collect(iterable: AsyncIterable<DiscoveryEvent>): Promise<DiscoveryEvent[]> {
    const events: DiscoveryEvent[] = [];
    for await (const event of iterable) events.push(event);
    return events;
  }

  it('yields every instance, default and runs page; a function not used is no problem, an unknown group is', async () => {
    routes();
    const events = await collect(discoverInstances(client(), { appGroups: ['shop', 'news', 'gone'] }));
    const instances = events.flatMap((e) =>
      e.kind === 'instance' ? [`${e.instance.appGroupIdentity}/${e.instance.instanceName}`] : [],
    );
    expect(instances.sort()).toEqual(['news/ctr_n', 'shop/ctr_a', 'shop/ctr_b', 'shop/pop_a']);
    const defaults = events.flatMap((e) =>
      e.kind === 'default' ? [[e.appGroupIdentity, e.functionName, e.instanceName]] : [],
    );
    expect(defaults).toContainEqual(['shop', 'ctr', 'ctr_b']);
    expect(defaults).toContainEqual(['shop', 'pop', null]);
    const runs = events.filter((e) => e.kind === 'runs');
    expect(runs).toHaveLength(4);
    expect(runs.every((e) => e.kind === 'runs' && e.tasks[0]?.generation === '7' && e.totalCount === 7)).toBe(
      true,
    );
    const problems = events.flatMap((e) => (e.kind === 'problem' ? [e] : []));
    expect(problems).toHaveLength(FUNCTION_NAMES.length);
    expect(problems.every((p) => p.appGroupIdentity === 'gone' && isAppGroupNotFound(p.error))).toBe(true);
    // Each instance is yielded before its runs.
    const first = events.findIndex((e) => e.kind === 'instance' && e.instance.instanceName === 'ctr_a');
    const itsRuns = events.findIndex((e) => e.kind === 'runs' && e.instance.instanceName === 'ctr_a');
    expect(first).toBeLessThan(itsRuns);
  });

  it("reads the first instances' runs before the rest of discovery", async () => {
    routes();
    await collect(discoverInstances(client(), { appGroups: ['shop', 'news'], concurrency: 1 }));
    const order = server.requests.map((r) => r.operationId);
    const firstRuns = order.indexOf('ListFunctionTasks');
    const listings = order.filter((o) => o === 'ListFunctionInstances').length;
    expect(listings).toBe(2 * FUNCTION_NAMES.length);
    // ctr is the first function: its two runs reads come right after its listing, not after the other 2×N-1.
    expect(order.slice(0, 3)).toEqual(['ListFunctionInstances', 'ListFunctionTasks', 'ListFunctionTasks']);
    expect(firstRuns).toBe(1);
  });

  it('a function named by the caller that is missing is a problem', async () => {
    routes();
    const events = await collect(
      discoverInstances(client(), { appGroups: ['news'], functionNames: ['pop'], runsPageSize: 0 }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.kind === 'problem' && isFunctionMissing(events[0].error)).toBe(true);
  });

  it('stops sending when the caller aborts, and throws RequestAbortedError', async () => {
    routes();
    const controller = new AbortController();
    const seen: DiscoveryEvent[] = [];
    const run = (async () => {
      for await (const event of discoverInstances(client(), {
        appGroups: ['shop', 'news'],
        concurrency: 1,
        signal: controller.signal,
      })) {
        seen.push(event);
        if (seen.length === 1) controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(RequestAbortedError);
    const sent = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests.length).toBe(sent);
    expect(sent).toBeLessThan(2 * FUNCTION_NAMES.length);
  });
});
