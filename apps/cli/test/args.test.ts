import { describe, expect, it } from 'vitest';
import {
  parseColumns,
  parseDuration,
  parseOutputFormat,
  parsePositiveInt,
  parseStatus,
  parseTaskRef,
  parseTimeBound,
} from '../src/args.js';
import { ExitCode, UsageError } from '../src/errors.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['2h', 7_200_000],
    ['7d', 604_800_000],
    ['1w', 604_800_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    [' 2H ', 7_200_000],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '2', 'h', '2x', '2 h', '-2h', '0s', 'abc', '2h junk'])(
    'rejects %j as a usage error with a hint',
    (text) => {
      const error = catchError(() => parseDuration(text, '--timeout'));
      expect(error).toBeInstanceOf(UsageError);
      expect(error.exitCode).toBe(ExitCode.Usage);
      expect(error.message).toContain(`--timeout ${JSON.stringify(text)}`);
      expect(error.hint).toMatch(/ms, s, m, h, d or w/);
    },
  );
});

describe('parseTimeBound', () => {
  const now = Date.UTC(2025, 10, 28, 12, 0, 0);
  it('takes a relative duration as that long before now', () => {
    expect(parseTimeBound('2h', '--since', now)).toBe(now - 7_200_000);
    expect(parseTimeBound('7d', '--since', now)).toBe(now - 7 * 86_400_000);
  });
  it('takes ISO date-times with an offset exactly', () => {
    expect(parseTimeBound('2025-11-28T10:00:00Z', '--since', now)).toBe(Date.UTC(2025, 10, 28, 10));
    expect(parseTimeBound('2025-11-28T18:00:00+08:00', '--since', now)).toBe(Date.UTC(2025, 10, 28, 10));
  });
  it('reads an ISO date or date-time without offset as local time', () => {
    expect(parseTimeBound('2025-11-28', '--since', now)).toBe(new Date(2025, 10, 28).getTime());
    expect(parseTimeBound('2025-11-28T10:30', '--since', now)).toBe(new Date(2025, 10, 28, 10, 30).getTime());
  });
  it('an epoch time is refused with its ISO form', () => {
    for (const text of ['1700000000', '1700000000000']) {
      const error = catchError(() => parseTimeBound(text, '--until', now));
      expect(error.message).toBe(`Invalid --until "${text}": epoch times are not accepted.`);
      expect(error.hint).toBe(
        'Use the ISO form: --until 2023-11-14T22:13:20Z (or a duration before now: 2h, 7d).',
      );
    }
  });
  it.each(['yesterday', '2h ago', '28/11/2025', '2025-13-45', '3x'])(
    'rejects %j naming the option',
    (text) => {
      const error = catchError(() => parseTimeBound(text, '--until', now));
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toContain('--until');
      expect(error.hint).toMatch(/(ISO date-time|a real date) .* or a duration/);
    },
  );
});

describe('value parsers', () => {
  it('parses positive integers with an optional maximum', () => {
    expect(parsePositiveInt('20', '--page-size', 100)).toBe(20);
    expect(() => parsePositiveInt('0', '--page')).toThrow(/Invalid --page "0": expected a positive integer/);
    expect(() => parsePositiveInt('1.5', '--page')).toThrow(UsageError);
    expect(() => parsePositiveInt('abc', '--limit')).toThrow(/--limit "abc"/);
    expect(() => parsePositiveInt('101', '--page-size', 100)).toThrow(/at most 100/);
  });
  it('parses statuses and output formats case-insensitively, naming what is allowed', () => {
    expect(parseStatus('Running')).toBe('running');
    expect(parseOutputFormat('CSV')).toBe('csv');
    const status = catchError(() => parseStatus('done'));
    expect(status.message).toBe('Unknown status "done".');
    expect(status.hint).toBe('Allowed: success, failed, running.');
    const format = catchError(() => parseOutputFormat('xml'));
    expect(format.message).toBe('Unknown output format "xml".');
    expect(format.hint).toBe('Allowed: table, json, ndjson, csv, yaml.');
  });
  it('parses --columns in order and rejects unknown ones', () => {
    expect(parseColumns('status, run-id,METRICS')).toEqual(['status', 'run-id', 'metrics']);
    expect(catchError(() => parseColumns('status,colour')).message).toBe('Unknown column "colour".');
    expect(() => parseColumns(' , ')).toThrow(/at least one column/);
  });
  it('reads an all-digits task argument as a generation, anything else as a run id', () => {
    expect(parseTaskRef('3')).toEqual({ generation: '3' });
    expect(parseTaskRef('trigger__2021-03-05T12:18:41')).toEqual({ runId: 'trigger__2021-03-05T12:18:41' });
    expect(() => parseTaskRef('  ')).toThrow(UsageError);
  });
});

function catchError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    return error as UsageError;
  }
  throw new Error('expected an error');
}

describe('constants repeated so that start-up never loads core or the emulator', () => {
  it('agree with their sources', async () => {
    const core = await import('@fntasks/protocol');
    const emulator = await import('@fntasks/emulator');
    const cli = await import('../src/limits.js');
    const args = await import('../src/args.js');
    expect(cli.MAX_PAGE_SIZE).toBe(core.MAX_PAGE_SIZE);
    expect([...args.STATUS_VALUES]).toEqual([...core.TASK_STATUSES]);
    expect(args.DEFAULT_EMULATOR_URL).toBe(`http://127.0.0.1:${emulator.DEFAULT_PORT}`);
  });
});

describe('impossible dates', () => {
  const now = Date.UTC(2025, 10, 28, 12, 0, 0);
  it.each([
    ['2025-02-30', /2025-02 has 28 days/],
    ['2024-02-30', /2024-02 has 29 days/],
    ['2025-04-31', /2025-04 has 30 days/],
    ['2025-00-10', /no month 00/],
    ['2025-11-28T25:00', /no hour 25/],
    ['2025-11-28T10:61', /no minute 61/],
  ])('%s is refused, not rolled over', (text, reason) => {
    const error = catchError(() => parseTimeBound(text, '--since', now));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(reason);
  });
  it('a leap day is a real date', () => {
    expect(parseTimeBound('2024-02-29T00:00:00Z', '--since', now)).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('--create-param / --usage-param', () => {
  it('collects name=value pairs in order; the value may hold = and be empty', async () => {
    const { parseNameValue } = await import('../src/args.js');
    const one = parseNameValue('fg_json={"a":1}', undefined, '--create-param');
    const two = parseNameValue('empty=', one, '--create-param');
    expect(two).toEqual([
      { name: 'fg_json', value: '{"a":1}' },
      { name: 'empty', value: '' },
    ]);
  });

  it('a pair without a name or =, or a name given twice, is a usage error naming the value', async () => {
    const { parseNameValue } = await import('../src/args.js');
    expect(() => parseNameValue('novalue', undefined, '--usage-param')).toThrow(
      'Invalid --usage-param "novalue": expected name=value.',
    );
    expect(() => parseNameValue('=x', undefined, '--usage-param')).toThrow('Invalid --usage-param "=x"');
    expect(() => parseNameValue('a=2', [{ name: 'a', value: '1' }], '--create-param')).toThrow(
      'Invalid --create-param "a=2": "a" is given twice.',
    );
  });
});
