/**
 * A hostile ListFunctionTasks / GetFunctionTask server on loopback (port 0) for the CLI's issue-12 tests: run
 * ids, statuses and extendInfo full of terminal control sequences, extendInfo nested 100,000 levels deep, API
 * error messages that carry escape sequences or echo the STS token, a redirect elsewhere, and pagination that
 * never ends.
 */
import { createServer, type Server } from 'node:http';

/** Sequences an attacker would put into wire text: clear screen, window title, OSC 8 link, OSC 52 clipboard, C1 CSI. */
export const ATTACKS = {
  clear: '\u001b[2J\u001b[H',
  title: '\u001b]0;pwned\u0007',
  link: '\u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\',
  clipboard: '\u001b]52;c;ZXZpbA==\u0007',
  c1: '\u009b31m',
} as const;

/** True when `text` contains any attack sequence raw (the CLI's own colour codes are not among them). */
export function containsAttack(text: string): boolean {
  return (
    text.includes('\u001b]') ||
    text.includes('\u001b[2J') ||
    text.includes('\u009b') ||
    text.includes('\u0007')
  );
}

/** The run id of the hostile task. */
export const HOSTILE_RUN_ID = `run${ATTACKS.title}${ATTACKS.clear}x`;

const now = Date.UTC(2025, 10, 28, 10, 0, 0);
const task = (generation: number, fields: Record<string, unknown>) => ({
  FunctionName: 'ctr',
  RunId: `trigger__${generation}`,
  Generation: String(generation),
  Status: 'success',
  Progress: 100,
  StartTime: now - generation * 60_000,
  EndTime: now - generation * 60_000 + 30_000,
  ExtendInfo: '{"recall":1,"errors":[]}',
  ...fields,
});

/** The tasks of the `evil` instance: wire text with escapes, raw extendInfo with escapes, a deep raw string. */
export const HOSTILE_TASKS = [
  task(5, {
    RunId: HOSTILE_RUN_ID,
    Status: `success${ATTACKS.c1}`,
    ExtendInfo: JSON.stringify({
      recall: 91,
      [`note${ATTACKS.link}`]: `${ATTACKS.clipboard}x`,
      errors: [`boom${ATTACKS.clear}`],
    }),
  }),
  task(4, { ExtendInfo: `not json ${ATTACKS.title}${ATTACKS.clear}` }),
  task(3, { ExtendInfo: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }),
  task(2, { ExtendInfo: `${'{"a":'.repeat(6_000)}1${'}'.repeat(6_000)}` }),
];

/** What the server answers, by instance name. */
export type HostileMode = 'evil' | 'error' | 'redirect' | 'echo-token' | 'endless';

/** Starts the server; the instance name in the path picks the behaviour. */
export async function startHostileServer(): Promise<{
  url: string;
  requests: () => number;
  close(): Promise<void>;
}> {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests++;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const match = /\/instances\/([^/]+)\/tasks(?:\/([^/]+))?$/.exec(url.pathname);
    const instance = decodeURIComponent(match?.[1] ?? '');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const envelope = { RequestId: 'req-1', Status: 'OK', Code: '', Message: '', Latency: 1, HttpCode: 200 };
    if (instance === 'error') {
      return json(400, {
        ...envelope,
        Code: 'InvalidParameter',
        Message: `bad value ${ATTACKS.link}${ATTACKS.clear}${ATTACKS.title}`,
      });
    }
    if (instance === 'redirect') {
      // Somewhere else: a client that follows would carry the signed headers there.
      response.writeHead(302, { location: 'http://evil.example/steal' });
      return response.end();
    }
    if (instance === 'echo-token') {
      const token = request.headers['x-acs-security-token'];
      return json(400, {
        ...envelope,
        Code: 'SignatureDoesNotMatch',
        Message: `The request signature does not conform. Server string to sign is:GET\nx-acs-security-token:${token}\nx-acs-accesskey-id:${request.headers['x-acs-accesskey-id'] ?? ''}`,
      });
    }
    if (instance === 'endless') {
      // Ignores pageNumber and claims a huge total: always the same page.
      const size = Number(url.searchParams.get('pageSize') ?? '1');
      return json(200, {
        ...envelope,
        TotalCount: 1e12,
        Result: Array.from({ length: size }, (_, i) => task(i + 1, {})),
      });
    }
    const generation = match?.[2];
    if (generation !== undefined) {
      const found = HOSTILE_TASKS.find((t) => t.Generation === generation);
      return found
        ? json(200, { ...envelope, Result: found })
        : json(404, { ...envelope, Code: 'Task.NotExist', Message: 'no such task' });
    }
    const pageSize = Number(url.searchParams.get('pageSize') ?? '1');
    const pageNumber = Number(url.searchParams.get('pageNumber') ?? '1');
    return json(200, {
      ...envelope,
      TotalCount: HOSTILE_TASKS.length,
      Result: HOSTILE_TASKS.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
