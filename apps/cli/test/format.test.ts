import { taskErrorMessages } from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderCsv } from '../src/format/csv.js';
import { renderDetail } from '../src/format/detail.js';
import { formatDuration, formatIsoTime, formatMetrics, formatTime } from '../src/format/fields.js';
import { renderTask, renderTasks } from '../src/format/index.js';
import { colors, progressBar } from '../src/format/style.js';
import { renderTable } from '../src/format/table.js';
import { makeTask, parseCsv, spreadsheetCells, stripAnsi } from './helpers.js';

const now = Date.UTC(2025, 10, 28, 12, 0, 0);
const display = { utc: true, now, color: false };
const running = makeTask({
  runId: 'trigger__2025-11-28T11:30:00',
  generation: '4',
  status: 'running',
  progress: 40,
  startTime: Date.UTC(2025, 10, 28, 11, 30),
  endTime: null,
  extendInfo: { recall: 55 },
});
const failed = makeTask({
  runId: 'trigger__2025-11-27T09:00:00',
  generation: '2',
  status: 'failed',
  progress: 70,
  extendInfo: { errors: ['OOM: worker 3 ran out of memory', 'retry limit reached'] },
});
const done = makeTask();

describe('fields', () => {
  it('formats times in UTC or local time', () => {
    expect(formatTime(Date.UTC(2025, 0, 2, 3, 4, 5), true)).toBe('2025-01-02 03:04:05Z');
    const local = new Date(2025, 0, 2, 3, 4, 5).getTime();
    expect(formatTime(local, false)).toBe('2025-01-02 03:04:05');
    expect(formatTime(null, true)).toBe('');
  });
  it('formats ISO times that parse back to the same instant', () => {
    const t = Date.UTC(2025, 10, 28, 10, 0, 0, 123);
    expect(formatIsoTime(t, true)).toBe('2025-11-28T10:00:00.123Z');
    expect(Date.parse(formatIsoTime(t, false))).toBe(t);
    expect(formatIsoTime(t, false)).toMatch(/[+-]\d{2}:\d{2}$/);
  });
  it('formats durations compactly', () => {
    expect(formatDuration(850)).toBe('850ms');
    expect(formatDuration(12_000)).toBe('12s');
    expect(formatDuration(185_000)).toBe('3m 05s');
    expect(formatDuration(3_720_000)).toBe('1h 02m');
    expect(formatDuration(183_600_000)).toBe('2d 03h');
  });
  it("reads numeric metrics with core, in the task's order, and lists errors as lines", () => {
    expect(formatMetrics(makeTask({ extendInfo: { model: 'v2', recall: 91, auc: 0.83, errors: [] } }))).toBe(
      'recall=91 auc=0.83',
    );
    expect(taskErrorMessages(failed)).toEqual(['OOM: worker 3 ran out of memory', 'retry limit reached']);
    expect(taskErrorMessages(done)).toEqual([]);
  });
});

describe('table', () => {
  it('shows run id, generation, status, progress, start, duration and metrics', () => {
    const text = renderTable([running, failed, done], display);
    const lines = text.split('\n');
    expect(lines[1]).toMatch(/RUN ID .* GEN .* STATUS .* PROGRESS .* STARTED .* DURATION .* METRICS/);
    expect(text).toContain('trigger__2025-11-28T11:30:00');
    expect(text).toContain('2025-11-28 11:30:00Z');
    expect(text).toContain('30m 00s'); // running: until now
    expect(text).toContain('42m 04s'); // done: end − start
    expect(text).toContain('recall=91 auc=0.83');
    expect(text).toContain('failed');
  });
  it('draws a progress bar for running tasks only', () => {
    const text = renderTable([running, done], display);
    expect(text).toContain('████░░░░░░  40%');
    expect(text).toContain('100%');
    expect(text.match(/█/g)?.length).toBe(4);
  });
  it('colours the status when colour is on, and never when off', () => {
    const plain = renderTable([running, failed, done], display);
    expect(plain).not.toContain('\u001b[');
    const coloured = renderTable([running, failed, done], { ...display, color: true });
    expect(coloured).toContain('\u001b[32msuccess\u001b[39m');
    expect(coloured).toContain('\u001b[36mrunning\u001b[39m');
    expect(coloured).toContain('\u001b[31m\u001b[1mfailed');
    expect(stripAnsi(coloured)).toBe(plain);
  });
  it("puts a failed run's first error in an ERRORS column, never under METRICS", () => {
    const text = renderTable([failed, done], display);
    const [header, first] = text.split('\n').filter((line) => /ERRORS|OOM/.test(line));
    expect(header).toMatch(/│ METRICS +│ ERRORS +│$/);
    const cells = (first ?? '').split('│').map((cell) => cell.trim());
    expect(cells.at(-3)).toBe('-'); // METRICS
    expect(cells.at(-2)).toBe('✖ OOM: worker 3 ran out of memory (+1)'); // ERRORS
    // No ERRORS column when no run has errors.
    expect(renderTable([running, done], display)).not.toContain('ERRORS');
  });
  it('follows --columns', () => {
    const text = renderTable([failed], { ...display, columns: ['status', 'errors'] });
    expect(text).toMatch(/STATUS .* ERRORS/);
    expect(text).not.toContain('RUN ID');
    expect(text).toContain('OOM: worker 3 ran out of memory (+1)');
  });
  it('progressBar clamps and rounds', () => {
    const c = colors(false);
    expect(progressBar(0, 10, c)).toBe('░░░░░░░░░░   0%');
    expect(progressBar(150, 4, c)).toBe('████ 100%');
    expect(progressBar(Number.NaN, 4, c)).toBe('░░░░   0%');
  });
});

