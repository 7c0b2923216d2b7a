/**
 * `fntasks run` on the built binary against a loopback stand-in for the service: a create whose answer is a 500
 * is sent once and exits 8 (the outcome of a write is unknown) with the command to check; a run that is never
 * listed exits 6 (a timeout), saying what was waited for and what to check.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const TASK = {
  functionName: 'ctr',
  runId: 'trigger__run-5',
  generation: '5',
  status: 'success',
  progress: 100,
  startTime: 1_700_000_000_000,
  endTime: 1_700_000_500_000,
  extendInfo: '{}',
};
const envelope = (extra: Record<string, unknown>) => ({
  status: 'OK',
  requestId: 'req-list',
  httpCode: 200,
  code: '',
  message: '',
  ...extra,
});

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A stand-in that always lists generation 5 and answers every POST with `post`; counts the POSTs. */
async function standIn(post: { status: number; body: unknown }) {
  const seen = { posts: 0 };
  server = createServer((req, res) => {
    req.resume();
    if (req.method === 'POST') seen.posts++;
    const answer =
      req.method === 'POST' ? post : { status: 200, body: envelope({ totalCount: 1, result: [TASK] }) };
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { seen, conn: ['--emulator', url] };
}

describe('fntasks run when the start is not clearly answered', () => {
  it('a 500 to the create: exactly one POST, exit 8, and the command to check', async () => {
    const { seen, conn } = await standIn({
      status: 500,
      body: { requestId: 'req-500', httpCode: 500, code: 'InternalError', message: 'late' },
    });
    const result = await runCli(['run', 'my-app', 'ctr', 'ctr_prod', ...conn, '--timeout', '2s']);
    expect(result.code).toBe(8);
    expect(seen.posts).toBe(1);
    expect(result.stderr).toMatch(
      /^error: The outcome of CreateFunctionTask is unknown: the request was sent and no clear answer came back \(InternalError: late .*\)\. A run may have started; it was not sent again\. No generation above 5 was listed within \d+s after it\.\n/,
    );
    expect(result.stderr).toContain(
      `hint: Check whether the run started before starting another: fntasks list my-app ctr ctr_prod --emulator ${conn[1]}`,
    );
    expect(result.stdout).toBe('');
  });

  it('a run never listed: exit 6 (a timeout), saying what it waited for and what to check', async () => {
    const { seen, conn } = await standIn({ status: 200, body: envelope({}) });
    const result = await runCli(['run', 'my-app', 'ctr', 'ctr_prod', ...conn, '--timeout', '2s']);
    expect(result.code).toBe(6);
    expect(seen.posts).toBe(1);
    expect(result.stderr).toMatch(
      /^error: Timed out after \d+s waiting for the new run of my-app\/ctr\/ctr_prod to be listed: the service accepted the start, but no generation above the highest before it appeared\.\n/,
    );
    expect(result.stderr).toContain(
      'hint: The run may still appear: check before starting another: fntasks list my-app ctr ctr_prod',
    );
  });
});
