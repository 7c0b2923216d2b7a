/** The cron evaluator against cron-parser's own iterator (the reference), for the documented forms and more. */
import { CronExpressionParser } from 'cron-parser';
import { describe, expect, it } from 'vitest';
import { checkCron, parseCron } from '../src/schedule/cron.js';
import { createPrng } from '../src/schedule/prng.js';

const EXPRESSIONS = [
  '0 0 ? * 0,1,2,3,4,5,6',
  '0 3 ? * 0,1,3,5',
  '*/30 * * * ?',
  '15 * * * ?',
  '0 */6 * * ?',
  '30 2 29 2 ?',
  '5,45 8-17 1,15 * 1-5',
  '0 12 * 3,6,9,12 7',
];

describe('cron schedules', () => {
  it.each(EXPRESSIONS)('%s: next and previous fire times match cron-parser', (text) => {
    const schedule = parseCron(text);
    const rand = createPrng(7);
    for (let i = 0; i < 12; i += 1) {
      const t = Date.UTC(2024, 0, 1) + Math.floor(rand() * 730 * 86_400_000) + (i % 3 === 0 ? 0 : 17_123);
      const reference = (direction: 'next' | 'prev') =>
        CronExpressionParser.parse(text, { currentDate: new Date(t), tz: 'UTC' })
          [direction]()
          .getTime();
      expect(schedule.nextAfter(t), `next after ${new Date(t).toISOString()}`).toBe(reference('next'));
      expect(schedule.previousBefore(t), `previous before ${new Date(t).toISOString()}`).toBe(
        reference('prev'),
      );
    }
  });

  it('strictly after and strictly before a fire time', () => {
    const hourly = parseCron('0 * * * ?');
    const at = Date.UTC(2025, 10, 28, 12);
    expect(hourly.nextAfter(at)).toBe(at + 3_600_000);
    expect(hourly.previousBefore(at)).toBe(at - 3_600_000);
  });

  it('refuses what is not five valid fields, naming the value; "" means no schedule', () => {
    expect(checkCron('')).toBe('');
    for (const bad of ['0 0 * * * *', 'daily', '61 * * * *', '0 0 L * ?']) {
      expect(() => checkCron(bad), bad).toThrow(new RegExp(`cron .*${bad.split(' ')[0]}`));
    }
  });
});
