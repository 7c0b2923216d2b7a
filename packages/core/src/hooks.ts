/**
 * The client's extension point, after openapi-fetch's middleware: `onRequest` and `onResponse` hooks run on every
 * attempt, `onRequest` before the attempt is signed (so what it adds is signed with a fresh date and nonce, and a
 * retry runs it again), `onResponse` on the answer before it is read. Hooks see no credentials: the request they
 * get is not signed yet.
 */
import type { FunctionOperationId } from '@fntasks/protocol';
import { checkHeaders } from './headers-option.js';
import type { HttpMethod, OutgoingRequest, WireResponse } from './http/types.js';

/** What a hook sees of one attempt's request, before signing. */
export interface HookRequest {
  /** The operation (also the signed `x-acs-action`). */
  readonly operationId: FunctionOperationId;
  /** 1 for the first attempt of the call. */
  readonly attempt: number;
  readonly method: HttpMethod;
  readonly url: string;
  /** Header values by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
}

/** What `onResponse` sees of an answer: the status and headers (lower-case names). */
export interface HookResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
}

/** Headers an `onRequest` hook adds or replaces (nothing: the request goes as it is). */
// biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing is the usual case.
export type HeadersPatch = Record<string, string> | undefined | void;

/** Hooks for `client.use`. A hook's own error fails the call as it is, like the signer's. */
export interface ClientHooks {
  /** Runs before each attempt is signed; may return headers to add or replace (the signer's own headers win). */
  onRequest?(request: HookRequest): HeadersPatch | Promise<HeadersPatch>;
  /** Runs on each attempt's answer, whatever its status (a 3xx excepted: never followed), before it is read. */
  onResponse?(request: HookRequest, response: HookResponse): void | Promise<void>;
}

/** A hook request from the pipeline's request. */
export function hookRequest(request: OutgoingRequest, operationId: string, attempt: number): HookRequest {
  return {
    operationId: operationId as FunctionOperationId,
    attempt,
    method: request.method,
    url: request.url,
    headers: request.headers,
  };
}

/** Runs every `onRequest` hook in order; the request with their headers merged. */
export async function applyRequestHooks(
  hooks: readonly ClientHooks[],
  request: OutgoingRequest,
  operationId: string,
  attempt: number,
): Promise<OutgoingRequest> {
  let current = request;
  for (const hook of hooks) {
    if (!hook.onRequest) continue;
    const patch = await hook.onRequest(hookRequest(current, operationId, attempt));
    if (patch !== undefined) {
      current = { ...current, headers: { ...current.headers, ...checkHeaders(patch, 'onRequest headers') } };
    }
  }
  return current;
}

/** Runs every `onResponse` hook in order. */
export async function applyResponseHooks(
  hooks: readonly ClientHooks[],
  request: OutgoingRequest,
  operationId: string,
  attempt: number,
  response: WireResponse,
): Promise<void> {
  const seen = hookRequest(request, operationId, attempt);
  const answer: HookResponse = { status: response.status, headers: response.headers.all() };
  for (const hook of hooks) await hook.onResponse?.(seen, answer);
}
