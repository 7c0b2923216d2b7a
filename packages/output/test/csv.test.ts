import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type CsvSeparator, csvCell, toCsv } from '../src/index.js';

/** Cells that break naive CSV or run as formulas in a spreadsheet. */
const HOSTILE = [
  'plain',
  "safe;=cmd|' /C calc'!A0",
  'a,b',
  'say "hi"',
  'tab\tinside',
  'line\r\nbreak',
  'lf\nonly',
  '=HYPERLINK("http://evil.example")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '',
  '召回率',
  'a;+b,-c; @d',
  'x;"=1',
  'ok,\t=1',
];

/** What a reader must get back for a cell: the value with the `'` of the formula guard at its start and after each inner separator. */
const expected = (value: string) => {
  const inner = value.replace(/([,;][ "]*)(?=[=+\-@\t\r])/g, "$1'");
  return /^[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner;
};

/**
 * Reads CSV as a spreadsheet does: a quote opens a quoted field only at the very start of a field; anywhere else
 * it is a plain character, so a quoted cell holding the other separator is split there.
 */
const spreadsheet = (text: string, separator: CsvSeparator): string[] =>
  (
    parse(text, {
      delimiter: separator,
      record_delimiter: '\r\n',
      relax_column_count: true,
      relax_quotes: true,
    }) as string[][]
  ).flat();

describe.each([',', ';'] as CsvSeparator[])('toCsv with separator %j', (separator) => {
  const rows = [HOSTILE, HOSTILE.map((cell) => `${cell}!`)];
  const text = toCsv(rows, { separator });
  const parsed: string[][] = parse(text, { delimiter: separator, record_delimiter: '\r\n' });

  it('reads back, with a quote-aware parser, as the same rows and cells', () => {
    expect(parsed).toEqual(rows.map((row) => row.map(expected)));
  });

  it('never lets a cell start like a formula, even for a spreadsheet that splits on the other separator', () => {
    for (const other of [',', ';'] as const) {
      const cells = spreadsheet(text, other);
      for (const cell of cells) expect(cell).not.toMatch(/^[ "]*[=+\-@\t\r]/);
    }
  });

  it("the issue's cell after another cell, split on the other separator, leaves `'=cmd`", () => {
    const other = separator === ',' ? ';' : ',';
    const row = toCsv([['x', `safe${other}=cmd|' /C calc'!A0`]], { separator });
    expect(spreadsheet(row, other)).toEqual([`x${separator}"safe`, `'=cmd|' /C calc'!A0"`]);
  });

  it('ends every row with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThanOrEqual(3);
  });
});

describe('csvCell', () => {
  it('quotes a cell holding a comma or a semicolon whatever the separator', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('"a,b"');
  });

  it('guards a formula, then quotes it when it also needs quotes', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell('-5')).toBe("'-5");
  });

  it("puts the guard after an inner separator, past spaces and quotes: `a;'=b`, `a, '+b`, `a;\"'@b`", () => {
    expect(csvCell('a;=b', ';')).toBe(`"a;'=b"`);
    expect(csvCell('a, +b')).toBe(`"a, '+b"`);
    expect(csvCell('a;"@b')).toBe(`"a;""'@b"`);
    expect(csvCell('x,\ty')).toBe(`"x,'\ty"`);
    expect(csvCell('a-b;c=d')).toBe('"a-b;c=d"');
  });

  it('leaves a plain cell as it is', () => {
    expect(csvCell('trigger__2025-11-28T10:00:00')).toBe('trigger__2025-11-28T10:00:00');
  });
});

describe('toCsv on a terminal', () => {
  it('shows every control and bidi character as its escape, guards and quotes still applied', () => {
    const text = toCsv([['run\u001b]0;pwned\u0007', '\u009b31m', 'a\u202eb', 'x\ny', '=1', 'a;\t=b']], {
      terminal: true,
    });
    expect(text).toBe(`"run\\x1b]0;pwned\\x07",\\x9b31m,a\\u202eb,x\\x0ay,'=1,"a;\\x09=b"\r\n`);
  });

  it('keeps the wire text when not on a terminal', () => {
    expect(toCsv([['a\u001bb', 'x\ny']])).toBe('a\u001bb,"x\ny"\r\n');
  });
});
