/**
 * The instances' `cron`: five fields "Minutes Hours DayofMonth Month DayofWeek" (`?` allowed, 0 = Sunday), ""
 * for no periodic training. cron-parser parses and validates the text; the fire times are computed here, in UTC
 * on the emulator clock, from the parsed fields: cron-parser's own iterator costs about half a millisecond per
 * fire time (it goes through luxon), and replaying a month of hourly runs asks for hundreds of them.
 */
import { CronExpressionParser } from 'cron-parser';

/** A parsed schedule: the fire times around an instant. */
export interface CronSchedule {
  /** The first fire time strictly after `t` (epoch ms). */
  nextAfter(t: number): number;
  /** The last fire time strictly before `t` (epoch ms). */
  previousBefore(t: number): number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
// Any schedule that fires at all fires within 8 years (29 February on a given weekday included).
const MAX_DAYS = 8 * 366;
const FORM = 'five fields "Minutes Hours DayofMonth Month DayofWeek", e.g. "0 3 ? * 0,1,3,5"';

/** Checks a cron text ("" = no schedule); throws an Error naming the value and the expected form. */
export function checkCron(text: string): string {
  if (text !== '') parseCron(text);
  return text;
}

function numbers(values: readonly (number | string)[], text: string): number[] {
  if (!values.every((v) => typeof v === 'number'))
    throw new Error(`cron ${JSON.stringify(text)} uses L or #, which is not supported; expected ${FORM}`);
  return [...new Set(values as number[])].sort((a, b) => a - b);
}

/** Parses five-field cron text (throws an Error naming the value when it is not one). */
export function parseCron(text: string): CronSchedule {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`cron must be ${FORM} or "", got ${JSON.stringify(text)}`);
  let parsed: ReturnType<typeof CronExpressionParser.parse>['fields'];
  try {
    parsed = CronExpressionParser.parse(fields.join(' '), { tz: 'UTC' }).fields;
  } catch (error) {
    throw new Error(
      `cron ${JSON.stringify(text)} is not valid (${(error as Error).message}); expected ${FORM}`,
    );
  }
  const minutes = numbers(parsed.minute.values, text);
  const hours = numbers(parsed.hour.values, text);
  const months = new Set(numbers(parsed.month.values, text));
  const daysOfMonth = new Set(numbers(parsed.dayOfMonth.values, text));
  const daysOfWeek = new Set(numbers(parsed.dayOfWeek.values, text).map((d) => d % 7));
  const domAny = parsed.dayOfMonth.isWildcard;
  const dowAny = parsed.dayOfWeek.isWildcard;
  // Classic cron: when both day fields are restricted, a day matching either one fires.
  const dayMatches = (date: Date): boolean => {
    if (!months.has(date.getUTCMonth() + 1)) return false;
    const dom = daysOfMonth.has(date.getUTCDate());
    const dow = daysOfWeek.has(date.getUTCDay());
    if (domAny && dowAny) return true;
    if (domAny) return dow;
    if (dowAny) return dom;
    return dom || dow;
  };
  const never = () => new Error(`cron ${JSON.stringify(text)} never fires`);

  return {
    nextAfter(t) {
      let at = (Math.floor(t / MINUTE) + 1) * MINUTE;
      for (let day = 0; day < MAX_DAYS; day += 1) {
        const date = new Date(at);
        if (dayMatches(date)) {
          const h = date.getUTCHours();
          const m = date.getUTCMinutes();
          for (const hour of hours) {
            if (hour < h) continue;
            const minute = minutes.find((x) => hour > h || x >= m);
            if (minute !== undefined) return at - (h * 60 + m) * MINUTE + (hour * 60 + minute) * MINUTE;
          }
        }
        at = Math.floor(at / DAY) * DAY + DAY;
      }
      throw never();
    },
    previousBefore(t) {
      let at = (Math.ceil(t / MINUTE) - 1) * MINUTE;
      for (let day = 0; day < MAX_DAYS; day += 1) {
        const date = new Date(at);
        if (dayMatches(date)) {
          const h = date.getUTCHours();
          const m = date.getUTCMinutes();
          for (let i = hours.length - 1; i >= 0; i -= 1) {
            const hour = hours[i] as number;
            if (hour > h) continue;
            const minute = minutes.findLast((x) => hour < h || x <= m);
            if (minute !== undefined) return at - (h * 60 + m) * MINUTE + (hour * 60 + minute) * MINUTE;
          }
        }
        at = Math.floor(at / DAY) * DAY - MINUTE;
      }
      throw never();
    },
  };
}
