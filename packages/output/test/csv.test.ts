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
];

/** What a reader must get back for a cell: the value, with the leading `'` of the formula guard. */
const expected = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe.each([',', ';'] as CsvSeparator[])('toCsv with separator %j', (separator) => {
  const rows = [HOSTILE, HOSTILE.map((cell) => `${cell}!`)];
  const text = toCsv(rows, { separator });
  const parsed: string[][] = parse(text, { delimiter: separator, record_delimiter: '\r\n' });

  it('reads back, with a quote-aware parser, as the same rows and cells', () => {
    expect(parsed).toEqual(rows.map((row) => row.map(expected)));
  });

  it('never lets a cell start like a formula, even for a reader that splits on the other separator', () => {
    // One cell per row: a quote-aware reader honours quotes at the start of a cell.
    const single = toCsv(
      HOSTILE.map((cell) => [cell]),
      { separator },
    );
    for (const other of [',', ';']) {
      const cells: string[][] = parse(single, {
        delimiter: other,
        record_delimiter: '\r\n',
        relax_column_count: true,
      });
      for (const cell of cells.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
    }
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

  it('leaves a plain cell as it is', () => {
    expect(csvCell('trigger__2025-11-28T10:00:00')).toBe('trigger__2025-11-28T10:00:00');
  });
});
