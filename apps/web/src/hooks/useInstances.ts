import type { FunctionTasksClient } from '@fntasks/core';
import { useEffect, useState } from 'preact/hooks';
import { type Discovery, discoverInstances, instanceKey } from '../instances';
import type { Session } from './useSession';

/**
 * The discovered instances (null while discovering) of the session's app groups and those the URL adds;
 * instances configured on the server by name are added when discovery did not find them.
 */
export function useInstances(
  client: FunctionTasksClient,
  session: Session,
  ready: boolean,
  extraGroups: readonly string[],
): Discovery | null {
  const [found, setFound] = useState<Discovery | null>(null);
  const groups = [...new Set([...session.appGroups, ...extraGroups])].join('\n');
  const configured = session.instances;
  useEffect(() => {
    if (!ready) return;
    const controller = new AbortController();
    discoverInstances(client, groups ? groups.split('\n') : [], controller.signal)
      .then((d) => {
        if (controller.signal.aborted) return;
        const known = new Set(d.instances.map(instanceKey));
        const named = configured
          .filter((i) => !known.has(instanceKey(i)))
          .map((i) => ({ ...i, modelType: null, status: null, cron: '', isDefault: false, description: '' }));
        setFound({ instances: [...d.instances, ...named], problems: d.problems });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setFound({ instances: [], problems: [error instanceof Error ? error.message : String(error)] });
      });
    return () => controller.abort();
  }, [client, groups, ready, configured]);
  return found;
}
