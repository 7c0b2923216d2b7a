/**
 * Node's default engine (node:http, no proxy variable): a signed call, its retries and its errors never build
 * a WHATWG Request, Headers or Response. Their first use loads Node's internal undici (tens of milliseconds),
 * which a one-shot CLI call would otherwise pay; a fresh child process proves it, since Vitest's own process has
 * long since loaded them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTasks, startTaskListServer, type TaskListServer } from './pagination-server.js';

const run = promisify(execFile);

/** Runs `body` in a fresh Node with the WHATWG classes replaced by getters that record who read them. */
async function inFreshNode(body: string, env: Record<string, string> = {}) {
  const script = `
    const touched = [];
    for (const name of ['Request', 'Response', 'Headers']) {
      const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() { touched.push(name); return descriptor.get ? descriptor.get.call(globalThis) : descriptor.value; },
      });
    }
    const core = await import('@fntasks/core');
    const result = await (async () => { ${body} })();
    console.log(JSON.stringify({ touched: [...new Set(touched)], result }));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return JSON.parse(stdout) as { touched: string[]; result: unknown };
}

let server: TaskListServer;
beforeEach(async () => {
  server = await startTaskListServer(makeTasks(5));
});
afterEach(async () => {
  await server.close();
});

describe("Node's default engine", () => {
  it('sends signed calls, retries and errors without touching Request, Headers or Response', async () => {
    // The first call meets a final API error; the second a throttle and a body cut short, then its page.
    server.faults.push('invalid-parameter', 'throttle', 'truncated');
    const { touched, result } = await inFreshNode(`
      const client = core.createFunctionTasksClient({
        endpoint: ${JSON.stringify(server.url)},
        credentials: { accessKeyId: 'LTAI5tTestKeyId', accessKeySecret: 'not-a-real-secret' },
        retry: { baseDelayMs: 1, maxDelayMs: 5 },
      });
      const failure = await client
        .listFunctionTasks({ appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' })
        .catch((error) => \`\${error.name} \${error.code}\`);
      const page = await client.listFunctionTasks({
        appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test', pageSize: 2, status: 'success',
      });
      return { ids: page.tasks.map((t) => t.runId), casing: page.casing, failure };
    `);
    expect(touched).toEqual([]);
    expect(result).toMatchObject({ casing: 'camel', failure: 'FunctionTasksApiError InvalidParameter' });
    expect((result as { ids: string[] }).ids).toHaveLength(2);
    // Four requests reached the server (refused; throttled, cut short, answered), each signed.
    expect(server.requests).toHaveLength(4);
    for (const seen of server.requests) {
      expect(seen.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=LTAI5tTestKeyId,/);
    }
  });

  it('calls a fetch of the caller’s as a plain function, as browsers require of theirs', async () => {
    const { createFunctionTasksClient } = await import('../src/index.js');
    const receivers: unknown[] = [];
    const client = createFunctionTasksClient({
      endpoint: server.url,
      fetch: function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
        receivers.push(this);
        return fetch(input, init);
      },
    });
    await client.listFunctionTasks({
      appGroupIdentity: 'my-app',
      functionName: 'ctr',
      instanceName: 'ctr_test',
    });
    expect(receivers).toEqual([undefined]);
  });

  it('uses the global fetch only when the caller passes one, and builds no Request for it', async () => {
    const { touched, result } = await inFreshNode(`
      let calls = 0;
      const client = core.createFunctionTasksClient({
        endpoint: ${JSON.stringify(server.url)},
        fetch: (input, init) => { calls++; return globalThis.fetch(input, init); },
      });
      await client.listFunctionTasks({ appGroupIdentity: 'my-app', functionName: 'ctr', instanceName: 'ctr_test' });
      return calls;
    `);
    expect(result).toBe(1);
    // The fetch adapter hands over a URL and init; the Response read is the caller's fetch's own.
    expect(touched).not.toContain('Request');
  });
});
