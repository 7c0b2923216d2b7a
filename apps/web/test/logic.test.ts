import { type FunctionTask, taskErrorMessages } from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { clipText, flattenInfo, MAX_SHOWN_DEPTH, MAX_SHOWN_ROWS, previewJson } from '../src/bounded-view.js';
import { formatDuration, formatTime, formatValue } from '../src/format.js';
import { checkRequirements, versionStanding } from '../src/setup.js';
import { dedupe, mergeRefreshed, metricNames, metricSeries } from '../src/tasks.js';
import { compareRuns, defaultComparison, generationPoints } from '../src/trends.js';
import { parseViewState, serializeViewState, timeFilter } from '../src/url-state.js';

const task = (over: Partial<FunctionTask>): FunctionTask => ({
  functionName: 'ctr',
  runId: 'r',
  generation: '1',
  status: 'success',
  progress: 100,
  startTime: 1_000,
  endTime: 2_000,
  extendInfo: null,
  extendInfoRaw: null,
  warnings: [],
  ...over,
});

/** extendInfo as the wire may bring it, whatever core's type promises (errors that are not strings). */
const wire = (value: object) => value as FunctionTask['extendInfo'];

describe('formatting', () => {
  it('formats durations, times and values', () => {
    expect(formatDuration(12_000)).toBe('12s');
    expect(formatDuration(185_000)).toBe('3m 05s');
    expect(formatDuration(3_720_000)).toBe('1h 02m');
    expect(formatTime(null)).toBe('—');
    expect(formatValue(0.123456)).toBe('0.1235');
    expect(formatValue('<b>x</b>')).toBe('<b>x</b>');
  });
});

describe('tasks', () => {
  it('finds numeric metrics, preferred first', () => {
    const tasks = [task({ extendInfo: { zeta: 1, auc: 0.9, recall: 91, errors: [] } })];
    expect(metricNames(tasks)).toEqual(['recall', 'auc', 'zeta']);
  });
  it('builds one point per generation from the newest task', () => {
    const tasks = [
      task({ generation: '2', startTime: 5, extendInfo: { recall: 1 } }),
      task({ generation: '2', startTime: 9, extendInfo: { recall: 2 } }),
      task({ generation: '1', extendInfo: { recall: 3 } }),
      task({ generation: null, extendInfo: { recall: 4 } }),
    ];
    expect(metricSeries(tasks, 'recall')).toEqual({ x: [1, 2], y: [3, 2] });
  });
  it('flattens extendInfo and reads errors as text', () => {
    expect(flattenInfo({ a: 1, b: { c: 'x' }, errors: ['e1'], empty: [] })).toEqual([
      ['a', 1],
      ['b.c', 'x'],
      ['errors[0]', 'e1'],
      ['empty', '[]'],
    ]);
    expect(taskErrorMessages(task({ extendInfo: wire({ errors: ['x', { code: 1 }] }) }))).toEqual([
      'x',
      '{"code":1}',
    ]);
  });
  it('copes with a 100,000-level extendInfo and a very wide one (bounded rows and text, no RangeError)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const rows = flattenInfo(deep);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe(Array(MAX_SHOWN_DEPTH).fill('a').join('.'));
    expect(String(rows[0]?.[1])).toContain('deeper than');
    const text = previewJson(deep);
    expect(text.startsWith('{"a":{"a":')).toBe(true);
    expect(text).toContain('{…}');
    expect(formatValue(deep)).toBe(text);
    // Core's reading of an error entry is bounded too (core's own preview, shorter than the panel's).
    const error = taskErrorMessages(task({ extendInfo: wire({ errors: [deep] }) }))[0] ?? '';
    expect(error.startsWith('{"a":{"a":')).toBe(true);
    expect(error.length).toBeLessThanOrEqual(2001);
    const wide = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    const wideRows = flattenInfo(wide);
    expect(wideRows).toHaveLength(MAX_SHOWN_ROWS + 1);
    expect(wideRows[0]).toEqual(['k0', 0]);
    expect(previewJson(wide).length).toBeLessThanOrEqual(2001);
  });
  it('merges a refreshed head: fresh wins in its range, older tasks kept', () => {
    const current = [
      task({ runId: 'c', startTime: 30, status: 'running' }),
      task({ runId: 'b', startTime: 20 }),
      task({ runId: 'a', startTime: 10 }),
    ];
    const fresh = [
      task({ runId: 'd', startTime: 40 }),
      task({ runId: 'c', startTime: 30, status: 'success' }),
    ];
    expect(mergeRefreshed(current, fresh, false).map((t) => `${t.runId}:${t.status}`)).toEqual([
      'd:success',
      'c:success',
      'b:success',
      'a:success',
    ]);
    expect(mergeRefreshed(current, fresh.slice(0, 1), true).map((t) => t.runId)).toEqual(['d']);
    expect(dedupe([...fresh, ...fresh]).length).toBe(2);
  });
});

