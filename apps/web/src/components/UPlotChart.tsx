import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';

/** Theme colours read from the page's CSS variables, so charts follow light and dark. */
export interface ChartColors {
  accent: string;
  muted: string;
  grid: string;
  bad: string;
  ok: string;
  fg: string;
}

function readColors(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    accent: v('--accent', '#1d5fd1'),
    muted: v('--fg-muted', '#666'),
    grid: v('--border', '#ddd'),
    bad: v('--bad', '#b42318'),
    ok: v('--ok', '#11703a'),
    fg: v('--fg', '#111'),
  };
}

/** An axis in the theme's colours. */
export function axis(label: string, c: ChartColors): uPlot.Axis {
  return { label, stroke: c.muted, grid: { stroke: c.grid }, ticks: { stroke: c.grid } };
}

/** Builds a chart's options for the box's width, the theme colours and uPlot itself (for its path builders). */
export type BuildOptions = (width: number, colors: ChartColors, lib: typeof uPlot) => uPlot.Options;

/**
 * One uPlot chart. uPlot is loaded on demand (its own chunk), so the table never waits for the chart
 * library; `plotRef` gives the parent the plot (to zoom or reset).
 */
export function UPlotChart({
  build,
  data,
  height,
  label,
  plotRef,
  testId,
}: {
  build: BuildOptions;
  data: uPlot.AlignedData;
  height: number;
  label: string;
  plotRef?: { current: uPlot | null };
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let plot: uPlot | null = null;
    let cancelled = false;
    const observer = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth, height }));
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')])
      .then(([{ default: UPlot }]) => {
        if (cancelled) return;
        plot = new UPlot({ ...build(el.clientWidth, readColors(), UPlot), height }, data, el);
        if (plotRef) plotRef.current = plot;
        observer.observe(el);
      })
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
      observer.disconnect();
      plot?.destroy();
      if (plotRef) plotRef.current = null;
    };
  }, [build, data, height, plotRef]);
  return (
    <>
      <div
        ref={box}
        class="chart-box"
        style={{ minHeight: `${height}px` }}
        role="img"
        aria-label={label}
        data-testid={testId}
      />
      {failed && <p class="muted">The chart could not be drawn: {failed}</p>}
    </>
  );
}
