/**
 * `extendInfo`, a JSON document sent as a string (a task's metrics and `errors` array; an instance's data report
 * and `errors` object). Never throws: a bad, too deep or double-encoded string is kept raw and flagged.
 */
import { jsonDepthExceeds, MAX_EXTEND_INFO_DEPTH, valueDepthExceeds } from '../json-bounds.js';
import { isRecord, type Json, type WarningSink } from './fields.js';

/** What reading `extendInfo` tolerated. */
export type ExtendInfoWarning =
  | { readonly kind: 'invalid-extend-info'; readonly raw: string; readonly reason: string }
  | { readonly kind: 'double-encoded-extend-info' }
  | { readonly kind: 'extend-info-too-deep'; readonly maxDepth: number }
  | { readonly kind: 'coerced-field'; readonly field: string; readonly value: unknown };

/** Parses `extendInfo` into an object (or `null`), keeping the wire's text as `raw`. */
export function parseExtendInfo(
  value: unknown,
  warnings: WarningSink<ExtendInfoWarning>,
): { value: Json | null; raw: string | null } {
  if (value === undefined || value === null) return { value: null, raw: null };
  if (isRecord(value)) {
    // Already an object on the wire (not the documented string): accept it, keep a faithful raw form.
    warnings.push({ kind: 'coerced-field', field: 'extendInfo', value: 'object' });
    // The body's own depth bound keeps this stringify safe.
    const raw = JSON.stringify(value);
    if (valueDepthExceeds(value, MAX_EXTEND_INFO_DEPTH)) {
      warnings.push({ kind: 'extend-info-too-deep', maxDepth: MAX_EXTEND_INFO_DEPTH });
      return { value: null, raw };
    }
    return { value, raw };
  }
  const raw = String(value);
  if (raw.trim() === '') return { value: null, raw };
  // Checked on the text, before parsing. (A double-encoded string's `\"` reads as an escape: its brackets count.)
  if (jsonDepthExceeds(raw, MAX_EXTEND_INFO_DEPTH)) {
    warnings.push({ kind: 'extend-info-too-deep', maxDepth: MAX_EXTEND_INFO_DEPTH });
    return { value: null, raw };
  }
  const first = tryParseObject(raw);
  if (first.ok) return { value: first.value, raw };
  // The API page's PascalCase example double-escapes the string: {\"recall\":91,...}. Unescape once and retry.
  if (raw.includes('\\"')) {
    const unescaped = tryParseString(raw);
    const second = unescaped === null ? null : tryParseObject(unescaped);
    if (second?.ok) {
      warnings.push({ kind: 'double-encoded-extend-info' });
      return { value: second.value, raw };
    }
  }
  warnings.push({ kind: 'invalid-extend-info', raw, reason: first.reason });
  return { value: null, raw };
}

function tryParseObject(text: string): { ok: true; value: Json } | { ok: false; reason: string } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isRecord(parsed)) return { ok: true, value: parsed };
    return { ok: false, reason: 'not a JSON object' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function tryParseString(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(`"${text}"`);
    return typeof parsed === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