describe('URL state', () => {
  it('round-trips and ignores junk', () => {
    const s = parseViewState(
      '?app=a&fn=f&inst=i&status=failed&range=custom&from=2026-01-01T00:00&metric=auc&refresh=500',
    );
    expect(s).toMatchObject({
      app: 'a',
      fn: 'f',
      inst: 'i',
      status: 'failed',
      range: 'custom',
      metric: 'auc',
      refreshMs: 500,
    });
    expect(parseViewState(serializeViewState(s))).toEqual(s);
    expect(parseViewState('?status=bogus&range=x&refresh=1')).toMatchObject({
      status: '',
      range: 'all',
      refreshMs: 3000,
    });
  });
  it('turns ranges into startTime/endTime', () => {
    const base = parseViewState('');
    expect(timeFilter({ ...base, range: '1h' }, 10_000_000)).toEqual({ startTime: 10_000_000 - 3_600_000 });
    expect(timeFilter(base, 1)).toEqual({});
  });
});

describe('comparison', () => {
  it('defaults to the newest successful generation against the successful one before, never a running one', () => {
    const tasks = [
      task({ generation: '1', startTime: 1 }),
      task({ generation: '2', startTime: 2 }),
      task({ generation: '3', startTime: 3, status: 'failed' }),
      task({ generation: '4', startTime: 4, status: 'running', endTime: null }),
    ];
    expect(defaultComparison(generationPoints(tasks, ''))).toEqual({ a: '1', b: '2' });
    expect(defaultComparison(generationPoints(tasks.slice(2), ''))).toEqual({ a: '3', b: '4' });
    expect(defaultComparison([])).toEqual({ a: '', b: '' });
  });

  it("colours by the metric's direction, gives the relative change, and leaves counts neutral", () => {
    const a = task({ extendInfo: { auc: 0.8, logloss: 0.4, sampleCount: 100 } });
    const b = task({ extendInfo: { auc: 0.84, logloss: 0.5, sampleCount: 50 } });
    const rows = compareRuns(a, b, ['auc', 'logloss', 'sampleCount', 'missing']);
    expect(rows.map((r) => [r.name, r.quality])).toEqual([
      ['auc', 'better'],
      ['logloss', 'worse'],
      ['sampleCount', 'neutral'],
      ['missing', 'neutral'],
    ]);
    expect(rows[0]?.relative).toBeCloseTo(0.05, 10);
    expect(rows[2]?.relative).toBe(-0.5);
    expect(rows[3]?.relative).toBeNull();
  });
});

describe('setup', () => {
  it("checks an instance's parameters against its version's: missing required ones, undeclared ones", () => {
    const check = checkRequirements(
      [
        { name: 'algorithm', required: true },
        { name: 'label', required: true },
        { name: 'sampleDays', required: false },
      ],
      [
        { name: 'algorithm', value: 'deepfm' },
        { name: 'featureGenerator', value: 'ctr_features' },
        { name: 'algorithm', value: 'ignored: the first value counts' },
      ],
    );
    expect(check.rows).toEqual([
      { name: 'algorithm', required: true, value: 'deepfm' },
      { name: 'label', required: true, value: null },
      { name: 'sampleDays', required: false, value: null },
    ]);
    expect(check.missing).toEqual(['label']);
    expect(check.undeclared).toEqual(['featureGenerator']);
  });

  it('says whether the instance runs the current version', () => {
    expect(versionStanding(101, 101)).toBe('current');
    expect(versionStanding(100, 101)).toBe('other');
    expect(versionStanding(null, 101)).toBe('none');
    expect(versionStanding(101, null)).toBe('unknown');
  });

  it('clips long raw text and says how much is left out', () => {
    expect(clipText('abc', 5)).toBe('abc');
    expect(clipText('x'.repeat(25_000))).toBe(`${'x'.repeat(20_000)}\n… 5,000 more characters`);
  });
});
