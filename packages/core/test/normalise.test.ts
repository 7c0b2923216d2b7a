import { describe, expect, it } from 'vitest';
import { FunctionTasksApiError, MalformedResponseError } from '../src/index.js';
import {
  normalizeInstance,
  normalizeInstancesPage,
  normalizePage,
  normalizeTask,
  readApiError,
} from '../src/normalize/index.js';
import { envelope, wireInstance, wireTask } from './family-server.js';
import { DOC_CAMEL_SAMPLE, toPascalKeys } from './helpers.js';

const request = { pageNumber: 1, pageSize: 10 };
/** The positional form these cases were written in, over the object argument. */
const pageOf = (status: number, body: unknown, page: typeof request) =>
  normalizePage({ status, body, ...page });
const errorOf = (status: number, body: unknown) => readApiError({ status, body });
const camelTask = DOC_CAMEL_SAMPLE.result[0];

describe('normalizePage', () => {
  it('reads a body that mixes both casings and says so', () => {
    const page = pageOf(
      200,
      {
        RequestId: 'r-1',
        totalCount: 1,
        Result: [{ ...camelTask }],
      },
      request,
    );
    expect(page.casing).toBe('mixed');
    expect(page.requestId).toBe('r-1');
    expect(page.tasks[0]?.runId).toBe(camelTask?.runId);
  });

  it('reports mixed when only a task is in the other casing', () => {
    const page = pageOf(
      200,
      {
        requestId: 'r',
        totalCount: 1,
        result: [
          { FunctionName: 'ctr', RunId: 'x', Status: 'running', Progress: 5, StartTime: 2e12, EndTime: 0 },
        ],
      },
      request,
    );
    expect(page.casing).toBe('mixed');
    expect(page.tasks[0]).toMatchObject({
      runId: 'x',
      status: 'running',
      endTime: null,
      generation: null,
      extendInfo: null,
    });
  });

  it('ignores unknown extra fields', () => {
    const page = pageOf(
      200,
      { ...DOC_CAMEL_SAMPLE, extra: { x: 1 }, result: [{ ...camelTask, shiny: true }] },
      request,
    );
    expect(page.tasks[0]).not.toHaveProperty('shiny');
    expect(page.tasks[0]?.warnings).toEqual([]);
  });

  it('maps endTime 0 to null', () => {
    const page = pageOf(
      200,
      { ...DOC_CAMEL_SAMPLE, result: [{ ...camelTask, status: 'running', endTime: 0, progress: 40 }] },
      request,
    );
    expect(page.tasks[0]?.endTime).toBeNull();
  });

  it('keeps an unknown status as its string and flags it', () => {
    const page = pageOf(200, { ...DOC_CAMEL_SAMPLE, result: [{ ...camelTask, status: 'paused' }] }, request);
    expect(page.tasks[0]?.status).toBe('paused');
    expect(page.tasks[0]?.warnings).toContainEqual({ kind: 'unknown-status', value: 'paused' });
  });

  it('keeps a bad extendInfo raw, flags the task, and keeps the rest of the page', () => {
    const page = pageOf(
      200,
      {
        ...DOC_CAMEL_SAMPLE,
        totalCount: 2,
        result: [
          { ...camelTask, extendInfo: '{recall: 91' },
          { ...camelTask, runId: 'second' },
        ],
      },
      request,
    );
    expect(page.tasks).toHaveLength(2);
    expect(page.tasks[0]?.extendInfo).toBeNull();
    expect(page.tasks[0]?.extendInfoRaw).toBe('{recall: 91');
    expect(page.tasks[0]?.warnings[0]).toMatchObject({ kind: 'invalid-extend-info', raw: '{recall: 91' });
    expect(page.tasks[1]?.extendInfo).toEqual({ recall: 91, errors: [] });
  });

  it('flags an extendInfo that is JSON but not an object', () => {
    const page = pageOf(
      200,
      { ...DOC_CAMEL_SAMPLE, result: [{ ...camelTask, extendInfo: '[1,2]' }] },
      request,
    );
    expect(page.tasks[0]?.extendInfo).toBeNull();
    expect(page.tasks[0]?.warnings[0]).toMatchObject({
      kind: 'invalid-extend-info',
      reason: 'not a JSON object',
    });
  });

  it('gives extendInfo null when absent', () => {
    const { extendInfo: _e, ...noExtend } = camelTask as Record<string, unknown>;
    const page = pageOf(200, { ...DOC_CAMEL_SAMPLE, result: [noExtend] }, request);
    expect(page.tasks[0]?.extendInfo).toBeNull();
    expect(page.tasks[0]?.extendInfoRaw).toBeNull();
  });

  it('coerces numeric strings and a numeric generation like the official SDK, and says so', () => {
    const page = pageOf(
      200,
      {
        ...DOC_CAMEL_SAMPLE,
        result: [{ ...camelTask, progress: '100', startTime: '100010', generation: 3 }],
      },
      request,
    );
    expect(page.tasks[0]).toMatchObject({ progress: 100, startTime: 100010, generation: '3' });
    expect(page.tasks[0]?.warnings.map((w) => w.kind)).toEqual([
      'coerced-field',
      'coerced-field',
      'coerced-field',
    ]);
  });

  it('is an error, not an empty list, when neither result nor Result is present', () => {
    expect(() => pageOf(200, { requestId: 'r', totalCount: 0 }, request)).toThrow(MalformedResponseError);
    expect(() => pageOf(200, { requestId: 'r', totalCount: 0 }, request)).toThrow(
      /neither "result" nor "Result"/,
    );
  });

  it('rejects a result that is not an array, a non-object body and a missing totalCount', () => {
    expect(() => pageOf(200, { totalCount: 1, result: {} }, request)).toThrow(/not an array/);
    expect(() => pageOf(200, [1, 2], request)).toThrow(/expected a JSON object/);
    expect(() => pageOf(200, { result: [] }, request)).toThrow(/totalCount/);
    expect(() => pageOf(200, { totalCount: 1, result: ['x'] }, request)).toThrow(
      /result\[0\] is not an object/,
    );
  });
});

