/**
 * Reads an operation's JSON request body and checks it against what the spec declares for it (the `body` entry
 * of `@fntasks/protocol`'s operation table): required fields, types, enums, patterns, lengths and cron texts,
 * top-level fields only (handlers check what lies inside). A precise 400 InvalidParameter naming the field, in the
 * casing the operation reads. Like the service, it reads only the declared casing: a body in the other casing
 * lacks its required fields (and a declared field sent only in the other casing is refused, never dropped);
 * unknown fields are ignored.
 */
import {
  CronError,
  checkCron,
  type FunctionOperationId,
  type OperationBody,
  type OperationBodyField,
  operationBody,
} from '@fntasks/protocol';
import { InvalidParameterError } from '../query-parser.js';
import { show } from '../task-input.js';

const TYPE_WORDS: Record<OperationBodyField['type'], string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'a JSON object',
};

function hasType(value: unknown, type: OperationBodyField['type']): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** The other casing's spelling of a top-level name (`instanceName` ↔ `InstanceName`). */
function otherCasing(name: string, casing: OperationBody['casing']): string {
  const first = name.charAt(0);
  return (casing === 'camel' ? first.toUpperCase() : first.toLowerCase()) + name.slice(1);
}

function checkField(field: OperationBodyField, value: unknown): void {
  const bad = (what: string) =>
    new InvalidParameterError(field.name, `Parameter ${field.name} must be ${what}, got ${show(value)}.`);
  if (!hasType(value, field.type)) throw bad(TYPE_WORDS[field.type]);
  if (typeof value !== 'string') return;
  if (field.enum && !field.enum.includes(value)) throw bad(`one of ${field.enum.join(', ')}`);
  if (field.minLength !== undefined && value.length < field.minLength)
    throw bad(`at least ${field.minLength} characters`);
  if (field.maxLength !== undefined && value.length > field.maxLength)
    throw bad(`at most ${field.maxLength} characters`);
  if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(value))
    throw bad(`a string matching ${field.pattern}`);
  if (field.format === 'cron') {
    try {
      checkCron(value);
    } catch (error) {
      if (!(error instanceof CronError)) throw error;
      // checkCron's message names the field (`cron …`) as core's check before sending does.
      throw new InvalidParameterError(field.name, error.message);
    }
  }
}

/**
 * The request body of `operationId` parsed and checked (an empty body reads as `{}`); undefined for an operation
 * that takes no body (whatever was sent is ignored, as before).
 */
export function parseBody(
  operationId: FunctionOperationId,
  text: string,
): Readonly<Record<string, unknown>> | undefined {
  const spec = operationBody(operationId);
  if (!spec) return undefined;
  let body: unknown = {};
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      throw new InvalidParameterError(
        'body',
        `The request body is not valid JSON; ${operationId} takes a JSON object (${spec.schema}).`,
      );
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new InvalidParameterError(
      'body',
      `The request body must be a JSON object (${spec.schema}), got ${Array.isArray(body) ? 'an array' : show(body)}.`,
    );
  const input = body as Record<string, unknown>;
  const casingWord = spec.casing === 'camel' ? 'camelCase' : 'PascalCase';
  for (const field of spec.fields) {
    if (input[field.name] !== undefined) continue;
    // A field sent in the other casing would be silently dropped (an optional one) or reported missing (a
    // required one): both refused, with the reason, so a wrong-cased update never passes as a no-op.
    const other = otherCasing(field.name, spec.casing);
    if (input[other] !== undefined)
      throw new InvalidParameterError(
        field.name,
        `Parameter ${field.name} is ${spec.required.includes(field.name) ? 'required' : 'missing'}; the body has ${other}: ${operationId} reads ${casingWord} names.`,
      );
  }
  for (const name of spec.required)
    if (input[name] === undefined) throw new InvalidParameterError(name, `Parameter ${name} is required.`);
  for (const field of spec.fields) if (input[field.name] !== undefined) checkField(field, input[field.name]);
  return input;
}
