/**
 * Parsers for option values: each turns one argv string into a typed value or throws a `UsageError`
 * that says what was wrong, with the value, and what is accepted. Light on purpose: `cli.ts` imports it.
 */
import { UsageError } from './errors.js';

/** The output formats; `table` is the default on a TTY, `ndjson` when stdout is piped. */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'yaml'] as const;
/** An output format name. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The task statuses `--status` accepts (the API's documented values). */
export const STATUS_VALUES = ['success', 'failed', 'running'] as const;
/** A status filter. */
export type StatusFilter = (typeof STATUS_VALUES)[number];

/** The columns `--columns` accepts (table and csv). */
export const COLUMN_IDS = [
  'run-id',
  'generation',
  'status',
  'progress',
  'start',
  'end',
  'duration',
  'metrics',
  'errors',
  'function',
  'extend-info',
] as const;
/** A column id. */
export type ColumnId = (typeof COLUMN_IDS)[number];

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Parses a duration such as `500ms`, `30s`, `5m`, `2h`, `7d`, `1w` or `1h30m` into milliseconds (> 0). */
export function parseDuration(value: string, what = 'duration'): number {
  const text = value.trim().toLowerCase();
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;
  let total = 0;
  let index = 0;
  while (index < text.length) {
    part.lastIndex = index;
    const match = part.exec(text);
    if (!match) break;
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
    index = part.lastIndex;
  }
  if (text === '' || index !== text.length || !(total > 0) || !Number.isFinite(total)) {
    throw new UsageError(`Invalid ${what} ${JSON.stringify(value)}.`, {
      hint: 'Use a number with a unit: ms, s, m, h, d or w (e.g. 500ms, 30s, 5m, 2h, 7d, 1h30m).',
    });
  }
  return Math.round(total);
}

/** `--interval` as typed and in milliseconds: messages quote what the user wrote. */
export interface Interval {
  readonly text: string;
  readonly ms: number;
}

/** Parses `--interval`. */
export function parseInterval(value: string): Interval {
  return { text: value, ms: parseDuration(value, '--interval') };
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A `--since` / `--until` value: as typed (for messages) and in epoch milliseconds. */
export interface TimeBound {
  readonly text: string;
  readonly millis: number;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The reason an ISO date-time names no real moment (`2025-02-30`, hour 24…), or `null` when it is a real one. */
function impossibleDate(match: RegExpExecArray): string | null {
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? 0 : Number(part))) as number[];
  if (month === undefined || month < 1 || month > 12) return `there is no month ${match[2]}`;
  const days = daysInMonth(year as number, month);
  if (day === undefined || day < 1 || day > days) return `${match[1]}-${match[2]} has ${days} days`;
  if ((hour as number) > 23) return `there is no hour ${match[4]}`;
  if ((minute as number) > 59) return `there is no minute ${match[5]}`;
  if ((second as number) > 59) return `there is no second ${match[6]}`;
  return null;
}

/**
 * Parses `--since` / `--until`: an ISO-8601 date or date-time (no offset = local time), or a relative
 * duration meaning "that long before now" (`2h`, `7d`). Returns epoch milliseconds. A date that does not
 * exist (`2025-02-30`) is refused, not rolled over into the next month.
 */
