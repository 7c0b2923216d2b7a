/**
 * What an operation is, declared once: its operationId (also the signing action), method and generated path
 * (both checked against the wire table and the generated `paths`), how its parameters are validated into the
 * wire's path and query, and how a success body is read into its result. The pipeline does the rest.
 */

import type { FunctionOperationId } from '@fntasks/protocol';
import type { paths } from '../generated/openapi.js';
import type { HttpMethod } from '../http/types.js';
import type { Json } from '../read/fields.js';

/** The path and query parameters as the generated types declare them for one path and method. */
export type WireParameters<P extends keyof paths, M extends 'get' | 'post' | 'delete'> = paths[P][M] extends {
  parameters: infer X;
}
  ? Pick<X, Extract<keyof X, 'path' | 'query'>>
  : never;

/** Validated parameters: what goes on the wire, plus what the reader needs to know about the request. */
export interface Validated<W, C> {
  /** Path and query, exactly as sent. */
  readonly wire: W;
  /** Facts for the reader (e.g. the page number in effect). */
  readonly context: C;
}

/** One operation. `P` is its generated path, `M` its HTTP method. */
export interface Operation<Params, Result, P extends keyof paths, M extends HttpMethod, C = undefined> {
  readonly operationId: FunctionOperationId;
  readonly method: M;
  readonly path: P;
  /** Checks every argument before anything is sent; throws InvalidArgumentError naming the first bad one. */
  validate(params: Params): Validated<WireParameters<P, Lowercase<M>>, C>;
  /** Reads a success body (the success-or-error rule has been applied) into the result. */
  read(body: Json, answer: { readonly status: number; readonly text: string }, context: C): Result;
  /**
   * For an operation whose repeat answers an error once the first attempt was carried out (DeleteFunctionTask:
   * `Task.NotExist`): that code, and how its body reads as the result, when a retry follows an unknown outcome.
   */
  readonly repeat?: { readonly doneCode: string; read(body: Json): Result };
}

/** Declares an operation (an identity function that checks the declaration's types). */
export function defineOperation<Params, Result, P extends keyof paths, M extends HttpMethod, C = undefined>(
  operation: Operation<Params, Result, P, M, C>,
): Operation<Params, Result, P, M, C> {
  return operation;
}

/** Any operation, for the pipeline and the registry. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds operations of every parameter and result type.
export type AnyOperation = Operation<any, any, any, HttpMethod, any>;
