/**
 * @fntasks/core/raw: one operation sent through a client's own pipeline, its answer handed over unread — for a
 * server that forwards answers as they came (the dashboard's) —, and the dry run of one (`prepareRequest`: the
 * request a call would send, credentials redacted). Everyone else wants the client's typed methods.
 */
import type { FunctionOperationId } from '@fntasks/protocol';
import type { FunctionTasksClient } from '../client.js';
import { InvalidArgumentError } from '../errors.js';
import type { CallOptions } from '../http/types.js';
import { methodName, type OperationParams, type OperationResult } from '../operations/index.js';
import { RAW_PREPARE, RAW_SEND, type RawPrepare, type RawSend } from '../pipeline/raw-access.js';
import type { RawAnswer } from '../pipeline/run.js';

/** The parameters and results of each operation, by operationId. */
export type { OperationParams, OperationResult } from '../operations/index.js';
/** An answer as it came: status, headers (lower-case names) and body text. */
export type { RawAnswer } from '../pipeline/run.js';

/**
 * Sends one operation through `client`'s pipeline (validation, signing, hooks, timeout, no redirects; retried only
 * when no answer arrived) and returns the answer unread, whatever its status, with the call's own credentials
 * redacted from the body.
 */
export function fetchRaw<Id extends FunctionOperationId>(
  client: FunctionTasksClient,
  operationId: Id,
  params: OperationParams<Id>,
  call?: CallOptions,
): Promise<RawAnswer> {
  const send = (client as { [RAW_SEND]?: RawSend } | null)?.[RAW_SEND];
  if (typeof send !== 'function') return Promise.reject(notAClient(client));
  return send(operationId, params, call);
}

/**
 * Calls `client`'s method for `operationId` (the method named after it, `CreateFunctionInstance` →
 * `createFunctionInstance`) and resolves with its typed result: for code that holds an operationId, such as a
 * dry run paired with the call it previews, so the two can never name different operations.
 */
export function callOperation<Id extends FunctionOperationId>(
  client: FunctionTasksClient,
  operationId: Id,
  params: OperationParams<Id>,
  call?: CallOptions,
): Promise<OperationResult<Id>> {
  const method = (client as unknown as Record<string, unknown> | null)?.[methodName(operationId)];
  if (typeof method !== 'function') return Promise.reject(notAClient(client));
  return (method as (p: OperationParams<Id>, c?: CallOptions) => Promise<OperationResult<Id>>).call(
    client,
    params,
    call,
  );
}

/** What replaces a credential in a prepared request. */
export const DRY_RUN_REDACTED = '<redacted>';

/** The headers that carry a credential: the signature, the STS token and the AccessKey id. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'x-acs-security-token', 'x-acs-accesskey-id']);

/** A request as it would go on the wire, its credentials redacted (header names lower-case). */
export interface PreparedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body text, exactly as it would be sent (and hashed into the signature); absent without a body. */
  readonly body?: string;
}

/**
 * The dry run of one operation: validated and signed through `client`'s pipeline exactly as the first attempt
 * would be (request hooks included; a fresh date and nonce), with `authorization`, `x-acs-security-token` and
 * `x-acs-accesskey-id` replaced by `<redacted>`. Nothing is sent. Rejects with InvalidArgumentError for a bad
 * parameter, as the call would.
 */
export async function prepareRequest<Id extends FunctionOperationId>(
  client: FunctionTasksClient,
  operationId: Id,
  params: OperationParams<Id>,
  call?: CallOptions,
): Promise<PreparedRequest> {
  const prepare = (client as { [RAW_PREPARE]?: RawPrepare } | null)?.[RAW_PREPARE];
  if (typeof prepare !== 'function') throw notAClient(client);
  const signed = await prepare(operationId, params, call);
  const headers: Record<string, string> = {};
  for (const name in signed.headers) {
    headers[name] = CREDENTIAL_HEADERS.has(name) ? DRY_RUN_REDACTED : (signed.headers[name] as string);
  }
  return signed.body === undefined
    ? { method: signed.method, url: signed.url, headers }
    : { method: signed.method, url: signed.url, headers, body: signed.body };
}

function notAClient(client: unknown): InvalidArgumentError {
  return new InvalidArgumentError(
    'client',
    client === null || typeof client !== 'object' ? client : '(an object)',
    'Expected a client made by createFunctionTasksClient or createNodeFunctionTasksClient.',
  );
}
