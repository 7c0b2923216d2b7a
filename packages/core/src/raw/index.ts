/**
 * @fntasks/core/raw: one operation sent through a client's own pipeline, its answer handed over unread — for a
 * server that forwards answers as they came (the dashboard's). Everyone else wants the client's typed methods.
 */
import type { FunctionOperationId } from '@fntasks/protocol';
import type { FunctionTasksClient } from '../client.js';
import { InvalidArgumentError } from '../errors.js';
import type { CallOptions } from '../http/types.js';
import type { OperationParams } from '../operations/index.js';
import { RAW_SEND, type RawSend } from '../pipeline/raw-access.js';
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
  if (typeof send !== 'function') {
    return Promise.reject(
      new InvalidArgumentError(
        'client',
        client === null || typeof client !== 'object' ? client : '(an object)',
        'Expected a client made by createFunctionTasksClient or createNodeFunctionTasksClient.',
      ),
    );
  }
  return send(operationId, params, call);
}
