/**
 * The checks every loaded row shares (instances, resources and versions from the control routes and the seed):
 * a JSON object with only the row's fields, and a field that must be one of a list. Messages name the field and
 * the offending value.
 */
import { show } from './task-input.js';

/** `value` as an object holding only `allowed` fields; throws naming a non-object or the first unknown field. */
export function loadedRecord(value: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`expected a JSON object, got ${show(value)}`);
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input))
    if (!allowed.includes(key)) throw new Error(`unknown field "${key}" (allowed: ${allowed.join(', ')})`);
  return input;
}

/** `input[field]` (or `fallback` when absent) if it is one of `allowed`; throws naming the field otherwise. */
export function oneOfField(
  input: Record<string, unknown>,
  field: string,
  allowed: readonly string[],
  fallback?: string,
): string {
  const v = input[field] ?? fallback;
  if (typeof v !== 'string' || !allowed.includes(v))
    throw new Error(`${field} must be one of ${allowed.join(', ')}, got ${show(input[field])}`);
  return v;
}