describe('csv', () => {
  it('quotes a run id holding a semicolon and guards the formula after it, so a ;-splitting spreadsheet never sees a formula cell', () => {
    const evil = makeTask({ runId: "safe;=cmd|' /C calc'!A0" });
    const text = renderCsv([evil], { utc: true, now, columns: ['function', 'run-id'] });
    expect(spreadsheetCells(text, ';').some((cell) => cell.startsWith('='))).toBe(false);
    expect(parseCsv(text)[1]).toEqual([evil.functionName, "safe;'=cmd|' /C calc'!A0"]);
  });
  it('writes a header and one CRLF row per task, with ISO times and raw extendInfo', () => {
    const evil = makeTask({ runId: '=HYPERLINK("http://x")', extendInfo: { note: '@risk' } });
    const text = renderCsv([done, evil], { utc: true, now });
    const rows = text.split('\r\n');
    expect(rows[0]).toBe(
      'functionName,runId,generation,status,progress,startTime,endTime,durationMs,metric.auc,metric.recall,errors,extendInfo',
    );
    expect(rows[1]).toBe(
      'ctr,trigger__2025-11-28T10:00:00,3,success,100,2025-11-28T10:00:00.123Z,2025-11-28T10:42:05.000Z,2524877,0.83,91,,"{""recall"":91,""auc"":0.83,""errors"":[]}"',
    );
    expect(rows[2]?.startsWith(`ctr,"'=HYPERLINK(""http://x"")"`)).toBe(true);
    expect(rows[3]).toBe('');
  });
});

describe('csv metrics and errors', () => {
  it('one metric.<name> column per metric of any row, sorted by name; errors in their own column', () => {
    const other = makeTask({ generation: '4', extendInfo: { ndcg: '0.71', auc: 0.9, sampleCount: 1200 } });
    const rows = parseCsv(
      renderCsv([done, failed, other], { utc: true, now, columns: ['generation', 'metrics', 'errors'] }),
    );
    expect(rows).toEqual([
      ['generation', 'metric.auc', 'metric.ndcg', 'metric.recall', 'metric.sampleCount', 'errors'],
      ['3', '0.83', '', '91', '', ''],
      [failed.generation, '', '', '', '', 'OOM: worker 3 ran out of memory; retry limit reached'],
      ['4', '0.9', '0.71', '', '1200', ''],
    ]);
  });
  it('no metric in any row: no metric column at all', () => {
    expect(parseCsv(renderCsv([failed], { utc: true, now, columns: ['status', 'metrics'] }))).toEqual([
      ['status'],
      ['failed'],
    ]);
  });
});

describe('json, ndjson, yaml', () => {
  const tasks = [running, failed, done];
  it('json is the tasks exactly as core returns them', async () => {
    expect(JSON.parse(await renderTasks('json', tasks, display))).toEqual(tasks);
    expect(JSON.parse(await renderTask('json', done, display))).toEqual(done);
  });
  it('ndjson is one task per line', async () => {
    const text = await renderTasks('ndjson', tasks, display);
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(tasks);
    expect(await renderTasks('ndjson', [], display)).toBe('');
  });
  it('yaml parses back to the same data', async () => {
    expect(parseYaml(await renderTasks('yaml', tasks, display))).toEqual(tasks);
    expect(parseYaml(await renderTask('yaml', failed, display))).toEqual(failed);
  });
});

