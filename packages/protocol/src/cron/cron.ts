/**
 * The function instances' `cron`: five fields "Minutes Hours DayofMonth Month DayofWeek" in UTC (`?` allowed
 * in the day fields, 0 or 7 = Sunday, month and weekday names), "" for no periodic training. One rule for the
 * emulator's scheduler and for a client checking a schedule before it sends one. `L`, `W` and `#` are refused:
 * the documented form has none of them. Where it accepts a text, the fire times are cron-parser's (the tests
 * hold it to cron-parser over a year of fire times); parsing is hand-written so the browser-safe protocol
 * package needs no date library, and the fire times are computed from the parsed fields, day by day.
 */

/** A parsed schedule: the fire times around an instant (epoch ms, UTC). */
export interface CronSchedule {
  /** The first fire time strictly after `t`, or null when there is none up to {@link MAX_CRON_TIME}. */
  nextAfter(t: number): number | null;
  /** The last fire time strictly before `t`, or null when there is none since the epoch. */
  previousBefore(t: number): number | null;
}

/** The form a cron text must have, for error messages. */
export const CRON_FORM = 'five fields "Minutes Hours DayofMonth Month DayofWeek", e.g. "0 3 ? * 0,1,3,5"';

/** The last instant a schedule is evaluated up to (9999-12-31T23:59:59.999Z); later, it has no next run. */
export const MAX_CRON_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A cron text that is not one; the message names the text and the expected form. */
export class CronError extends Error {
  override name = 'CronError';
}

const MINUTE = 60_000;
const DAY = 86_400_000;
// Any schedule that fires at all fires within 8 years (29 February on a given weekday included).
const MAX_DAYS = 8 * 366;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// The longest each month can be (29 February: a leap year comes within the 8-year horizon).
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** The first value of `names` (1 for months, 0 for weekdays). */
  namesFrom?: number;
  /** `?` allowed (the day fields). */
  question?: boolean;
}

