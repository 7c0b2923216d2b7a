/**
 * Records every API request the CLI's tests send to the emulator, for the pact-coverage check
 * (`pact-coverage/pact-coverage.test.ts`, run after the suite): a proxy on 127.0.0.1 port 0 in front of the
 * emulator appends each request's method and URL to a file under `.reports/emulator-requests/`. Control routes
 * (`/__fntasks/…`) are the tests' own set-up, not the CLI's, and are not recorded.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Where the recorded requests go, one ndjson file per proxy. `FNTASKS_CLI_REQUESTS_DIR` moves it: release-checks
 * runs this suite again on Node 22 and 24 at the same time as `pnpm test` runs it here, and each run's set-up
 * empties its folder.
 */
export const REQUESTS_DIR =
  process.env.FNTASKS_CLI_REQUESTS_DIR ??
  fileURLToPath(new URL('../.reports/emulator-requests/', import.meta.url));

/** One recorded request. */
export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  /** The test that sent it, for the failure message. */
  test: string;
}

/** A recording proxy: its URL, where it forwards to (set once the emulator runs), and close. */
export interface RecordingProxy {
  readonly url: string;
  /** How many API requests (control routes apart) it has seen: a dry run's test checks none went out. */
  readonly requests: () => number;
  /** The `Host` the CLI sends to it, for the emulator's allowed hosts (the request is signed with it). */
  readonly host: string;
  forwardTo(target: string): void;
  close(): Promise<void>;
}

/**
 * Starts a recording proxy; `forwardTo` names the emulator. The request goes on unchanged, `Host` included (the
 * CLI signs it), so the emulator must allow the proxy's host.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  let upstream: URL | undefined;
  mkdirSync(REQUESTS_DIR, { recursive: true });
  let file = '';
  let requests = 0;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith('/__fntasks/')) {
      requests++;
      const state = expect.getState();
      const test = `${state.testPath?.split('/').pop() ?? '?'} > ${state.currentTestName ?? '(set-up)'}`;
      const entry: RecordedRequest = { method: req.method ?? 'GET', url, test };
      // Recording must never stop the request: a folder removed underneath is made again.
      try {
        appendFileSync(file, `${JSON.stringify(entry)}\n`);
      } catch {
        mkdirSync(REQUESTS_DIR, { recursive: true });
        appendFileSync(file, `${JSON.stringify(entry)}\n`);
      }
    }
    if (!upstream) {
      res.writeHead(503).end('the recording proxy has no emulator yet');
      return;
    }
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    // The emulator's injected faults drop connections: pass that on as it is.
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  file = join(REQUESTS_DIR, `${process.pid}-${port}.ndjson`);
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    host: `127.0.0.1:${port}`,
    forwardTo(target) {
      upstream = new URL(target);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
