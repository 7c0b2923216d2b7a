/** Shared test helpers: a real HTTP server on 127.0.0.1, port 0, that records requests and answers as told. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

/** What the test server answers; a function may decide per request. */
export type Answer =
  | { status?: number; headers?: Record<string, string>; body: unknown }
  | { status?: number; headers?: Record<string, string>; raw: string }
  | ((req: IncomingMessage, res: ServerResponse) => void);

/** A started test server. */
export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  answer(next: Answer): void;
  close(): Promise<void>;
}

/** Starts a loopback server that answers with the last `answer(...)` given (200 `{}` by default). */
export async function startTestServer(initial?: Answer): Promise<TestServer> {
  let current: Answer = initial ?? { body: {} };
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => {
      if (typeof current === 'function') return current(req, res);
      const text = 'raw' in current ? current.raw : JSON.stringify(current.body);
      res.writeHead(current.status ?? 200, { 'content-type': 'application/json', ...current.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The API page's "Sample success response", byte for byte in meaning (camelCase). */
export const DOC_CAMEL_SAMPLE = {
  status: 'OK',
  requestId: '',
  httpCode: 200,
  code: '',
  message: '',
  latency: 123,
  totalCount: 1,
  result: [
    {
      functionName: 'ctr',
      progress: 100,
      status: 'success',
      startTime: 100010,
      endTime: 200020,
      extendInfo: '{"recall":91,"errors":[]}',
      runId: 'trigger__2021-03-05T12:18:41',
      generation: '3',
    },
  ],
};

/** The API page's "Examples" success response (PascalCase), including its double-escaped ExtendInfo. */
export const DOC_PASCAL_SAMPLE_TEXT = String.raw`{
  "Status": "200",
  "HttpCode": 200,
  "TotalCount": 2,
  "RequestId": "1638157479281",
  "Message": "fail",
  "Code": "200",
  "Result": [
    {
      "EndTime": 100010,
      "ExtendInfo": "{\\\"recall\\\":91,\\\"errors\\\":[]}",
      "FunctionName": "ctr",
      "Progress": 90,
      "RunId": "trigger__2021-03-05T12:18:41",
      "StartTime": 100010,
      "Status": "success",
      "Generation": "2"
    }
  ],
  "Latency": 123
}`;

/** Rewrites a camelCase body into PascalCase keys, recursively (for casing-equivalence tests). */
export function toPascalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPascalKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), toPascalKeys(v)]),
    );
  }
  return value;
}

/** Rewrites a PascalCase body into camelCase keys, recursively. */
export function toCamelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toCamelKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), toCamelKeys(v)]),
    );
  }
  return value;
}

/** Waits until `check()` holds, polling every 5 ms; fails after `ms` (generous: CI machines can be busy). */
export async function eventually(check: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`condition not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
