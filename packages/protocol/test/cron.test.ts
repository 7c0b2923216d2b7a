/**
 * The function-task cron against cron-parser (the reference): every fire time over a year, for the documented
 * forms and for a seeded corpus of random field combinations; the same texts accepted and refused.
 */
import { CronExpressionParser } from 'cron-parser';
import { describe, expect, it } from 'vitest';
import { CronError, checkCron, MAX_CRON_TIME, parseCron } from '../src/cron/cron.js';

const DOCUMENTED = [
  '0 0 ? * 0,1,2,3,4,5,6',
  '0 3 ? * 0,1,3,5',
  '*/30 * * * ?',
  '15 * * * ?',
  '0 */6 * * ?',
  '30 2 29 2 ?',
  '5,45 8-17 1,15 * 1-5',
  '0 12 * 3,6,9,12 7',
  '0 5 ? jan-mar MON,wed',
  '7/20 1-23/5 10-20/3 */2 ?',
];

// A leap year, so 29 February is in it.
const YEAR_START = Date.UTC(2028, 0, 1);
const YEAR_END = Date.UTC(2029, 0, 1);

/** Every fire time in 2028 by cron-parser's own iterator. */
function referenceYear(text: string): number[] {
  const times: number[] = [];
  const it = CronExpressionParser.parse(text, {
    currentDate: new Date(YEAR_START - 1),
    endDate: new Date(YEAR_END),
    tz: 'UTC',
  });
  while (it.hasNext()) times.push(it.next().getTime());
  return times.filter((t) => t < YEAR_END);
}

function ourYear(text: string): number[] {
  const schedule = parseCron(text);
  const times: number[] = [];
  for (let t = schedule.nextAfter(YEAR_START - 1); t !== null && t < YEAR_END; t = schedule.nextAfter(t))
    times.push(t);
  return times;
}

function ourYearBackwards(text: string): number[] {
  const schedule = parseCron(text);
  const times: number[] = [];
  for (
    let t = schedule.previousBefore(YEAR_END);
    t !== null && t >= YEAR_START;
    t = schedule.previousBefore(t)
  )
    times.unshift(t);
  return times;
}

/** A seeded corpus of field texts, cron-parser syntax without L, W, # (refused here, tested below). */
function randomCorpus(count: number): string[] {
  let state = 42;
  const rand = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * n);
  };
  const item = (min: number, max: number): string => {
    const a = min + rand(max - min + 1);
    const b = a + rand(max - a + 1);
    switch (rand(6)) {
      case 0:
        return `*/${1 + rand(max)}`;
      case 1:
        return `${a}-${b}`;
      case 2:
        return `${a}-${b}/${1 + rand(5)}`;
      case 3:
        return `${a}/${1 + rand(10)}`;
      default:
        return String(a);
    }
  };
  const field = (min: number, max: number, any: string) => {
    if (rand(3) === 0) return any;
    const items = new Set(Array.from({ length: 1 + rand(2) }, () => item(min, max)));
    return [...items].join(',');
  };
  // Minutes stay a short list and hours a few: cron-parser's iterator costs about 30 µs a fire time.
  const minutes = () => [...new Set(Array.from({ length: 1 + rand(3) }, () => String(rand(60))))].join(',');
  return Array.from({ length: count }, () =>
    [
      minutes(),
      field(0, 23, `*/${2 + rand(5)}`),
      field(1, 31, '?'),
      field(1, 12, '*'),
      field(0, 6, '?'),
    ].join(' '),
  );
}

