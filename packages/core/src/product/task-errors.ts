/**
 * The error messages of `extendInfo.errors`: a task's is an array (core's normaliser makes every entry a string),
 * an instance's is an object keyed by what failed (`{"dataReport":{},"errors":{}}`). One reading for both.
 */
import { previewJson } from '../json-bounds.js';

/** Anything with a parsed `extendInfo`: a FunctionTask or a FunctionInstance. */
export interface WithExtendInfo {
  readonly extendInfo: { readonly [key: string]: unknown } | null;
}

/** One entry as a line: a string as it is, `{code, message}` as `code: message`, anything else as bounded JSON. */
function messageOf(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
    const record = entry as Record<string, unknown>;
    const message = record.message ?? record.Message ?? record.msg;
    const code = record.code ?? record.Code;
    if (typeof message === 'string')
      return typeof code === 'string' && code ? `${code}: ${message}` : message;
  }
  return previewJson(entry);
}

/**
 * The error messages `extendInfo.errors` holds, one line each: an array's entries in order; an object's non-empty
 * entries as `key: message`; a single value as one line; none when absent, null, empty or `{}`.
 */
export function taskErrorMessages(subject: WithExtendInfo): string[] {
  const errors = subject.extendInfo?.errors;
  if (errors === undefined || errors === null) return [];
  if (Array.isArray(errors)) return errors.map(messageOf);
  if (typeof errors === 'object') {
    return Object.entries(errors as Record<string, unknown>)
      .filter(([, value]) => !isEmpty(value))
      .map(([key, value]) => `${key}: ${messageOf(value)}`);
  }
  return [messageOf(errors)];
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
