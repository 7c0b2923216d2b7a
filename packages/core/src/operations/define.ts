/**
 * What an operation is: its entry in the spec's table (operationId, which is also the signing action, method,
 * path, parameters with their constraints, whether it pages), and what the spec cannot say, declared here once:
 * core's own conversions of a parameter, and how a success body is read into its result. The pipeline does the
 * rest.
 */

import { FUNCTION_OPERATIONS, type FunctionOperationId, type OperationTable } from '@fntasks/protocol';
import type { HttpMethod } from '../http/types.js';
import type { Json } from '../read/fields.js';
import { type PageInEffect, tableValidator, type ValidationRules, type WireParams } from './validate.js';

/** Validated parameters: what goes on the wire, plus what the reader needs to know about the request. */
export interface Validated<C> {
  /** Path and query, exactly as sent. */
  readonly wire: WireParams;
  /** Facts for the reader (the page in effect, for a paged operation). */
  readonly context: C;
}

/** What the reader of operation `Id` learns of the request: the page in effect when it pages. */
export type ReadContext<Id extends FunctionOperationId> = Id extends unknown
  ? OperationTable[Id]['paged'] extends true
    ? PageInEffect
    : undefined
  : never;

/** How a success body is read: the body (the success-or-error rule applied), the answer, the request's facts. */
export type Reader<Result, C> = (
  body: Json,
  answer: { readonly status: number; readonly text: string },
  context: C,
) => Result;

/** One operation: its table entry and its declaration. */
export interface Operation<Id extends FunctionOperationId, Params, Result> {
  readonly operationId: Id;
  readonly method: OperationTable[Id]['method'] & HttpMethod;
  readonly path: OperationTable[Id]['path'];
  /** Checks every argument before anything is sent; throws InvalidArgumentError naming the first bad one. */
  validate(params: Params): Validated<ReadContext<Id>>;
  /** Reads a success body into the result. */
  read(
    body: Json,
    answer: { readonly status: number; readonly text: string },
    context: ReadContext<Id>,
  ): Result;
  /**
   * For an operation whose repeat answers an error once the first attempt was carried out (DeleteFunctionTask:
   * `Task.NotExist`): that code, and how its body reads as the result, when a retry follows an unknown outcome.
   */
  readonly repeat?: { readonly doneCode: string; read(body: Json): Result };
}

/** What a declaration says beyond the table. */
export interface Declaration<Id extends FunctionOperationId, Result> {
  /** Core's own parameter rules beyond the spec's constraints. */
  readonly rules?: ValidationRules;
  readonly read: Reader<Result, ReadContext<Id>>;
  readonly repeat?: Operation<Id, never, Result>['repeat'];
}

/**
 * Declares an operation of the table: `defineOperation<Params>()(OPERATION_ID.X, { read })`. `Params` is the
 * public parameters type (the spec's names; checked against the spec by a type test).
 */
export function defineOperation<Params>() {
  return <Id extends FunctionOperationId, Result>(
    operationId: Id,
    declaration: Declaration<Id, Result>,
  ): Operation<Id, Params, Result> => {
    const entry = FUNCTION_OPERATIONS[operationId];
    const validate = tableValidator(operationId, declaration.rules);
    return {
      operationId,
      method: entry.method as Operation<Id, Params, Result>['method'],
      path: entry.path,
      validate: (params) => {
        const { wire, page } = validate(params);
        return { wire, context: page as ReadContext<Id> };
      },
      read: declaration.read,
      ...(declaration.repeat ? { repeat: declaration.repeat } : {}),
    };
  };
}

/** Any operation, for the pipeline and the registry. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds operations of every parameter and result type.
export type AnyOperation = Operation<FunctionOperationId, any, any>;
