/** The URL builder's memo: a repeated call reuses the last URL of its template; anything else is built afresh. */
import { describe, expect, it } from 'vitest';
import { operationUrl } from '../src/pipeline/url.js';

const PATH =
  '/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks';
const names = (instanceName: string) => ({ appGroupIdentity: 'app', functionName: 'ctr', instanceName });

describe('operationUrl', () => {
  it('reuses the URL only for the same endpoint, path values and query, in order', () => {
    const first = operationUrl('http://a', PATH, { path: names('i 1'), query: { pageNumber: 1 } });
    expect(first).toBe('http://a/v4/openapi/app-groups/app/functions/ctr/instances/i%201/tasks?pageNumber=1');
    expect(operationUrl('http://a', PATH, { path: names('i 1'), query: { pageNumber: 1 } })).toBe(first);
    expect(operationUrl('http://a', PATH, { path: names('i 1'), query: { pageNumber: 2 } })).toMatch(
      /pageNumber=2$/,
    );
    expect(operationUrl('http://a', PATH, { path: names('i 1'), query: { pageNumber: '1' } })).toBe(first);
    expect(operationUrl('http://b', PATH, { path: names('i 1'), query: { pageNumber: 1 } })).toMatch(
      /^http:\/\/b\//,
    );
    expect(operationUrl('http://a', PATH, { path: names('i/2'), query: { pageNumber: 1 } })).toContain(
      '/i%2F2/',
    );
    expect(operationUrl('http://a', PATH, { path: names('i 1'), query: { pageSize: 1 } })).toMatch(
      /\?pageSize=1$/,
    );
    expect(operationUrl('http://a', PATH, { path: names('i 1'), query: {} })).toMatch(/\/tasks$/);
    expect(
      operationUrl('http://a', PATH, { path: names('i 1'), query: { status: 'failed', pageNumber: 1 } }),
    ).toMatch(/\?status=failed&pageNumber=1$/);
    // Back to the first inputs after others: the same URL again.
    expect(operationUrl('http://a', PATH, { path: names('i 1'), query: { pageNumber: 1 } })).toBe(first);
  });
});
