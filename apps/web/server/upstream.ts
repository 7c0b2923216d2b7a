/**
 * Forwarding API calls to the upstream (the emulator or the real endpoint) through core's `fetchRaw`: core
 * validates the parameters, builds the URL, signs on the server, never follows a redirect, and hands back the
 * answer unread. The body goes back to the browser as JSON with the upstream's status (either casing: core in
 * the browser normalises), credentials masked (see browser-answer.ts); no other header of the upstream is copied.
 */
import {
  CredentialsError,
  createFunctionTasksClient,
  type FunctionTasksClient,
  type FunctionTasksClientOptions,
  InvalidArgumentError,
  type KnownSecrets,
  NetworkError,
  RequestTimeoutError,
  UnexpectedRedirectError,
  WriteOutcomeUnknownError,
} from '@fntasks/core';
import { createNodeFunctionTasksClient } from '@fntasks/core/node';
import { fetchRaw, type OperationParams } from '@fntasks/core/raw';
import type { OPERATION_ID, ReadOperationId } from '@fntasks/protocol';
import { browserAnswer, type ForwardedResponse, localAnswer } from './browser-answer.js';
import { stripUrlDetails } from './redact.js';

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
  /**
   * At most this many upstream calls a second across the whole server (core's client-wide `rateLimit`: queued,
   * and slowed down on a throttling answer); default none.
   */
  qps?: number;
  /** The fetch to use (tests); defaults to core's engine (node:http). */
  fetch?: typeof fetch;
}

/** An operation the server forwards: every read of the spec, and CreateFunctionTask with `--allow-train`. */
export type ForwardedOperation = ReadOperationId | typeof OPERATION_ID.CreateFunctionTask;

/** A ready upstream: where it is, where its credentials came from, and the forwarding function. */
export interface Upstream {
  readonly endpoint: string;
  /** e.g. `environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, …`; `null` when unsigned or given in options. */
  readonly credentialSource: string | null;
  readonly signed: boolean;
  /** Sends one operation and answers with what the upstream said (made safe), or why there was no answer. */
  forward<Id extends ForwardedOperation>(
    operationId: Id,
    params: OperationParams<Id>,
  ): Promise<ForwardedResponse>;
}

/** Builds the upstream: one core client for the server's life (core's Node client when the chain is wanted). */
export async function createUpstream(options: UpstreamOptions): Promise<Upstream> {
  // The credential values the server signs with, learnt as core asks for them: masked in every answer.
  const known = { accessKeyIds: [] as string[], secrets: [] as string[] };
  const remember = (c: ServerCredentials): ServerCredentials => {
    if (!known.accessKeyIds.includes(c.accessKeyId)) known.accessKeyIds.push(c.accessKeyId);
    for (const s of [c.accessKeySecret, c.securityToken])
      if (s && !known.secrets.includes(s)) known.secrets.push(s);
    return c;
  };
  const given = options.credentials;
  const credentials =
    given === undefined
      ? undefined
      : typeof given === 'function'
        ? async () => remember(await given())
        : remember(given);
  const clientOptions: FunctionTasksClientOptions = {
    ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
    ...(options.regionId !== undefined ? { regionId: options.regionId } : {}),
    ...(credentials ? { credentials } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    // The browser's core retries; retrying here as well would multiply attempts.
    retry: false,
    ...(options.qps !== undefined ? { rateLimit: { qps: options.qps } } : {}),
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
    async forward(operationId, params) {
      try {
        const raw = await fetchRaw(client, operationId, params);
        return browserAnswer(
          { status: raw.status, contentType: raw.headers['content-type'] ?? null, body: raw.body },
          known,
        );
      } catch (error) {
        return localError(error, known);
      }
    },
  };
}

/** The code of the answer to a write whose outcome is unknown (the browser shows it as "may have started"). */
export const WRITE_OUTCOME_UNKNOWN = 'Dashboard.WriteOutcomeUnknown';

/** Errors instead of an upstream answer, described without any configuration detail. */
function localError(error: unknown, known: KnownSecrets): ForwardedResponse {
  if (error instanceof UnexpectedRedirectError) {
    return localAnswer(
      502,
      'Dashboard.UpstreamRedirect',
      `The upstream answered HTTP ${error.httpStatus}${error.locationOrigin ? ` (a redirect to ${error.locationOrigin})` : ''}; the dashboard server follows no redirects, so nothing was sent there.`,
    );
  }
  if (error instanceof WriteOutcomeUnknownError) {
    // The write went out and nothing clear came back: the run may have started, and it is not sent again.
    return localAnswer(
      502,
      WRITE_OUTCOME_UNKNOWN,
      `The request to start a run reached the upstream, but no clear answer came back${error.requestId ? ` (request id ${error.requestId})` : ''}, so a run may have started. It was not sent again. Check the instance's runs (reload them) before starting another.`,
      known,
    );
  }
  if (error instanceof InvalidArgumentError)
    return localAnswer(400, 'InvalidParameter', stripUrlDetails(error.message), known);
  if (error instanceof NetworkError) {
    return localAnswer(
      502,
      'Dashboard.UpstreamUnreachable',
      `The dashboard server could not reach ${error.origin}.`,
    );
  }
  if (error instanceof RequestTimeoutError)
    return localAnswer(504, 'Dashboard.UpstreamTimeout', error.message);
  if (error instanceof CredentialsError) {
    return localAnswer(
      500,
      'Dashboard.NoCredentials',
      'The dashboard server has no usable credentials for the upstream.',
    );
  }
  return localAnswer(500, 'Dashboard.InternalError', 'The dashboard server failed to forward the request.');
}
