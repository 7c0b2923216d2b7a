/**
 * Every wire quirk of ListFunctionTasks in one place (see the API page, shared/reference):
 * - the body comes camelCase (the documented sample) or PascalCase (SDK metadata), sometimes mixed;
 * - `extendInfo` is a JSON string (the PascalCase example even double-escapes it);
 * - `generation` is a numeric string; `endTime` 0 means "not ended";
 * - numbers may arrive as numeric strings (the official SDK coerces them too).
 */
import { FunctionTasksApiError, MalformedResponseError } from './errors.js';
import {
  jsonDepthExceeds,
  MAX_BODY_DEPTH,
  MAX_EXTEND_INFO_DEPTH,
  previewJson,
  valueDepthExceeds,
} from './json-bounds.js';
import type { ExtendInfo, FunctionTask, FunctionTasksPage, TaskWarning } from './types.js';
import {
  type DetectedCasing,
  ENVELOPE_KEYS,
  ERROR_KEYS,
  isKnownTaskStatus,
  TASK_KEYS,
  type WireCasing,
} from './wire/index.js';

type KeyTable = Readonly<Record<string, string>>;
type Json = Record<string, unknown>;

/** Collects which casings the keys read so far came in. */
class CasingTracker {
  private readonly seen = new Set<WireCasing>();
  note(casing: WireCasing): void {
    this.seen.add(casing);
  }
  result(): DetectedCasing {
    if (this.seen.size === 2) return 'mixed';
    return this.seen.has('pascal') ? 'pascal' : 'camel';
  }
}

