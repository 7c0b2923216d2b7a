import type { FunctionTask, FunctionTasksClient } from '@fntasks/core';
import { useEffect, useState } from 'preact/hooks';
import { lastRun } from '../overview';

/**
 * The instance's last run whatever the filters: from the loaded tasks when the view is unfiltered, else one
 * unfiltered `pageSize=1` read (a filtered view's newest run is not the last run). `undefined` while unknown,
 * `null` when the instance never ran.
 */
export function useLastRun(
  client: FunctionTasksClient,
  names: { appGroupIdentity: string; functionName: string; instanceName: string },
  loaded: readonly FunctionTask[],
  unfiltered: boolean,
  ready: boolean,
  reloadToken: number,
): FunctionTask | null | undefined {
  const [fetched, setFetched] = useState<FunctionTask | null | undefined>(undefined);
  const { appGroupIdentity, functionName, instanceName } = names;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadToken re-reads on Reload and after Train now
  useEffect(() => {
    setFetched(undefined);
    if (unfiltered || !appGroupIdentity || !functionName || !instanceName) return;
    const controller = new AbortController();
    client
      .listFunctionTasks(
        { appGroupIdentity, functionName, instanceName, pageSize: 1 },
        { signal: controller.signal },
      )
      .then(
        (page) => !controller.signal.aborted && setFetched(page.tasks[0] ?? null),
        () => {}, // the header then shows no last run; the table's own request reports the error
      );
    return () => controller.abort();
  }, [client, appGroupIdentity, functionName, instanceName, unfiltered, reloadToken]);
  if (unfiltered) return ready || loaded.length > 0 ? lastRun(loaded) : undefined;
  return fetched;
}
