/**
 * Forwarding ListFunctionTasks to the upstream (the emulator or the real endpoint) through @fntasks/core,
 * which validates the names and query, builds the URL and signs on the server. The upstream's body goes back
 * to the browser untouched (either casing: core in the browser normalises); only its status and content type
 * are copied, never its other headers.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  createFunctionTasksClient,
  type FunctionTasksClient,
  FunctionTasksError,
  InvalidArgumentError,
  type ListFunctionTasksParams,
  NetworkError,
  RequestTimeoutError,
} from '@fntasks/core';
import { createNodeFunctionTasksClient } from '@fntasks/core/node';
import { errorBody } from './errors.js';

/** AccessKey credentials (long-term or STS); they stay on the server. */
export interface ServerCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** Where and how to forward. */
export interface UpstreamOptions {
  /** Base URL of the upstream, e.g. `http://127.0.0.1:8790` or `https://opensearch.cn-hangzhou.aliyuncs.com`. */
  endpoint?: string;
  /** Region id of the real endpoint (instead of `endpoint`); defaults to the chain's configured region. */
  regionId?: string;
  /** Credentials to sign with; none for an emulator with auth off. */
  credentials?: ServerCredentials | (() => Promise<ServerCredentials>);
  /** Resolve credentials (and region) with core's Node chain: environment, then `~/.aliyun/config.json`. */
  useDefaultCredentials?: boolean;
  /** The `~/.aliyun/config.json` profile for the chain. */
  profile?: string;
  /** Per-request timeout in ms (default 15 s). */
  timeoutMs?: number;
  /** The fetch to use (tests); defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** What goes back to the browser. */
export interface ForwardedResponse {
  status: number;
  contentType: string;
  body: string;
}

/** A ready upstream: where it is, where its credentials came from, and the forwarding function. */
export interface Upstream {
  readonly endpoint: string;
  /** e.g. `environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, …`; `null` when unsigned or given in options. */
  readonly credentialSource: string | null;
  readonly signed: boolean;
  forward(params: ListFunctionTasksParams): Promise<ForwardedResponse>;
}

/** The query parameters of ListFunctionTasks that are forwarded; anything else is dropped. */
const NUMERIC = ['startTime', 'endTime', 'pageNumber', 'pageSize'] as const;

/** Reads the browser's query into core's parameters; unparsable numbers are passed on for core to reject. */
export function paramsFromQuery(
  names: { appGroupIdentity: string; functionName: string; instanceName: string },
  query: URLSearchParams,
): ListFunctionTasksParams {
  const params: ListFunctionTasksParams = { ...names, allowSecondsLikeTimestamps: true };
  const status = query.get('status');
  if (status !== null) params.status = status as ListFunctionTasksParams['status'];
  for (const name of NUMERIC) {
    const raw = query.get(name);
    if (raw === null) continue;
    const n = /^-?\d+$/.test(raw) ? Number(raw) : raw;
    (params as unknown as Record<string, unknown>)[name] = n;
  }
  return params;
}

/**
 * Builds the upstream: one core client for the server's life (core's Node client when the credential chain
 * is wanted). Its fetch records each raw response into the calling request's slot (AsyncLocalStorage), so
 * the body can go back exactly as it came while core still validates, builds the URL and signs.
 */
export async function createUpstream(options: UpstreamOptions): Promise<Upstream> {
  const baseFetch = options.fetch ?? globalThis.fetch;
  const slots = new AsyncLocalStorage<{ response: ForwardedResponse | null }>();
  const capture: typeof fetch = async (input, init) => {
    const response = await baseFetch(input, init);
    const body = await response.text();
    const contentType = response.headers.get('content-type') ?? 'application/json';
    const slot = slots.getStore();
    if (slot) slot.response = { status: response.status, contentType, body };
    return new Response(body, { status: response.status, headers: { 'content-type': contentType } });
  };
  const clientOptions = {
    ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
    ...(options.regionId !== undefined ? { regionId: options.regionId } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    fetch: capture,
    // The browser's core retries; retrying here as well would multiply attempts.
    retry: false as const,
    timeoutMs: options.timeoutMs ?? 15_000,
  };
  let client: FunctionTasksClient;
  let credentialSource: string | null = null;
  if (options.useDefaultCredentials && !options.credentials) {
    const node = await createNodeFunctionTasksClient({
      ...clientOptions,
      ...(options.profile ? { profile: options.profile } : {}),
    });
    client = node;
    credentialSource = node.credentialSource?.description ?? null;
  } else {
    client = createFunctionTasksClient(clientOptions);
  }
  return {
    endpoint: client.endpoint,
    credentialSource,
    signed: Boolean(options.credentials) || Boolean(options.useDefaultCredentials),
    async forward(params) {
      const slot: { response: ForwardedResponse | null } = { response: null };
      try {
        await slots.run(slot, () => client.listFunctionTasks(params));
      } catch (error) {
        // An error body from the upstream is the upstream's answer: pass it on as it came.
        if (slot.response) return slot.response;
        return localError(error);
      }
      return slot.response ?? localError(new Error('no response was captured'));
    },
  };
}

/** Errors before or instead of an upstream answer, described without any configuration detail. */
function localError(error: unknown): ForwardedResponse {
  const json = (status: number, code: string, message: string): ForwardedResponse => ({
    status,
    contentType: 'application/json',
    body: JSON.stringify(errorBody(status, code, message)),
  });
  if (error instanceof InvalidArgumentError) return json(400, 'InvalidParameter', error.message);
  if (error instanceof NetworkError) {
    return json(
      502,
      'Dashboard.UpstreamUnreachable',
      `The dashboard server could not reach ${error.origin}.`,
    );
  }
  if (error instanceof RequestTimeoutError) return json(504, 'Dashboard.UpstreamTimeout', error.message);
  if (error instanceof FunctionTasksError && error.name === 'CredentialsError') {
    return json(
      500,
      'Dashboard.NoCredentials',
      'The dashboard server has no usable credentials for the upstream.',
    );
  }
  return json(500, 'Dashboard.InternalError', 'The dashboard server failed to forward the request.');
}
