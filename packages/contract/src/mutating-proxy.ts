/**
 * A tiny HTTP proxy on 127.0.0.1 (port 0) in front of the emulator that rewrites JSON response bodies.
 * It plays a provider that broke the contract (say, `Result` instead of `result`) without touching the
 * emulator's source: provider verification run through it must fail.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Rewrites a parsed JSON body; `path` is the request path (e.g. to leave the control API alone). */
export type BodyMutation = (body: unknown, path: string) => unknown;

/** A started proxy. */
export interface MutatingProxy {
  url: string;
  /** How many response bodies the mutation actually changed. */
  readonly mutated: number;
  close(): Promise<void>;
}

/** Starts a proxy that forwards every request to `target` and passes JSON bodies through `mutate`. */
export async function startMutatingProxy(target: string, mutate: BodyMutation): Promise<MutatingProxy> {
  const upstream = new URL(target);
  let mutated = 0;
  const server = createServer((req, res) => {
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          let bytes = Buffer.concat(chunks);
          const headers: IncomingHttpHeaders = { ...answer.headers };
          if (/json/i.test(String(headers['content-type'] ?? ''))) {
            const before = bytes.toString('utf8');
            const after = JSON.stringify(
              mutate(JSON.parse(before), new URL(req.url ?? '/', 'http://x').pathname),
            );
            if (after !== before) mutated += 1;
            bytes = Buffer.from(after);
          }
          headers['content-length'] = String(bytes.length);
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(bytes);
        });
        answer.on('error', () => res.destroy());
      },
    );
    forward.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`mutating proxy: ${error.message}`);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get mutated() {
      return mutated;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Mutations of success bodies, each a contract break the verifier must catch. */
export const MUTATIONS = {
  /** camel mode answering `Result` instead of `result`. */
  resultPascal: (body: unknown) => renameKey(body, 'result', 'Result'),
  /** `generation` as a JSON number instead of a numeric string. */
  generationNumber: (body: unknown) =>
    mapTasks(body, (task) =>
      'generation' in task ? { ...task, generation: Number(task.generation) } : task,
    ),
  /** `extendInfo` as an object instead of a JSON string. */
  extendInfoObject: (body: unknown) =>
    mapTasks(body, (task) =>
      typeof task.extendInfo === 'string'
        ? { ...task, extendInfo: JSON.parse(task.extendInfo) as unknown }
        : task,
    ),
  /** A running task's `endTime` as null instead of 0. */
  endTimeNull: (body: unknown) =>
    mapTasks(body, (task) => (task.endTime === 0 ? { ...task, endTime: null } : task)),
  /** GetFunctionInstance's camelCase `task` answered as `Task`. */
  instanceTaskPascal: (body: unknown) =>
    isRecord(body) && isRecord(body.result)
      ? { ...body, result: renameKey(body.result, 'task', 'Task') }
      : body,
  /** A camelCase success answer carrying an error code (as some of the pages' "success" samples do). */
  errorCodeInSuccess: (body: unknown) =>
    isRecord(body) && body.code === '' ? { ...body, code: 'Task.NotExist' } : body,
} satisfies Record<string, (body: unknown) => unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Renames one top-level key, keeping the key order. */
function renameKey(body: unknown, from: string, to: string): unknown {
  if (!isRecord(body) || !(from in body)) return body;
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k === from ? to : k, v]));
}

/** Rewrites every task of a camelCase success body. */
function mapTasks(body: unknown, map: (task: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (!isRecord(body) || !Array.isArray(body.result)) return body;
  return { ...body, result: body.result.map((task: unknown) => (isRecord(task) ? map(task) : task)) };
}