/** Reads a canonical field from either casing; camelCase wins when both are present. */
function pick<T extends KeyTable>(
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

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a body carries the page's `result` array key in either casing (an error body does not). */
export function hasResultField(body: unknown): boolean {
  return isRecord(body) && pick(body, ENVELOPE_KEYS, 'result') !== undefined;
}

/** Parses a JSON body text, turning any failure into a MalformedResponseError with the first bytes. */
export function parseJsonBody(httpStatus: number, text: string): unknown {
  if (text.trim() === '') throw new MalformedResponseError(httpStatus, text, 'the body is empty');
  if (jsonDepthExceeds(text, MAX_BODY_DEPTH)) {
    throw new MalformedResponseError(httpStatus, text, `the body nests deeper than ${MAX_BODY_DEPTH} levels`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MalformedResponseError(httpStatus, text, `the body is not JSON (${reason})`);
  }
}

/** Reads an error body of either casing into a FunctionTasksApiError; `null` when the body is no error body. */
export function readApiError(httpStatus: number, body: unknown): FunctionTasksApiError | null {
  if (!isRecord(body)) return null;
  const code = pick(body, ERROR_KEYS, 'code');
  if (typeof code !== 'string' || code === '' || code === '200') return null;
  const httpCode = pick(body, ERROR_KEYS, 'httpCode');
  const message = pick(body, ERROR_KEYS, 'message');
  const requestId = pick(body, ERROR_KEYS, 'requestId');
  return new FunctionTasksApiError({
    httpCode: typeof httpCode === 'number' ? httpCode : httpStatus,
    code,
    message: typeof message === 'string' ? message : '',
    requestId: typeof requestId === 'string' ? requestId : requestId == null ? '' : String(requestId),
  });
}

/** Normalises a parsed success body into a page; a body without `result`/`Result` is an error, never an empty list. */
export function normalisePage(
  httpStatus: number,
  body: unknown,
  request: { pageNumber: number; pageSize: number },
  rawText = '',
): FunctionTasksPage {
  if (!isRecord(body)) {
    throw new MalformedResponseError(httpStatus, rawText || previewJson(body), 'expected a JSON object');
  }
  // A body handed in already parsed (not through parseJsonBody) gets the same bound.
  if (!rawText && valueDepthExceeds(body, MAX_BODY_DEPTH)) {
    throw new MalformedResponseError(
      httpStatus,
      previewJson(body),
      `the body nests deeper than ${MAX_BODY_DEPTH} levels`,
    );
  }
  const tracker = new CasingTracker();
  const result = pick(body, ENVELOPE_KEYS, 'result', tracker);
  if (!Array.isArray(result)) {
    throw new MalformedResponseError(
      httpStatus,
      rawText || previewJson(body),
      result === undefined ? 'neither "result" nor "Result" is present' : '"result" is not an array',
    );
  }
  const totalCount = toInteger(pick(body, ENVELOPE_KEYS, 'totalCount', tracker));
  if (totalCount === undefined || totalCount < 0 || !Number.isSafeInteger(totalCount)) {
    throw new MalformedResponseError(
      httpStatus,
      rawText || previewJson(body),
      '"totalCount" is missing or not a non-negative integer',
    );
  }
  const tasks = result.map((item, index) => normaliseTask(item, index, tracker, httpStatus, rawText));
  const requestId = pick(body, ENVELOPE_KEYS, 'requestId', tracker);
  const latency = toInteger(pick(body, ENVELOPE_KEYS, 'latency', tracker));
  const envelopeStatus = pick(body, ENVELOPE_KEYS, 'status', tracker);
  return {
    tasks,
    totalCount,
    pageNumber: request.pageNumber,
    pageSize: request.pageSize,
    requestId: requestId == null ? '' : String(requestId),
    latency: latency ?? null,
    casing: tracker.result(),
    envelopeStatus: envelopeStatus == null ? null : String(envelopeStatus),
  };
}

function normaliseTask(
  item: unknown,
  index: number,
  tracker: CasingTracker,
  httpStatus: number,
  rawText: string,
): FunctionTask {
  if (!isRecord(item)) {
    throw new MalformedResponseError(
      httpStatus,
      rawText || previewJson(item),
      `result[${index}] is not an object`,
    );
  }
  const warnings: TaskWarning[] = [];
  const read = (name: keyof typeof TASK_KEYS) => pick(item, TASK_KEYS, name, tracker);

  const status = stringField(read('status'), 'status', warnings) ?? '';
  if (!isKnownTaskStatus(status)) warnings.push({ kind: 'unknown-status', value: status });

  const generationRaw = read('generation');
  const generation = generationRaw == null ? null : stringField(generationRaw, 'generation', warnings);

  const endTime = integerField(read('endTime'), 'endTime', warnings);
  const extendInfoRaw = read('extendInfo');
  const extend = parseExtendInfo(extendInfoRaw, warnings);

  return {
    functionName: stringField(read('functionName'), 'functionName', warnings) ?? '',
    runId: stringField(read('runId'), 'runId', warnings) ?? '',
    generation,
    status,
    progress: integerField(read('progress'), 'progress', warnings) ?? 0,
    startTime: integerField(read('startTime'), 'startTime', warnings) ?? 0,
    endTime: endTime === undefined || endTime === 0 ? null : endTime,
    extendInfo: extend.value,
    extendInfoRaw: extend.raw,
    warnings,
  };
}

function stringField(value: unknown, field: string, warnings: TaskWarning[]): string | null {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) {
    warnings.push({ kind: 'missing-field', field });
    return null;
  }
  warnings.push({ kind: 'coerced-field', field, value });
  return String(value);
}

function integerField(value: unknown, field: string, warnings: TaskWarning[]): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value === undefined || value === null) {
    warnings.push({ kind: 'missing-field', field });
    return undefined;
  }
  const coerced = toInteger(value);
  warnings.push({ kind: 'coerced-field', field, value });
  return coerced;
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** Parses `extendInfo`; never throws: a bad string is kept raw and flagged on the task. */
function parseExtendInfo(
  value: unknown,
  warnings: TaskWarning[],
): { value: ExtendInfo | null; raw: string | null } {
  if (value === undefined || value === null) return { value: null, raw: null };
  if (isRecord(value)) {
    // Already an object on the wire (not the documented string): accept it, keep a faithful raw form.
    warnings.push({ kind: 'coerced-field', field: 'extendInfo', value: 'object' });
    if (valueDepthExceeds(value, MAX_EXTEND_INFO_DEPTH)) {
      warnings.push({ kind: 'extend-info-too-deep', maxDepth: MAX_EXTEND_INFO_DEPTH });
      // The body's own bound keeps this stringify safe.
      return { value: null, raw: JSON.stringify(value) };
    }
    return { value, raw: JSON.stringify(value) };
  }
  const raw = String(value);
  if (raw.trim() === '') return { value: null, raw };
  // Checked on the text, before parsing: the whole string is kept raw for whoever wants to look.
  // (A double-encoded string's `\"` reads as an escape and is skipped: its brackets still count.)
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

function tryParseObject(text: string): { ok: true; value: ExtendInfo } | { ok: false; reason: string } {
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
