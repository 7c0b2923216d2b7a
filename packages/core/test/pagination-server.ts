/**
 * A small ListFunctionTasks service for the resilience tests: a real node:http server on 127.0.0.1, port 0,
 * holding tasks newest first, with the query rules of the spec (pageNumber, pageSize, status, startTime,
 * endTime), faults queued per request, and hooks that can change the data while a request is in flight.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One task as the wire carries it (camelCase). */
export interface WireTask {
  functionName: string;
  runId: string;
  generation: string;
  status: string;
  progress: number;
  startTime: number;
  endTime: number;
  extendInfo: string;
}

/** A fault for the next request. */
export type Fault =
  | 'throttle'
  | 'internal-error'
  | 'html-502'
  | 'drop'
  | 'truncated'
  | 'invalid-parameter'
  | 'signature'
  | 'clock-expired'
  | 'nonce-used'
  | 'hang';

/** What a request asked for. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  pageNumber: number;
  pageSize: number;
}

export interface TaskListServer {
  url: string;
  /** Tasks, newest first (kept sorted by the server). */
  readonly tasks: WireTask[];
  requests: SeenRequest[];
  /** Faults consumed one per request, first in first out. */
  faults: Fault[];
  /** Extra headers for faults (e.g. `x-acs-retry-after`). */
  faultHeaders: Record<string, string>;
  /** The `Date` header sent with a clock-expired fault. */
  serverDate: Date;
  /** Called before answering; may change data or wait. */
  beforeAnswer?: (request: SeenRequest) => void | Promise<void>;
  /** Requests being answered right now, and the most at once. */
  inFlight: number;
  maxInFlight: number;
  /** Sockets that closed while their request was unanswered. */
  abandoned: number;
  insert(...tasks: WireTask[]): void;
  setTask(runId: string, patch: Partial<WireTask>): void;
  close(): Promise<void>;
}

let sequence = 0;

/** A task with a unique run id; `startTime` decides its place (newest first). */
export function makeTask(startTime: number, patch: Partial<WireTask> = {}): WireTask {
  sequence++;
  return {
    functionName: 'ctr',
    runId: `run-${startTime}-${sequence}`,
    generation: String(sequence),
    status: 'success',
    progress: 100,
    startTime,
    endTime: startTime + 1000,
    extendInfo: '{"recall":91}',
    ...patch,
  };
}

/** `count` tasks starting one second apart, the newest at `newest`. */
export function makeTasks(count: number, newest = 1_700_000_000_000): WireTask[] {
  return Array.from({ length: count }, (_, i) => makeTask(newest - i * 1000));
}

const byNewest = (a: WireTask, b: WireTask) => b.startTime - a.startTime;

export async function startTaskListServer(initial: WireTask[] = []): Promise<TaskListServer> {
  const sockets = new Set<Socket>();
  const state: TaskListServer = {
    url: '',
    tasks: [...initial].sort(byNewest),
    requests: [],
    faults: [],
    faultHeaders: {},
    serverDate: new Date(),
    inFlight: 0,
    maxInFlight: 0,
    abandoned: 0,
    insert(...tasks) {
      state.tasks.push(...tasks);
      state.tasks.sort(byNewest);
    },
    setTask(runId, patch) {
      const task = state.tasks.find((t) => t.runId === runId);
      if (!task) throw new Error(`no task ${runId}`);
      Object.assign(task, patch);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(text);
  };
  const apiError = (
    res: ServerResponse,
    status: number,
    code: string,
    headers: Record<string, string> = {},
  ) =>
    send(
      res,
      status,
      { requestId: `req-${code}`, httpCode: status, code, message: `${code} (test)` },
      headers,
    );

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const q = url.searchParams;
    const seen: SeenRequest = {
      method: req.method ?? '',
      url,
      headers: req.headers,
      pageNumber: Number(q.get('pageNumber') ?? 1),
      pageSize: Number(q.get('pageSize') ?? 1),
    };
    state.requests.push(seen);
    // A response closed before it finished: the client went away (a per-request listener, not one per
    // request on the kept-alive socket).
    res.once('close', () => {
      if (!res.writableFinished) state.abandoned++;
    });
    const fault = state.faults.shift();
    if (fault === 'hang') return;
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault === 'html-502') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    if (fault === 'truncated') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write('{"requestId":"cut","totalCount":3,"result":[{"runId":');
      setTimeout(() => req.socket.destroy(), 5);
      return;
    }
    if (fault === 'throttle') return apiError(res, 400, 'Throttling.User', state.faultHeaders);
    if (fault === 'internal-error') return apiError(res, 500, 'InternalError', state.faultHeaders);
    if (fault === 'invalid-parameter') return apiError(res, 400, 'InvalidParameter');
    if (fault === 'signature') return apiError(res, 400, 'SignatureDoesNotMatch');
    if (fault === 'nonce-used') return apiError(res, 400, 'SignatureNonceUsed');
    if (fault === 'clock-expired') {
      return apiError(res, 400, 'InvalidTimeStamp.Expired', { date: state.serverDate.toUTCString() });
    }

    await state.beforeAnswer?.(seen);
    const status = q.get('status');
    const after = q.has('startTime') ? Number(q.get('startTime')) : null;
    const before = q.has('endTime') ? Number(q.get('endTime')) : null;
    const matching = state.tasks.filter(
      (t) =>
        (status === null || t.status === status) &&
        (after === null || t.startTime > after) &&
        (before === null || (t.endTime !== 0 && t.endTime < before)),
    );
    const start = (seen.pageNumber - 1) * seen.pageSize;
    send(res, 200, {
      status: 'OK',
      requestId: `req-${state.requests.length}`,
      httpCode: 200,
      code: '',
      message: '',
      latency: 1,
      totalCount: matching.length,
      result: matching.slice(start, start + seen.pageSize).map((t) => ({ ...t })),
    });
  };

  const server = createServer((req, res) => {
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        state.inFlight--;
      }
    };
    res.on('close', finish);
    req.resume();
    handle(req, res).catch((error: unknown) => {
      res.destroy(error as Error);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/** The three names every test uses. */
export const INSTANCE = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'ctr_1' } as const;

/** Counts the live timers of this process (for leak checks). */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}
