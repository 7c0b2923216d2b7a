import type { FunctionTasksClient } from '@fntasks/core';
import { useEffect, useState } from 'preact/hooks';
import { describeError, type ErrorView, refreshTasks, type TaskQuery } from '../api';
import type { TaskData } from './useTaskLoader';

/**
 * While `enabled` (a task in view is running, not paused), re-reads what can have changed every
 * `intervalMs` and replaces the data; a failed refresh keeps the rows and is reported separately.
 */
export function useAutoRefresh(
  client: FunctionTasksClient,
  query: TaskQuery | null,
  data: TaskData,
  setData: (update: TaskData | ((d: TaskData) => TaskData)) => void,
  enabled: boolean,
  intervalMs: number,
) {
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const current = data.phase === 'ready' ? data : null;
  useEffect(() => {
    if (!enabled || !current || !query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setRefreshing(true);
      refreshTasks(client, query, current.tasks, controller.signal)
        .then((result) => {
          if (controller.signal.aborted) return;
          setError(null);
          setData({
            ...current,
            tasks: result.tasks,
            total: result.totalCount,
            requestId: result.requestId,
            fetchedAt: Date.now(),
          });
        })
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          setError(describeError(e));
          setData((d) => (d.phase === 'ready' ? { ...d, fetchedAt: Date.now() } : d));
        })
        .finally(() => setRefreshing(false));
    }, intervalMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, query, current, enabled, intervalMs, setData]);
  // A new view starts without the previous view's refresh error.
  useEffect(() => {
    if (data.phase === 'loading') setError(null);
  }, [data.phase]);
  return { refreshing, error };
}
