/**
 * Reading one field from either wire casing, and the tolerant coercions of the official SDK (a number where a
 * string is expected becomes a string, a numeric string where a number is expected becomes a number), each
 * recorded as a warning on the item rather than failing the whole answer.
 */
import type { DetectedCasing, WireCasing } from '@fntasks/protocol';

/** A parsed JSON object. */
export type Json = Record<string, unknown>;

type KeyTable = Readonly<Record<string, string>>;

/** What a reader tolerated about one field. */
export type FieldWarning =
  | { readonly kind: 'coerced-field'; readonly field: string; readonly value: unknown }
  | { readonly kind: 'missing-field'; readonly field: string };

/** Where a reader records what it tolerated (any warning list that takes field warnings). */
export type WarningSink<W> = { push(warning: W): unknown };

/** True for a JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects which casings the keys read so far came in. */
export class CasingTracker {
  // Two flags rather than a Set: `note` runs for every field of every item.
  private camel = false;
  private pascal = false;
  note(casing: WireCasing): void {
    if (casing === 'camel') this.camel = true;
    else this.pascal = true;
  }
  result(): DetectedCasing {
    if (this.camel && this.pascal) return 'mixed';
    return this.pascal ? 'pascal' : 'camel';
  }
}

/** Reads a canonical field from either casing; camelCase wins when both are present. */
export function pick<T extends KeyTable>(
  record: Json,
  table: T,
  name: keyof T & string,
  tracker?: CasingTracker,
): unknown {
  if (Object.hasOwn(record, name)) {
    tracker?.note('camel');
    return record[name];
  }
  const pascal = table[name] as string;
  if (Object.hasOwn(record, pascal)) {
    tracker?.note('pascal');
    return record[pascal];
  }
  return undefined;
}

/** A string field; a number or boolean is coerced (with a warning), absence is `null` (with a warning). */
export function stringField(
  value: unknown,
  field: string,
  warnings: WarningSink<FieldWarning>,
): string | null {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) {
    warnings.push({ kind: 'missing-field', field });
    return null;
  }
  warnings.push({ kind: 'coerced-field', field, value });
  return String(value);
}

/** A numeric field; a numeric string is coerced (with a warning), absence is `undefined` (with a warning). */
export function integerField(
  value: unknown,
  field: string,
  warnings: WarningSink<FieldWarning>,
): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value === undefined || value === null) {
    warnings.push({ kind: 'missing-field', field });
    return undefined;
  }
  const coerced = toNumber(value);
  warnings.push({ kind: 'coerced-field', field, value });
  return coerced;
}

/** A finite number, or a numeric string as one; otherwise `undefined`. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}