// cron-parser's iterator is the slow half (about 30 µs a fire time, a year of half-hourly runs is 17,520): the
// bound is generous so a loaded CI machine does not time out; the work itself is fixed.
describe('function-task cron', { timeout: 60_000 }, () => {
  it.each(DOCUMENTED)('%s: every fire time of a year matches cron-parser, both directions', (text) => {
    const reference = referenceYear(text);
    expect(reference.length).toBeGreaterThan(0);
    expect(ourYear(text)).toEqual(reference);
    expect(ourYearBackwards(text)).toEqual(reference);
  });

  it('a seeded corpus of 50 random schedules: cron-parser accepts ours and fires at the same times', () => {
    let compared = 0;
    for (const text of randomCorpus(50)) {
      let ours: number[];
      try {
        ours = ourYear(text);
      } catch (error) {
        // Ours refuses only what never fires or cron-parser refuses too.
        expect((error as Error).message, text).toMatch(/never fires|backwards|outside|Sunday/);
        continue;
      }
      let reference: number[];
      try {
        reference = referenceYear(text);
      } catch (error) {
        // cron-parser refuses a value listed twice (e.g. "3,3"); the schedule is still plain.
        expect((error as Error).message, text).toMatch(/duplicate/);
        continue;
      }
      expect(ours, text).toEqual(reference);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(25);
  });

  it('strictly after and strictly before a fire time', () => {
    const hourly = parseCron('0 * * * ?');
    const at = Date.UTC(2025, 10, 28, 12);
    expect(hourly.nextAfter(at)).toBe(at + 3_600_000);
    expect(hourly.previousBefore(at)).toBe(at - 3_600_000);
  });

  it('refuses L, W and # in any field with one message, while cron-parser would read them', () => {
    for (const text of [
      '0 0 * * 1#2',
      '0 0 L * ?',
      '0 0 ? * 5L',
      '0 0 15W * ?',
      '0 0 LW * ?',
      '0 0 ? * mon#1',
    ]) {
      expect(() => checkCron(text), text).toThrow(CronError);
      expect(() => checkCron(text), text).toThrow(
        /uses L, W or #, which the function-task cron does not support/,
      );
    }
    // cron-parser supports # and L: we refuse rather than fire on different days.
    expect(() => CronExpressionParser.parse('0 0 * * 1#2', { tz: 'UTC' })).not.toThrow();
  });

  it('refuses what is not five valid fields, naming the value; "" means no schedule; ? only in day fields', () => {
    expect(checkCron('')).toBe('');
    expect(checkCron('0 0 ? * ?')).toBe('0 0 ? * ?');
    for (const bad of ['0 0 * * * *', 'daily', '61 * * * *', '0 24 * * *', '0 0 0 * *', '0 0 * 13 *']) {
      expect(() => checkCron(bad), bad).toThrow(JSON.stringify(bad));
      expect(
        () => CronExpressionParser.parse(bad.split(' ').length === 5 ? bad : 'x', { strict: false }),
        bad,
      ).toThrow();
    }
    for (const bad of ['? 0 * * *', '*/0 * * * *', '5-1 * * * *', '1,,2 * * * *', '0 0 * * xyz']) {
      expect(() => checkCron(bad), bad).toThrow(JSON.stringify(bad));
    }
  });

  it('a weekday step that cron-parser would widen with Sunday is refused, naming the fix', () => {
    // cron-parser reads "5/8" (5-7 every 8th) as Friday and Sunday; classic cron as Friday only.
    expect(() => checkCron('0 0 ? * 5/8')).toThrow(/DayofWeek "5\/8".*Sunday.*list the days/);
    expect(() => checkCron('0 0 ? * 2-7/2')).toThrow(/Sunday/);
    // Steps that reach 7 (Sunday) or start at 0 mean the same to both.
    expect(ourYear('0 0 ? * 1-7/3')).toEqual(referenceYear('0 0 ? * 1-7/3'));
    expect(ourYear('0 0 ? * */2')).toEqual(referenceYear('0 0 ? * */2'));
  });

  it('a day that no chosen month has is refused as never firing', () => {
    expect(() => checkCron('0 0 30 2 ?')).toThrow(/never occurs, so it never fires/);
    expect(() => checkCron('0 0 31 4,6,9,11 ?')).toThrow(/never fires/);
    // With a weekday too, classic cron fires on the weekday: valid.
    expect(parseCron('0 0 30 2 1').nextAfter(Date.UTC(2027, 0, 1))).toBe(Date.UTC(2027, 1, 1));
  });

  it('at the end of time there is quietly no next run, never an exception', () => {
    const daily = parseCron('0 0 * * ?');
    expect(daily.nextAfter(MAX_CRON_TIME - 1000)).toBeNull();
    expect(daily.nextAfter(8_640_000_000_000_000)).toBeNull();
    expect(daily.nextAfter(Number.POSITIVE_INFINITY)).toBeNull();
    expect(daily.nextAfter(Number.NaN)).toBeNull();
    expect(daily.previousBefore(0)).toBeNull();
    expect(daily.previousBefore(Date.UTC(9999, 11, 31, 12))).toBe(Date.UTC(9999, 11, 31));
    expect(parseCron('0 0 29 2 ?').nextAfter(Date.UTC(9996, 2, 1))).toBeNull();
  });
});
