/**
 * The JSON request body of an operation, built from the table's `body` declaration (casing, required fields, each
 * top-level field's type and constraints): the caller's parameters are flat and camelCase whatever the wire's
 * casing; the body is written in the casing the spec declares (PascalCase for resources, as the official SDK sends
 * them). A nested object is written through the key tables a declaration names (`nested`), since the table records
 * top-level fields only. Every refusal is an InvalidArgumentError naming the parameter as the caller wrote it.
 */

import {
  CronError,
  checkCron,
  type OperationBody,
  type OperationBodyField,
  type WireCasing,
} from '@fntasks/protocol';
import { InvalidArgumentError } from '../errors.js';
import { isRecord } from '../read/fields.js';
import { checkInteger, checkOneOf } from './params.js';

/**
 * The shape of a nested object for writing it: its key table (canonical camelCase → PascalCase) and, per key
 * holding an object or a list of objects, that object's shape. Leaves are strings.
 */
export interface NestedShape {
  readonly keys: Readonly<Record<string, string>>;
  readonly objects?: Readonly<Record<string, NestedShape>>;
  readonly lists?: Readonly<Record<string, NestedShape>>;
}

/** What a declaration adds for one body field (by its public, camelCase name). */
export interface BodyFieldRule {
  /** What is allowed, in the caller's words, replacing the generic message of a pattern or length refusal. */
  readonly allowed?: string;
  /** Required by core even where the spec leaves it optional (leaving it out would mean something unasked). */
  readonly required?: boolean;
  /** An object, or a list of objects, written through key tables into the wire's casing. */
  readonly nested?: NestedShape;
}

/** The public (camelCase) name of a wire field: PascalCase names lose their capital. */
export function publicName(wireName: string): string {
  return wireName.charAt(0).toLowerCase() + wireName.slice(1);
}

/** Builds the body writer of one declaration: the parameters object in, the wire body out (fields in spec order). */
export function bodyWriter(
  spec: OperationBody,
  rules: Readonly<Record<string, BodyFieldRule>> = {},
): (params: Record<string, unknown>) => Record<string, unknown> {
  const required = new Set(spec.required);
  return (params) => {
    const body: Record<string, unknown> = {};
    for (const field of spec.fields) {
      const name = publicName(field.name);
      const value = params[name];
      if (value === undefined) {
        if (required.has(field.name) || rules[name]?.required) {
          throw new InvalidArgumentError(name, value, `It is required${describeField(field, rules[name])}.`);
        }
        continue;
      }
      body[field.name] = writeField(name, value, field, rules[name], spec.casing);
    }
    return body;
  };
}

function describeField(field: OperationBodyField, rule: BodyFieldRule | undefined): string {
  if (rule?.allowed) return `: ${rule.allowed}`;
  if (field.enum) return ` (one of ${field.enum.join(', ')})`;
  return '';
}

function writeField(
  name: string,
  value: unknown,
  field: OperationBodyField,
  rule: BodyFieldRule | undefined,
  casing: WireCasing,
): unknown {
  const nested = rule?.nested;
  switch (field.type) {
    case 'string':
      return checkString(name, value, field, rule);
    case 'integer':
      return checkInteger(name, value);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new InvalidArgumentError(name, value, 'Expected a number.');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new InvalidArgumentError(name, value, 'Expected true or false.');
      return value;
    case 'array':
      if (!Array.isArray(value)) throw new InvalidArgumentError(name, value, 'Expected an array.');
      return nested ? value.map((item, i) => writeNested(`${name}[${i}]`, item, nested, casing)) : value;
    case 'object':
      if (!isRecord(value)) throw new InvalidArgumentError(name, value, 'Expected an object.');
      return nested ? writeNested(name, value, nested, casing) : value;
  }
}

function checkString(
  name: string,
  value: unknown,
  field: OperationBodyField,
  rule: BodyFieldRule | undefined,
): string {
  if (field.enum) return checkOneOf(name, value, field.enum);
  if (typeof value !== 'string') throw new InvalidArgumentError(name, value, 'Expected a string.');
  const tooShort = field.minLength !== undefined && value.length < field.minLength;
  const tooLong = field.maxLength !== undefined && value.length > field.maxLength;
  if (tooShort || tooLong) {
    const count = (n: number | undefined) => `${n} character${n === 1 ? '' : 's'}`;
    const bounds =
      field.maxLength === undefined
        ? `at least ${count(field.minLength)}`
        : field.minLength === undefined
          ? `at most ${count(field.maxLength)}`
          : `${field.minLength} to ${count(field.maxLength)}`;
    throw new InvalidArgumentError(name, value, rule?.allowed ?? `Expected ${bounds}.`);
  }
  if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(value)) {
    throw new InvalidArgumentError(name, value, rule?.allowed ?? `Expected text matching ${field.pattern}.`);
  }
  if (field.format === 'cron') {
    try {
      checkCron(value);
    } catch (error) {
      if (!(error instanceof CronError)) throw error;
      throw new InvalidArgumentError(name, value, `${error.message} ("" for no schedule).`);
    }
  }
  return value;
}

/** A nested object in the wire's casing: known keys only, strings at the leaves. */
function writeNested(
  path: string,
  value: unknown,
  shape: NestedShape,
  casing: WireCasing,
): Record<string, unknown> {
  if (!isRecord(value)) throw new InvalidArgumentError(path, value, 'Expected an object.');
  const known = Object.keys(shape.keys);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape.keys, key)) {
      throw new InvalidArgumentError(
        `${path}.${key}`,
        value[key],
        `Unknown field; expected ${known.join(', ')}.`,
      );
    }
  }
  for (const key of known) {
    const item = value[key];
    if (item === undefined) continue;
    const wire = casing === 'camel' ? key : (shape.keys[key] as string);
    const at = `${path}.${key}`;
    const object = shape.objects?.[key];
    const list = shape.lists?.[key];
    if (object) out[wire] = writeNested(at, item, object, casing);
    else if (list) {
      if (!Array.isArray(item)) throw new InvalidArgumentError(at, item, 'Expected an array.');
      out[wire] = item.map((entry, i) => writeNested(`${at}[${i}]`, entry, list, casing));
    } else if (typeof item === 'string') out[wire] = item;
    else throw new InvalidArgumentError(at, item, 'Expected a string.');
  }
  return out;
}
