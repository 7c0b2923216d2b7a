/**
 * How `@fntasks/core/raw` reaches a client's pipeline without a method on the client: a symbol-keyed function
 * on the client object (copied along when a wrapper spreads the client, as the Node client does).
 */
import type { FunctionOperationId } from '@fntasks/protocol';
import type { CallOptions, OutgoingRequest } from '../http/types.js';
import type { RawAnswer } from './run.js';

/** The key (a registered symbol: every copy of core agrees on it). */
export const RAW_SEND: unique symbol = Symbol.for('@fntasks/core/raw-send') as never;

/** Sends one operation and hands the answer over unread. */
export type RawSend = (
  operationId: FunctionOperationId,
  params: unknown,
  call?: CallOptions,
) => Promise<RawAnswer>;

/** The key of the client's dry run (a registered symbol, like RAW_SEND). */
export const RAW_PREPARE: unique symbol = Symbol.for('@fntasks/core/raw-prepare') as never;

/** Validates and signs one operation as its first attempt would be; sends nothing. */
export type RawPrepare = (
  operationId: FunctionOperationId,
  params: unknown,
  call?: CallOptions,
) => Promise<OutgoingRequest>;
