/**
 * A small stand-in for the function-task family on loopback: it routes by the wire table, records every request
 * (method, URL, headers, body) and answers from per-operation handlers, in camelCase or PascalCase.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FunctionOperationId, matchFunctionOperation } from '@fntasks/protocol';
import { toPascalKeys } from './helpers.js';

/** A request as the server received it. */
export interface SeenFamilyRequest {
  readonly operationId: FunctionOperationId | null;
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly segments: Readonly<Record<string, string>>;
}

/** What a handler answers: a camelCase body (turned PascalCase when the server is) and a status. */
export type FamilyAnswer = { status?: number; body: unknown } | { status?: number; raw: string };

export interface FamilyServer {
  url: string;
  requests: SeenFamilyRequest[];
  casing: 'camel' | 'pascal';
  handlers: Partial<Record<FunctionOperationId, (request: SeenFamilyRequest) => FamilyAnswer>>;
  close(): Promise<void>;
}

/** Starts the server; unknown routes answer 404 with an error body. */
export async function startFamilyServer(): Promise<FamilyServer> {
  const state: FamilyServer = {
    url: '',
    requests: [],
    casing: 'camel',
    handlers: {},
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const url = req.url ?? '';
      const matched = matchFunctionOperation(req.method ?? '', url.split('?')[0] ?? '');
      const seen: SeenFamilyRequest = {
        operationId: matched?.operationId ?? null,
        method: req.method ?? '',
        url,
        headers: req.headers,
        body,
        segments: matched?.segments ?? {},
      };
      state.requests.push(seen);
      const handler = matched ? state.handlers[matched.operationId] : undefined;
      const answer: FamilyAnswer = handler
        ? handler(seen)
        : { status: 404, body: { requestId: 'r', code: 'NotFound', message: 'no such route' } };
      const text =
        'raw' in answer
          ? answer.raw
          : JSON.stringify(state.casing === 'pascal' ? toPascalKeys(answer.body) : answer.body);
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/** A success envelope around a result (camelCase). */
export function envelope(result?: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: 'OK',
    requestId: 'req-1',
    httpCode: 200,
    code: '',
    message: '',
    latency: 7,
    ...(result !== undefined ? { result } : {}),
    ...extra,
  };
}

/** A task as the wire carries it (camelCase). */
export function wireTask(generation: number, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    functionName: 'ctr',
    runId: `trigger__run-${generation}`,
    generation: String(generation),
    status: 'success',
    progress: 100,
    startTime: 1_700_000_000_000 + generation * 1000,
    endTime: 1_700_000_000_500 + generation * 1000,
    extendInfo: '{"recall":91,"auc":0.93,"errors":[]}',
    ...patch,
  };
}

/** An instance as the wire carries it (camelCase), the page's sample shape. */
export function wireInstance(name: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    versionId: 100,
    instanceName: name,
    functionName: 'ctr',
    functionType: 'PAAS',
    modelType: 'tf_checkpoint',
    description: 'demo',
    status: 'available',
    source: 'user',
    belongs: { domain: 'ecommerce', category: 'general', language: 'zh' },
    createTime: 1_700_000_000_000,
    cron: '0 3 ? * 0,1,3,5',
    createParameters: [{ name: 'label', value: 'click' }],
    usageParameters: [],
    extendInfo: '{"dataReport":{},"errors":{}}',
    ...patch,
  };
}