describe('detail (get)', () => {
  it('pretty-prints extendInfo and lists errors', () => {
    const text = renderDetail(failed, display);
    expect(text).toContain('Run id      trigger__2025-11-27T09:00:00');
    expect(text).toContain('Status      failed');
    expect(text).toContain('Extend info\n  {\n    "errors": [');
    expect(text).toContain('Errors (2)\n  ✖ OOM: worker 3 ran out of memory\n  ✖ retry limit reached');
  });
  it('shows a progress bar and "still running" for a running task, and warnings', () => {
    // The service sent the progress as a string: the normaliser converts it and says so.
    const odd = makeTask(running, { progress: '40' });
    const text = renderDetail(odd, display);
    expect(text).toContain('████████░░░░░░░░░░░░  40%');
    expect(text).toContain('- (still running)');
    expect(text).toContain('30m 00s so far');
    expect(text).toContain('Warnings (1)');
    expect(text).toContain('field progress had the wrong type ("40") and was converted');
  });
  it('shows invalid extendInfo as sent', () => {
    const text = renderDetail(makeTask({ extendInfo: null, extendInfoRaw: '{oops' }), display);
    expect(text).toContain('{oops  (not valid JSON, shown as sent)');
  });
});

describe('deep extendInfo (issue 12, class 4)', () => {
  /** An object nested `depth` levels: `{ a: { a: … } }`. */
  const deep = (depth: number) => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 1; i < depth; i++) {
      const child: Record<string, unknown> = {};
      node.a = child;
      node = child;
    }
    return root;
  };
  const raw = `${'{"a":'.repeat(5_999)}{}${'}'.repeat(5_999)}`;
  const poisoned = {
    ...makeTask({ runId: 'deep', extendInfo: null }),
    extendInfo: deep(6_000),
    extendInfoRaw: raw,
  };

  it.each(['json', 'ndjson', 'yaml', 'csv', 'table'] as const)(
    'a 6,000-level object does not stop %s from printing the page; it is shown as its raw text',
    async (format) => {
      const text = await renderTasks(format, [done, poisoned], display);
      expect(text).toContain('deep');
      expect(text).toContain(done.runId);
      if (format === 'json') {
        const [, printed] = JSON.parse(text);
        expect(printed.extendInfo).toBeNull();
        expect(printed.extendInfoRaw).toBe(raw);
        expect(printed.warnings).toEqual([{ kind: 'extend-info-too-deep', maxDepth: 64 }]);
      }
    },
  );

  it('get: the detail view and json of the task', async () => {
    expect(await renderTask('table', poisoned, display)).toContain(
      'nested too deep to show parsed, shown as sent',
    );
    expect(JSON.parse(await renderTask('json', poisoned, display)).extendInfoRaw).toBe(raw);
  });

  it('64 levels are printed as they are', async () => {
    const fine = makeTask({ extendInfo: deep(64) });
    expect(JSON.parse(await renderTask('json', fine, display)).extendInfo).toEqual(deep(64));
  });
});

describe('inert text in the human formats (issue 12, class 2)', () => {
  const hostile = makeTask({
    runId: 'run\u001b]0;pwned\u0007',
    status: 'success\u009b2J',
    extendInfo: { recall: 1, errors: ['boom\u001b[2J'] },
  });
  it.each([
    ['table', () => renderTable([hostile], display)],
    ['detail', () => renderDetail(hostile, display)],
  ])('%s shows control characters as escapes', (_, render) => {
    const text = render();
    expect([...text].some((c) => c === '\u001b' || c === '\u0007' || c === '\u009b')).toBe(false);
    expect(text).toContain('run\\x1b]0;pwned\\x07');
  });
  it('json and yaml read back as the same strings', async () => {
    expect(JSON.parse(await renderTask('json', hostile, display)).runId).toBe(hostile.runId);
    const yaml = await renderTask('yaml', hostile, display);
    expect(yaml).not.toContain('\u009b');
    expect(parseYaml(yaml).status).toBe(hostile.status);
  });
});
