import type { FunctionTask } from '@fntasks/core';
import { useMemo } from 'preact/hooks';
import { formatDiff, formatDuration, formatTime, formatValue, type TimeZoneChoice } from '../format';
import { compareRuns, defaultComparison, generationPoints, runFacts } from '../trends';
import { StatusBadge } from './StatusBadge';

/**
 * Two generations side by side: every metric with its difference (and relative change), coloured by the metric's
 * direction (never for a count), the duration, the errors. Default: the newest successful run against the one
 * before.
 */
export function ComparePanel({
  tasks,
  metrics,
  a,
  b,
  onPick,
  now,
  zone,
}: {
  tasks: readonly FunctionTask[];
  metrics: readonly string[];
  a: string;
  b: string;
  onPick: (patch: { a?: string; b?: string }) => void;
  now: number;
  zone: TimeZoneChoice;
}) {
  const points = useMemo(() => generationPoints(tasks, ''), [tasks]);
  const fallback = useMemo(() => defaultComparison(points), [points]);
  const genA = a || fallback.a;
  const genB = b || fallback.b;
  const runA = points.find((p) => String(p.generation) === genA)?.task;
  const runB = points.find((p) => String(p.generation) === genB)?.task;
  const picker = (id: 'a' | 'b', value: string) => (
    <div class="field inline">
      <label for={`compare-${id}`}>Generation {id.toUpperCase()}</label>
      <select id={`compare-${id}`} value={value} onChange={(e) => onPick({ [id]: e.currentTarget.value })}>
        {points
          .slice()
          .reverse()
          .map((p) => (
            <option key={p.generation} value={String(p.generation)}>
              {p.generation}
              {p.failed ? ' (failed)' : ''}
            </option>
          ))}
      </select>
    </div>
  );
  if (points.length === 0) return <p class="muted">No generations to compare.</p>;
  const factsA = runA ? runFacts(runA, now) : null;
  const factsB = runB ? runFacts(runB, now) : null;
  const rows = runA && runB ? compareRuns(runA, runB, metrics) : [];
  return (
    <section class="compare" aria-labelledby="compare-title" data-testid="compare">
      <h3 id="compare-title">Compare two generations</h3>
      <div class="compare-pickers">
        {picker('a', genA)}
        {picker('b', genB)}
      </div>
      {runA && runB && factsA && factsB && (
        <div class="compare-scroll">
          <table class="compare-table">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">A · gen. {genA}</th>
                <th scope="col">B · gen. {genB}</th>
                <th scope="col">B − A</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Status</th>
                <td>
                  <StatusBadge status={runA.status} />
                </td>
                <td>
                  <StatusBadge status={runB.status} />
                </td>
                <td />
              </tr>
              <tr>
                <th scope="row">Started</th>
                <td>{formatTime(runA.startTime, zone)}</td>
                <td>{formatTime(runB.startTime, zone)}</td>
                <td />
              </tr>
              <tr>
                <th scope="row">Duration</th>
                <td>{formatDuration(factsA.durationMs)}</td>
                <td>{formatDuration(factsB.durationMs)}</td>
                <td>
                  {factsA.durationMs !== null && factsB.durationMs !== null && (
                    <>
                      {factsB.durationMs >= factsA.durationMs ? '+' : '−'}
                      {formatDuration(Math.abs(factsB.durationMs - factsA.durationMs))}
                    </>
                  )}
                </td>
              </tr>
              {rows.map((r) => (
                <tr key={r.name} data-metric={r.name}>
                  <th scope="row">{r.name}</th>
                  <td>{formatValue(r.a)}</td>
                  <td>{formatValue(r.b)}</td>
                  <td class={r.quality === 'neutral' ? '' : `diff-${r.quality}`} data-quality={r.quality}>
                    {formatDiff(r.diff)}
                    {r.relative !== null && r.diff !== 0 && (
                      <span class="diff-relative">
                        {' '}
                        ({r.relative > 0 ? '+' : '−'}
                        {Math.abs(r.relative * 100).toFixed(1)}%)
                      </span>
                    )}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">Errors</th>
                <td>{factsA.errors.length ? <ErrorList errors={factsA.errors} /> : '—'}</td>
                <td>{factsB.errors.length ? <ErrorList errors={factsB.errors} /> : '—'}</td>
                <td />
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ErrorList({ errors }: { errors: string[] }) {
  return (
    <ul class="errors-list">
      {errors.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: errors can repeat; their position is their identity
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}
