/**
 * The one table of wire names. The documented sample body is camelCase; the SDK metadata and the response
 * table of the API page are PascalCase. The normaliser (core) reads with it and the emulator's envelope
 * writer writes with it, so the two can never disagree about a key.
 */

/** Which casing a body (or a field) was written in. */
export type WireCasing = 'camel' | 'pascal';

/** What a whole page body turned out to be: one casing, or a mix of both. */
export type DetectedCasing = WireCasing | 'mixed';

/** Keys of the success envelope, by canonical (camelCase) name. */
export const ENVELOPE_KEYS = {
  status: 'Status',
  requestId: 'RequestId',
  httpCode: 'HttpCode',
  code: 'Code',
  message: 'Message',
  latency: 'Latency',
  totalCount: 'TotalCount',
  result: 'Result',
} as const;

/** Keys of one task in `result`, by canonical (camelCase) name. */
export const TASK_KEYS = {
  functionName: 'FunctionName',
  runId: 'RunId',
  generation: 'Generation',
  status: 'Status',
  progress: 'Progress',
  startTime: 'StartTime',
  endTime: 'EndTime',
  extendInfo: 'ExtendInfo',
} as const;

/** Keys of the error body, by canonical (camelCase) name. */
export const ERROR_KEYS = {
  requestId: 'RequestId',
  httpCode: 'HttpCode',
  code: 'Code',
  message: 'Message',
} as const;

type KeyTable = Readonly<Record<string, string>>;

/** The wire key for a canonical name in the given casing. */
export function wireKey<T extends KeyTable>(table: T, name: keyof T & string, casing: WireCasing): string {
  return casing === 'camel' ? name : (table[name] as string);
}

/** Rewrites a canonical (camelCase) record into the given casing; keys not in the table are dropped. */
export function toWireCasing<T extends KeyTable>(
  table: T,
  record: Partial<Record<keyof T & string, unknown>>,
  casing: WireCasing,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(table) as (keyof T & string)[]) {
    if (name in record) out[wireKey(table, name, casing)] = record[name];
  }
  return out;
}

/** Header with which a caller asks the emulator for one casing per request. */
export const CASING_HEADER = 'x-fntasks-casing';
