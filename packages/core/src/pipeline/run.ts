/**
 * The one request path: validate → URL (openapi-fetch serializers over the generated path) → sign → engine →
 * retry/timeout (attempt-loop.ts) → read → normalise. Every operation goes through `run`; `raw` is the same
 * path without the reading, for forwarding an answer as it came (the dashboard's server).
 */

import { FunctionTasksApiError } from '../errors.js';
import { checkHeaders } from '../headers-option.js';
import type { CallOptions, OutgoingRequest } from '../http/types.js';
import type { AnyOperation } from '../operations/define.js';
import { parseJsonBody, readSuccessBody } from '../read/body.js';
import type { Json } from '../read/fields.js';
import { redactSecrets } from '../redact.js';
import type { Answer, AttemptLoop } from './attempt-loop.js';
import { operationUrl } from './url.js';

/** An answer as it came: status, headers (lower-case names) and body text. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Runs operations against one endpoint. */
export interface Pipeline {
  /** Validates, sends (with retries) and reads one operation into its result, or throws its typed error. */
  run<Op extends AnyOperation>(
    operation: Op,
    params: Parameters<Op['validate']>[0],
    call?: CallOptions,
  ): Promise<ReturnType<Op['read']>>;
  /**
   * Validates and sends one operation; the answer comes back unread, whatever its status (3xx excepted), with the
   * attempt's own credentials (token, AccessKey id, signature) removed from the body.
   */
  raw(operation: AnyOperation, params: unknown, call?: CallOptions): Promise<RawAnswer>;
  /**
   * Validates and signs one operation exactly as its first attempt would be (request hooks included), and sends
   * nothing: the request as it would go on the wire, credentials still in it.
   */
  prepareSigned(operation: AnyOperation, params: unknown, call?: CallOptions): Promise<OutgoingRequest>;
}

/** The content type of a JSON request body, as the official SDK sends it (signed with the request). */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Builds the pipeline over an attempt loop. */
export function createPipeline(
  endpoint: string,
  headers: Readonly<Record<string, string>>,
  loop: AttemptLoop,
): Pipeline {
  const prepare = (operation: AnyOperation, params: unknown, call: CallOptions | undefined) => {
    const validated = operation.validate(params);
    // A call's own headers over the client's, checked like them before anything is sent.
    const own = call?.headers === undefined ? headers : { ...headers, ...checkHeaders(call.headers) };
    const body = validated.wire.body;
    const request: OutgoingRequest =
      body === undefined
        ? {
            method: operation.method,
            url: operationUrl(endpoint, operation.path, validated.wire),
            headers: own,
          }
        : {
            method: operation.method,
            url: operationUrl(endpoint, operation.path, validated.wire),
            headers: { ...own, 'content-type': JSON_CONTENT_TYPE },
            body: JSON.stringify(body),
          };
    return { validated, request };
  };
  return {
    run(operation, params, call) {
      let prepared: ReturnType<typeof prepare>;
      try {
        prepared = prepare(operation, params, call);
      } catch (error) {
        // A bad argument rejects the returned promise, like every other failure.
        return Promise.reject(error);
      }
      const { validated, request } = prepared;
      const id = operation.operationId;
      const read = (answer: Answer) =>
        operation.read(readSuccessBody(answer.status, answer.text), answer, validated.context);
      const repeat = operation.repeat;
      if (repeat === undefined) {
        return loop.execute((attempt) => attempt.sendAndRead(request, id, read), id, call);
      }
      // A repeat after an unknown outcome that answers the "already done" code: the earlier attempt did it.
      return loop.execute(
        (attempt) =>
          attempt.sendAndRead(request, id, (answer) => {
            try {
              return read(answer);
            } catch (error) {
              if (!attempt.afterUnknownOutcome || !(error instanceof FunctionTasksApiError)) throw error;
              if (error.code !== repeat.doneCode) throw error;
              return repeat.read(parseJsonBody(answer.status, answer.text) as Json);
            }
          }),
        id,
        call,
      );
    },
    async raw(operation, params, call) {
      const { request } = prepare(operation, params, call);
      return loop.execute(
        async (attempt) => {
          const answer = await attempt.send(request, operation.operationId);
          // Forwarded as it came, except for this attempt's own credentials (an echoed string to sign holds them).
          const body = attempt.secrets ? redactSecrets(answer.text, attempt.secrets) : answer.text;
          return { status: answer.status, headers: answer.headers.all(), body };
        },
        operation.operationId,
        call,
      );
    },
    async prepareSigned(operation, params, call) {
      const { request } = prepare(operation, params, call);
      return loop.signFirst(request, operation.operationId);
    },
  };
}
