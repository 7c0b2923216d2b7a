/**
 * Forwarding ListFunctionTasks to the upstream (the emulator or the real endpoint) through @fntasks/core,
 * which validates the names and query, builds the URL and signs on the server. The upstream's body goes back
 * to the browser (either casing: core in the browser normalises) as JSON with its status, credential values
 * masked (see browser-answer.ts); no other header of the upstream is copied.
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
import { browserAnswer, type ForwardedResponse, localAnswer, type RawAnswer } from './browser-answer.js';
import { NO_SECRETS, type SentSecrets, secretsOfRequest, stripUrlDetails } from './redact.js';

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
 * is wanted). Its fetch never follows a redirect and records each raw answer, with the credential values the
 * signed request carried, into the calling request's slot (AsyncLocalStorage), so the body can go back as it
 * came (made safe by browserAnswer) while core still validates, builds the URL and signs.
 */
export async function createUpstream(options: UpstreamOptions): Promise<Upstream> {
  const baseFetch = options.fetch ?? globalThis.fetch;
  const slots = new AsyncLocalStorage<Slot>();
  const capture: typeof fetch = async (input, init) => {
    const slot = slots.getStore();
    const sent = input instanceof Request ? input.headers : new Headers(init?.headers);
    // A redirect is answered, never followed: the signed headers must not reach another host.
    const response = await baseFetch(input, { ...init, redirect: 'manual' });
    const body = await response.text();
    if (slot) {
      slot.secrets = secretsOfRequest(sent);
      slot.raw = {
        status: response.status,
        contentType: response.headers.get('content-type'),
        location: response.headers.get('location'),
        body,
      };
    }
    return new Response(body, { status: response.status, headers: { 'content-type': 'application/json' } });
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
      const slot: Slot = { raw: null, secrets: NO_SECRETS };
      let failure: unknown = null;
      try {
        await slots.run(slot, () => client.listFunctionTasks(params));
      } catch (error) {
        failure = error;
      }
      // An answer from the upstream is the upstream's answer (an API error included): pass it on, made safe.
      if (slot.raw) return browserAnswer(slot.raw, client.endpoint, slot.secrets);
      return localError(failure ?? new Error('no response was captured'));
    },
  };
}

/** One forwarded call's record: the raw answer and the credential values its request carried. */
interface Slot {
  raw: RawAnswer | null;
  secrets: SentSecrets;
}

/** Errors before or instead of an upstream answer, described without any configuration detail. */
function localError(error: unknown): ForwardedResponse {
  if (error instanceof InvalidArgumentError)
    return localAnswer(400, 'InvalidParameter', stripUrlDetails(error.message));
  if (error instanceof NetworkError) {
    return localAnswer(
      502,
      'Dashboard.UpstreamUnreachable',
      `The dashboard server could not reach ${error.origin}.`,
    );
  }
  if (error instanceof RequestTimeoutError)
    return localAnswer(504, 'Dashboard.UpstreamTimeout', error.message);
  if (error instanceof FunctionTasksError && error.name === 'CredentialsError') {
    return localAnswer(
      500,
      'Dashboard.NoCredentials',
      'The dashboard server has no usable credentials for the upstream.',
    );
  }
  return localAnswer(500, 'Dashboard.InternalError', 'The dashboard server failed to forward the request.');
}
