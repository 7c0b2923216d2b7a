import type { FunctionTask, FunctionTasksClient } from '@fntasks/core';
import { useEffect, useState } from 'preact/hooks';
import { describeError, type ErrorView, loadAllTasks, type TaskQuery } from '../api';

/** The tasks of a view as they load. */
export type TaskData =
  | { phase: 'idle' }
  | { phase: 'loading'; partial: FunctionTask[]; total: number; drift: number }
  | { phase: 'error'; error: ErrorView }
  | {
      phase: 'ready';
      tasks: FunctionTask[];
      total: number;
      /** Tasks added (or removed) while the load paged, as core reported it. */
      drift: number;
      requestId: string | null;
      fetchedAt: number;
    };

/** How often partial results reach the screen while loading (keeps scrolling smooth). */
const SHOW_EVERY_MS = 250;

/**
 * Loads every task of `query` (null: nothing to load) whenever `queryKey` changes; the first page is shown at
 * once, the rest at most every 250 ms. `setData` lets auto-refresh replace the result.
 */
export function useTaskLoader(client: FunctionTasksClient, query: TaskQuery | null, queryKey: string) {
  const [data, setData] = useState<TaskData>({ phase: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: queryKey names the query (a new object each render) and the reload token
  useEffect(() => {
    if (!query) {
      setData({ phase: 'idle' });
      return;
    }
    const controller = new AbortController();
    setData({ phase: 'loading', partial: [], total: 0, drift: 0 });
    let shownAt = 0;
    let pending: number | undefined;
    loadAllTasks(client, query, {
      signal: controller.signal,
      onProgress: ({ loaded, totalCount, totalDrift }) => {
        const show = () => {
          shownAt = performance.now();
          pending = undefined;
          if (!controller.signal.aborted)
            setData({ phase: 'loading', partial: loaded, total: totalCount, drift: totalDrift });
        };
        clearTimeout(pending);
        if (shownAt === 0 || performance.now() - shownAt > SHOW_EVERY_MS) show();
        else pending = window.setTimeout(show, SHOW_EVERY_MS);
      },
    })
      .then((result) => {
        clearTimeout(pending);
        if (controller.signal.aborted) return;
        setData({
          phase: 'ready',
          tasks: result.tasks,
          total: result.totalCount,
          drift: result.totalDrift,
          requestId: result.requestId,
          fetchedAt: Date.now(),
        });
      })
      .catch((error: unknown) => {
        clearTimeout(pending);
        if (controller.signal.aborted) return;
        setData({ phase: 'error', error: describeError(error) });
      });
    return () => {
      clearTimeout(pending);
      controller.abort();
    };
  }, [client, queryKey]);
  return [data, setData] as const;
}
