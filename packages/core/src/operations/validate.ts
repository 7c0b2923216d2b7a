/**
 * Validation of an operation's parameters from the spec's table (path parameters with their pattern, query
 * parameters with type, enum and range): what goes on the wire, in the table's order, and the page in effect for
 * a paged operation. A declaration adds only what the spec cannot say (core's own conversions, such as
 * seconds-like timestamps, and rules between parameters).
 */

import { FUNCTION_OPERATIONS, type FunctionOperationId, operationBody } from '@fntasks/protocol';
import { InvalidArgumentError } from '../errors.js';
import { type BodyFieldRule, bodyWriter, publicName } from './body.js';
import { checkInteger, checkOneOf, checkParamsObject, checkPathName, checkWholeNumber } from './params.js';

/** A path or query value as sent. */
export type WireValue = string | number;

/** The wire's path, query and JSON body, exactly as sent. */
export interface WireParams {
  readonly path: Record<string, string>;
  readonly query: Record<string, WireValue>;
  /** The request body, in the wire's casing: present exactly when the spec gives the operation one. */
  readonly body?: Record<string, unknown>;
}

/** The page a paged operation asked for (the spec's defaults when not given). */
export interface PageInEffect {
  readonly pageNumber: number;
  readonly pageSize: number;
}

/** Core's own conversion of one query value (instead of the table's check); gets the whole parameters object. */
export type QueryRule = (value: unknown, params: Record<string, unknown>) => WireValue;

/** What a declaration adds to the table's rules. */
export interface ValidationRules {
  /** Per query parameter, core's own conversion. */
  readonly query?: Readonly<Record<string, QueryRule>>;
  /** A rule between parameters, run on the converted query; throws InvalidArgumentError. */
  check?(query: Readonly<Record<string, WireValue>>, params: Record<string, unknown>): void;
  /** Per body field (by its public camelCase name), the caller's words for it and how a nested object is written. */
  readonly body?: Readonly<Record<string, BodyFieldRule>>;
}

/** A parameter as the table declares it (the fields validation reads). */
interface ParamSpec {
  readonly name: string;
  readonly type: string;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly required?: boolean;
  readonly default?: unknown;
}

/** The page a paged operation serves when none is asked for: the spec's defaults of `pageNumber` and `pageSize`. */
export function defaultPage(operationId: FunctionOperationId): PageInEffect {
  const query: readonly ParamSpec[] = FUNCTION_OPERATIONS[operationId].query;
  return {
    pageNumber: Number(query.find((q) => q.name === 'pageNumber')?.default ?? 1),
    pageSize: Number(query.find((q) => q.name === 'pageSize')?.default ?? 1),
  };
}

/** "a, b and c": the path parameters, as the message for a missing parameters object lists them. */
export function listNames(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Builds the validator of one operation from its table entry and the declaration's rules. */
export function tableValidator(
  operationId: FunctionOperationId,
  rules: ValidationRules = {},
): (params: unknown) => { wire: WireParams; page: PageInEffect | undefined } {
  const operation = FUNCTION_OPERATIONS[operationId];
  const pathParams: readonly ParamSpec[] = operation.pathParams;
  const queryParams: readonly ParamSpec[] = operation.query;
  const pathNames = listNames(pathParams.map((param) => param.name));
  const pageDefaults = operation.paged ? defaultPage(operationId) : undefined;
  const bodySpec = operationBody(operationId);
  const writeBody = bodySpec && bodyWriter(bodySpec, rules.body);
  // A write refuses a parameter it does not know (a misspelt field would otherwise be dropped from the body).
  const known =
    bodySpec &&
    new Set([
      ...pathParams.map((param) => param.name),
      ...queryParams.map((param) => param.name),
      ...bodySpec.fields.map((field) => publicName(field.name)),
    ]);
  return (params) => {
    checkParamsObject(params, pathNames);
    if (known) {
      for (const name of Object.keys(params)) {
        if (!known.has(name) && params[name] !== undefined) {
          throw new InvalidArgumentError(
            name,
            params[name],
            `Not a parameter of this operation, whose parameters are ${listNames([...known])}.`,
          );
        }
      }
    }
    const path: Record<string, string> = {};
    for (const param of pathParams) {
      const value = params[param.name];
      path[param.name] =
        param.pattern !== undefined ? checkWholeNumber(param.name, value) : checkPathName(param.name, value);
    }
    const query: Record<string, WireValue> = {};
    for (const param of queryParams) {
      const value = params[param.name];
      if (value === undefined) {
        if (param.required) {
          const allowed = param.enum ? ` (one of ${param.enum.join(', ')})` : '';
          throw new InvalidArgumentError(param.name, value, `It is required${allowed}.`);
        }
        continue;
      }
      const rule = rules.query?.[param.name];
      if (rule) query[param.name] = rule(value, params);
      else if (param.enum !== undefined) query[param.name] = checkOneOf(param.name, value, param.enum);
      else if (param.type === 'integer') {
        query[param.name] = checkInteger(param.name, value, param.minimum, param.maximum);
      } else if (typeof value === 'string') {
        if (value.length < (param.minLength ?? 0)) {
          throw new InvalidArgumentError(
            param.name,
            value,
            `Expected at least ${param.minLength} characters (leave it out to not filter).`,
          );
        }
        query[param.name] = value;
      } else throw new InvalidArgumentError(param.name, value, 'Expected a string.');
    }
    rules.check?.(query, params);
    const page = pageDefaults && {
      pageNumber: (query.pageNumber as number | undefined) ?? pageDefaults.pageNumber,
      pageSize: (query.pageSize as number | undefined) ?? pageDefaults.pageSize,
    };
    return { wire: writeBody ? { path, query, body: writeBody(params) } : { path, query }, page };
  };
}