const FIELDS: readonly FieldRule[] = [
  { name: 'Minutes', min: 0, max: 59 },
  { name: 'Hours', min: 0, max: 23 },
  { name: 'DayofMonth', min: 1, max: 31, question: true },
  { name: 'Month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  { name: 'DayofWeek', min: 0, max: 7, names: DAY_NAMES, namesFrom: 0, question: true },
];

interface ParsedField {
  values: number[];
  /** `*` or `?`: for the day fields, "any day" (classic cron ORs two restricted day fields). */
  any: boolean;
}

function parseField(raw: string, rule: FieldRule, fail: (why: string) => never): ParsedField {
  if (raw === '*' || (rule.question && raw === '?')) {
    const values: number[] = [];
    for (let v = rule.min; v <= rule.max; v += 1) values.push(v);
    return { values, any: true };
  }
  if (
    /[LW#]/i.test(
      raw.replace(/[a-z]{3}/gi, (word) => (rule.names?.includes(word.toLowerCase()) ? '0' : word)),
    )
  )
    fail(`${rule.name} "${raw}" uses L, W or #, which the function-task cron does not support`);
  const value = (text: string): number => {
    const named = rule.names?.indexOf(text.toLowerCase()) ?? -1;
    if (named >= 0) return named + (rule.namesFrom ?? 0);
    if (!/^\d{1,4}$/.test(text)) fail(`${rule.name} "${raw}" has "${text}", not a number`);
    const n = Number(text);
    if (n < rule.min || n > rule.max) fail(`${rule.name} ${n} is outside ${rule.min}-${rule.max}`);
    return n;
  };
  const values = new Set<number>();
  for (const item of raw.split(',')) {
    const [range = '', step, extra] = item.split('/');
    if (extra !== undefined || range === '')
      fail(`${rule.name} "${raw}" has an empty or malformed item "${item}"`);
    let by = 1;
    if (step !== undefined) {
      if (!/^\d{1,4}$/.test(step) || Number(step) === 0)
        fail(`${rule.name} "${raw}": the step after "/" must be a positive whole number`);
      by = Number(step);
    }
    let from: number;
    let to: number;
    if (range === '*') [from, to] = [rule.min, rule.max];
    else {
      const bounds = range.split('-');
      if (bounds.length > 2) fail(`${rule.name} "${raw}" has a malformed range "${range}"`);
      from = value(bounds[0] ?? '');
      // `5/15` is "from 5 to the end, every 15th".
      to = bounds[1] !== undefined ? value(bounds[1]) : step !== undefined ? rule.max : from;
      if (from > to) fail(`${rule.name} range ${range} runs backwards`);
    }
    // cron-parser adds Sunday (0) to a weekday range that ends at 7, even when the step skips 7.
    if (rule.max === 7 && to === 7 && from > 0 && (to - from) % by !== 0)
      fail(
        `${rule.name} "${item}" means Sunday to some cron readers and not to others; list the days, e.g. "${[...Array(Math.ceil((to - from) / by)).keys()].map((k) => from + k * by).join(',')}"`,
      );
    for (let v = from; v <= to; v += by) values.add(v);
  }
  return { values: [...values].sort((a, b) => a - b), any: false };
}

/** Parses cron text into its schedule; throws a CronError naming the value when it is not one. */
export function parseCron(text: string): CronSchedule {
  const shown = JSON.stringify(text);
  const fail = (why: string): never => {
    throw new CronError(`cron ${shown} is not valid: ${why}; expected ${CRON_FORM}`);
  };
  const raw = text.trim().split(/\s+/);
  if (raw.length !== 5) throw new CronError(`cron must be ${CRON_FORM} or "", got ${shown}`);
  const [minute, hour, dom, month, dow] = FIELDS.map((rule, i) =>
    parseField(raw[i] as string, rule, fail),
  ) as [ParsedField, ParsedField, ParsedField, ParsedField, ParsedField];
  const minutes = minute.values;
  const hours = hour.values;
  const months = new Set(month.values);
  const daysOfMonth = new Set(dom.values);
  const daysOfWeek = new Set(dow.values.map((d) => d % 7));
  // Only the day of month restricts the days: one of them must exist in one of the months, or it never fires.
  if (dow.any && !dom.any && !month.values.some((m) => dom.values.some((d) => d <= (MONTH_DAYS[m - 1] ?? 0))))
    fail(`day ${dom.values.join(',')} of month ${month.values.join(',')} never occurs, so it never fires`);

  const dayMatches = (date: Date): boolean => {
    if (!months.has(date.getUTCMonth() + 1)) return false;
    if (dom.any && dow.any) return true;
    const byDom = daysOfMonth.has(date.getUTCDate());
    const byDow = daysOfWeek.has(date.getUTCDay());
    if (dom.any) return byDow;
    if (dow.any) return byDom;
    return byDom || byDow;
  };

  return {
    nextAfter(t) {
      if (!(t < MAX_CRON_TIME)) return null;
      let at = (Math.floor(Math.max(t, -MINUTE) / MINUTE) + 1) * MINUTE;
      for (let day = 0; day < MAX_DAYS && at <= MAX_CRON_TIME; day += 1) {
        const date = new Date(at);
        if (dayMatches(date)) {
          const h = date.getUTCHours();
          const m = date.getUTCMinutes();
          for (const hr of hours) {
            if (hr < h) continue;
            const min = minutes.find((x) => hr > h || x >= m);
            if (min !== undefined) {
              const fire = at - (h * 60 + m) * MINUTE + (hr * 60 + min) * MINUTE;
              return fire <= MAX_CRON_TIME ? fire : null;
            }
          }
        }
        at = Math.floor(at / DAY) * DAY + DAY;
      }
      return null;
    },
    previousBefore(t) {
      if (!(t > 0)) return null;
      let at = (Math.ceil(Math.min(t, MAX_CRON_TIME + MINUTE) / MINUTE) - 1) * MINUTE;
      for (let day = 0; day < MAX_DAYS && at >= 0; day += 1) {
        const date = new Date(at);
        if (dayMatches(date)) {
          const h = date.getUTCHours();
          const m = date.getUTCMinutes();
          for (let i = hours.length - 1; i >= 0; i -= 1) {
            const hr = hours[i] as number;
            if (hr > h) continue;
            const min = minutes.findLast((x) => hr < h || x <= m);
            if (min !== undefined) return at - (h * 60 + m) * MINUTE + (hr * 60 + min) * MINUTE;
          }
        }
        at = Math.floor(at / DAY) * DAY - MINUTE;
      }
      return null;
    },
  };
}

/** Checks a cron text ("" = no schedule) and returns it; throws a CronError naming the value and the form. */
export function checkCron(text: string): string {
  if (text !== '') parseCron(text);
  return text;
}