export function parseTimeBound(value: string, option: string, now: number = Date.now()): number {
  const text = value.trim();
  const iso = ISO_PATTERN.exec(text);
  if (iso) {
    const impossible = impossibleDate(iso);
    if (impossible !== null) {
      throw new UsageError(`Invalid ${option} ${JSON.stringify(value)}: ${impossible}.`, {
        hint: `${option} takes a real date (2025-02-28, 2025-11-28T12:00:00Z) or a duration before now (2h, 7d).`,
      });
    }
    // A bare date is midnight local time, like a date-time without an offset.
    const millis = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00` : text);
    if (!Number.isNaN(millis) && millis >= 0) return millis;
  } else if (/^\d/.test(text) && /[a-z]$/i.test(text)) {
    let duration: number;
    try {
      duration = parseDuration(text);
    } catch {
      throw new UsageError(`Invalid ${option} ${JSON.stringify(value)}.`, {
        hint: `${option} takes an ISO date-time (2025-11-28T12:00:00Z) or a duration before now (2h, 7d, 1h30m).`,
      });
    }
    return Math.max(0, now - duration);
  }
  const epoch = epochTime(text);
  if (epoch !== null) {
    throw new UsageError(`Invalid ${option} ${JSON.stringify(value)}: epoch times are not accepted.`, {
      hint: `Use the ISO form: ${option} ${new Date(epoch).toISOString().replace('.000Z', 'Z')} (or a duration before now: 2h, 7d).`,
    });
  }
  throw new UsageError(`Invalid ${option} ${JSON.stringify(value)}.`, {
    hint: `${option} takes an ISO date-time (2025-11-28T12:00:00Z, 2025-11-28) or a duration before now (2h, 7d, 1h30m).`,
  });
}

/** What an all-digit time most likely meant, in epoch ms: 10 digits are seconds, 13 milliseconds; else null. */
function epochTime(text: string): number | null {
  if (/^\d{9,10}$/.test(text)) return Number(text) * 1000;
  if (/^\d{12,13}$/.test(text)) return Number(text);
  return null;
}

/** Parses `--since` / `--until` keeping the text, so that messages can quote it. */
export function parseTimeBoundOption(value: string, option: string, now: number): TimeBound {
  return { text: value, millis: parseTimeBound(value, option, now) };
}

/** Parses a positive integer option (`--page`, `--page-size`, `--limit`). */
export function parsePositiveInt(value: string, option: string, max?: number): number {
  const text = value.trim();
  const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(
      `Invalid ${option} ${JSON.stringify(value)}: expected a positive integer (1, 2, 3, …).`,
    );
  }
  if (max !== undefined && number > max) {
    throw new UsageError(`Invalid ${option} ${JSON.stringify(value)}: at most ${max}.`);
  }
  return number;
}

/** Parses `--output`. */
export function parseOutputFormat(value: string): OutputFormat {
  const text = value.trim().toLowerCase();
  if ((OUTPUT_FORMATS as readonly string[]).includes(text)) return text as OutputFormat;
  throw new UsageError(`Unknown output format ${JSON.stringify(value)}.`, {
    hint: `Allowed: ${OUTPUT_FORMATS.join(', ')}.`,
  });
}

/** Parses `--status`. */
export function parseStatus(value: string): StatusFilter {
  const text = value.trim().toLowerCase();
  if ((STATUS_VALUES as readonly string[]).includes(text)) return text as StatusFilter;
  throw new UsageError(`Unknown status ${JSON.stringify(value)}.`, {
    hint: `Allowed: ${STATUS_VALUES.join(', ')}.`,
  });
}

/** Parses `--columns` (comma-separated column ids, in display order). */
export function parseColumns(value: string): ColumnId[] {
  const ids = value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id !== '');
  if (ids.length === 0)
    throw new UsageError('--columns needs at least one column.', {
      hint: `Columns: ${COLUMN_IDS.join(', ')}.`,
    });
  for (const id of ids) {
    if (!(COLUMN_IDS as readonly string[]).includes(id)) {
      throw new UsageError(`Unknown column ${JSON.stringify(id)}.`, {
        hint: `Columns: ${COLUMN_IDS.join(', ')}.`,
      });
    }
  }
  return ids as ColumnId[];
}

/** The emulator's default address, used by `--emulator` without a URL when nothing else names one. */
export const DEFAULT_EMULATOR_URL = 'http://127.0.0.1:8790';

/** A `runId|generation` argument: all digits means a generation, anything else a run id. */
export type TaskRef = { readonly runId: string } | { readonly generation: string };

/** Parses the task argument of `get` / `wait` / `watch`. */
export function parseTaskRef(value: string): TaskRef {
  const text = value.trim();
  if (text === '') throw new UsageError('The task argument is empty: give a run id or a generation number.');
  return /^\d+$/.test(text) ? { generation: text } : { runId: text };
}

/** Parses a value that must be one of `allowed` (case-insensitive), naming the option when it is not. */
export function parseOneOf<const T extends readonly string[]>(
  value: string,
  allowed: T,
  option: string,
): T[number] {
  const text = value.trim().toLowerCase();
  const found = allowed.find((candidate) => candidate.toLowerCase() === text);
  if (found !== undefined) return found;
  throw new UsageError(`Invalid ${option} ${JSON.stringify(value)}.`, {
    hint: `Allowed: ${allowed.join(', ')}.`,
  });
}

/** The `--source` values of `instances` (the API's `source` parameter). */
export const INSTANCE_SOURCES = ['user', 'builtin', 'all'] as const;
/** An instance source filter. */
export type InstanceSource = (typeof INSTANCE_SOURCES)[number];

/** Parses a generation argument: all digits. */
export function parseGeneration(value: string): string {
  const text = value.trim();
  if (!/^\d+$/.test(text)) {
    throw new UsageError(`Invalid generation ${JSON.stringify(value)}: expected a number such as 3.`, {
      hint: 'List the runs with their generations: fntasks list <appGroup> <function> <instance>.',
    });
  }
  return text;
}

/** `--qps` / `FNTASKS_QPS`: calls per second, above 0 and at most 100 000 (decimals allowed: 0.5 is one call in 2 s). */
export function parseQps(value: string, source: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 100_000) {
    throw new UsageError(
      `Invalid ${source} ${JSON.stringify(value)}: calls per second, above 0 and at most 100000.`,
      {
        hint: 'e.g. --qps 20 to stay under a gateway cap of 20 calls a second.',
      },
    );
  }
  return n;
}

/** One `name=value` pair of `--create-param` / `--usage-param`. */
export interface NameValue {
  readonly name: string;
  readonly value: string;
}

/**
 * Parses a repeatable `name=value` option (`--create-param`, `--usage-param`) onto the pairs given before: the
 * name is what precedes the first `=` (the value may hold more), must not be empty, and may be given once.
 */
export function parseNameValue(
  value: string,
  previous: readonly NameValue[] | undefined,
  option: string,
): NameValue[] {
  const at = value.indexOf('=');
  const name = at < 0 ? '' : value.slice(0, at).trim();
  if (at < 0 || name === '') {
    throw new UsageError(`Invalid ${option} ${JSON.stringify(value)}: expected name=value.`, {
      hint: `e.g. ${option} model_name=v1 (repeat ${option} for each parameter).`,
    });
  }
  const pairs = previous ?? [];
  if (pairs.some((pair) => pair.name === name)) {
    throw new UsageError(
      `Invalid ${option} ${JSON.stringify(value)}: ${JSON.stringify(name)} is given twice.`,
      {
        hint: `Give each parameter once.`,
      },
    );
  }
  return [...pairs, { name, value: value.slice(at + 1) }];
}
