/**
 * Issue 12, class 4: core bounds the depth of what it parses and re-serialises. A deep `extendInfo` (string or
 * object) becomes `extendInfo: null` with its raw kept and a warning; a deep body is a MalformedResponseError;
 * nothing throws a RangeError, and nothing downstream (JSON.stringify of the page) does either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, MalformedResponseError } from '../src/index.js';
import { normalizePage } from '../src/normalize/index.js';
import { startTestServer, type TestServer } from './helpers.js';

const INSTANCE = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'ctr_1' };

function nestedText(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}
function nestedObject(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}
function task(extendInfo: unknown) {
  return {
    functionName: 'ctr',
    runId: 'r',
    generation: '1',
    status: 'success',
    progress: 100,
    startTime: 1,
    endTime: 2,
    extendInfo,
  };
}
function page(...tasks: unknown[]) {
  return { requestId: 'q', totalCount: tasks.length, result: tasks };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
const client = () => createFunctionTasksClient({ endpoint: server.url, retry: false });

describe('extendInfo depth', () => {
  it('keeps a 64-level document', async () => {
    server.answer({ body: page(task(nestedText(64))) });
    const { tasks } = await client().listFunctionTasks(INSTANCE);
    expect(tasks[0]?.extendInfo).not.toBeNull();
    expect(tasks[0]?.warnings).toEqual([]);
  });

  it.each([65, 6_000, 100_000])(
    'a %i-level string: null, raw kept, a warning; the rest of the page is fine',
    async (levels) => {
      const raw = nestedText(levels);
      server.answer({ body: page(task(raw), task('{"recall":91}')) });
      const result = await client().listFunctionTasks(INSTANCE);
      const [deep, fine] = result.tasks;
      expect(deep?.extendInfo).toBeNull();
      expect(deep?.extendInfoRaw).toBe(raw);
      expect(deep?.warnings).toContainEqual({ kind: 'extend-info-too-deep', maxDepth: 64 });
      expect(fine?.extendInfo).toEqual({ recall: 91 });
      expect(() => JSON.stringify(result)).not.toThrow();
    },
  );

  it('a deep object (not the documented string) does not throw either', async () => {
    server.answer({ body: page(task(nestedObject(100))) });
    const { tasks } = await client().listFunctionTasks(INSTANCE);
    expect(tasks[0]?.extendInfo).toBeNull();
    expect(tasks[0]?.warnings).toContainEqual({ kind: 'extend-info-too-deep', maxDepth: 64 });
  });

  it('normalizePage given an 8,000-level object answers with a typed error, not a RangeError', () => {
    const body = page(task(nestedObject(8_000)));
    expect(() => normalizePage({ body, pageNumber: 1, pageSize: 1 })).toThrow(MalformedResponseError);
  });
});

describe('the whole body', () => {
  it('a body nested 100,000 levels deep is a MalformedResponseError with a short snippet', async () => {
    const text = `{"result":[${'['.repeat(100_000)}${']'.repeat(100_000)}],"totalCount":1}`;
    server.answer({ raw: text });
    const error = await client()
      .listFunctionTasks(INSTANCE)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as MalformedResponseError).message).toMatch(/deeper than 128 levels/);
    expect((error as MalformedResponseError).message.length).toBeLessThan(600);
  });

  it('an error path never stringifies an unbounded body', () => {
    const wide = { result: 'not a list', filler: Array.from({ length: 100_000 }, (_, i) => i) };
    const error = (() => {
      try {
        normalizePage({ body: wide, pageNumber: 1, pageSize: 1 });
      } catch (e) {
        return e as MalformedResponseError;
      }
    })();
    expect(error?.bodySnippet.length).toBeLessThanOrEqual(201);
  });
});

describe('counts', () => {
  it.each([1.5, '1.5', -1, 1e300])('totalCount %s is a MalformedResponseError', async (totalCount) => {
    server.answer({ body: { requestId: 'q', totalCount, result: [] } });
    await expect(client().listFunctionTasks(INSTANCE)).rejects.toThrow(/totalCount/);
  });
});
