import type { FunctionTask, FunctionTasksClient } from '@fntasks/core';
import { useEffect, useState } from 'preact/hooks';
import { describeError, type ErrorView } from '../api';
import { type InstanceInfo, instanceKey } from '../instances';
import { OVERVIEW_PAGE_SIZE } from '../overview';

/** One instance's newest runs (one page), or why they could not be read. */
export type InstanceRuns = { tasks: FunctionTask[]; totalCount: number } | { error: ErrorView };

/** The newest page of runs of every instance, all fetched at once; entries appear as they arrive. */
export function useOverviewRuns(client: FunctionTasksClient, instances: readonly InstanceInfo[] | null) {
  const [runs, setRuns] = useState<ReadonlyMap<string, InstanceRuns>>(new Map());
  const [fetchedAt, setFetchedAt] = useState(() => Date.now());
  useEffect(() => {
    if (!instances) return;
    const controller = new AbortController();
    setRuns(new Map());
    setFetchedAt(Date.now());
    for (const i of instances) {
      const { appGroupIdentity, functionName, instanceName } = i;
      client
        .listFunctionTasks(
          { appGroupIdentity, functionName, instanceName, pageNumber: 1, pageSize: OVERVIEW_PAGE_SIZE },
          { signal: controller.signal },
        )
        .then(
          (page): InstanceRuns => ({ tasks: page.tasks, totalCount: page.totalCount }),
          (error: unknown): InstanceRuns => ({ error: describeError(error) }),
        )
        .then((entry) => {
          if (!controller.signal.aborted) setRuns((prev) => new Map(prev).set(instanceKey(i), entry));
        });
    }
    return () => controller.abort();
  }, [client, instances]);
  return { runs, fetchedAt };
}