describe('readApiError', () => {
  it('reads camelCase and PascalCase error bodies alike', () => {
    const camel = errorOf(404, {
      requestId: 'r1',
      httpCode: 404,
      code: 'App.NotFound',
      message: 'App not found',
    });
    const pascal = errorOf(404, {
      RequestId: 'r1',
      HttpCode: 404,
      Code: 'App.NotFound',
      Message: 'App not found',
    });
    for (const error of [camel, pascal]) {
      expect(error).toMatchObject({
        httpCode: 404,
        code: 'App.NotFound',
        apiMessage: 'App not found',
        requestId: 'r1',
      });
      expect(error?.message).toContain('App.NotFound');
      expect(error?.message).toContain('r1');
    }
  });

  it('does not take a success envelope for an error', () => {
    expect(errorOf(200, DOC_CAMEL_SAMPLE)).toBeNull();
    expect(errorOf(200, { Code: '200', Message: 'fail' })).toBeNull();
  });
});

describe('@fntasks/core/normalize: one object argument, the operations’ own readers', () => {
  it('normalizeInstancesPage, normalizeTask and normalizeInstance read bodies as text or parsed, both casings', () => {
    const instance = wireInstance('inst_1', { task: { dagStatus: 'running', progress: 40 } });
    const instancesBody = envelope([instance], { totalCount: 1 });
    const fromText = normalizeInstancesPage({ body: JSON.stringify(instancesBody) });
    // The spec's default page size (10) when none is given.
    expect(fromText).toMatchObject({ totalCount: 1, pageNumber: 1, pageSize: 10, casing: 'camel' });
    expect(fromText.instances[0]?.instanceName).toBe('inst_1');
    expect(normalizeInstancesPage({ body: toPascalKeys(instancesBody), pageSize: 5 })).toMatchObject({
      casing: 'pascal',
      pageSize: 5,
    });
    const single = normalizeTask({ body: toPascalKeys(envelope(wireTask(4))) });
    expect(single.task).toMatchObject({ generation: '4', status: 'success' });
    expect(single.casing).toBe('pascal');
    const detail = normalizeInstance({ body: envelope(instance) });
    expect(detail.instance.task).toMatchObject({ dagStatus: 'running', progress: 40 });
  });

  it('an error body throws its API error; readApiError reads one from text and ignores what is not JSON', () => {
    const error = { requestId: 'e', code: 'Task.NotExist', message: 'no such run', httpCode: 404 };
    expect(() => normalizeTask({ body: error, status: 404 })).toThrow(FunctionTasksApiError);
    expect(() => normalizeTask({ body: JSON.stringify(error), status: 404 })).toThrow(/no such run/);
    expect(readApiError({ body: JSON.stringify(error), status: 404 })?.code).toBe('Task.NotExist');
    expect(readApiError({ body: '<html>' })).toBeNull();
    expect(() => normalizeInstance({ body: '{"requestId":"r"}' })).toThrow(MalformedResponseError);
  });
});
