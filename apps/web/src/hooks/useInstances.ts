import { discoverInstances, type FunctionTasksClient } from '@fntasks/core';
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '../api';
import {
  applyDiscoveryEvent,
  type Discovery,
  EMPTY_DISCOVERY,
  type InstanceInfo,
  type InstanceRuns,
  instanceKey,
} from '../instances';
import { OVERVIEW_PAGE_SIZE } from '../overview';
import type { Session } from './useSession';

/** Calls discovery keeps in flight: browsers open six connections per origin; one is left for the rest. */
const DISCOVERY_CONCURRENCY = 5;

/** Discovery limited to one function of one app group (an instance page before the overview is shown). */
export interface DiscoveryScope {
  appGroup: string;
  functionName: string;
}

/**
 * The instances of the session's app groups and those the URL adds (with neither, of the account's app groups), as core's discovery stream finds them (state
 * updates once per macrotask, not per event), each with its newest page of runs, the first instances' before the
 * rest of discovery; with a `scope`, only that function's instances and no runs. Instances configured on the
 * server by name are added at the end when discovery did not find them.
 */
export function useInstances(
  client: FunctionTasksClient,
  session: Session,
  ready: boolean,
  extraGroups: readonly string[],
  scope: DiscoveryScope | null,
): Discovery | null {
  const [found, setFound] = useState<Discovery | null>(null);
  const groups = [...new Set([...session.appGroups, ...extraGroups])].join('\n');
  const configured = session.instances;
  const scopeApp = scope?.appGroup ?? null;
  const scopeFn = scope?.functionName ?? null;
  useEffect(() => {
    const withRuns = scopeApp === null;
    if (!ready) return;
    const controller = new AbortController();
    const signal = controller.signal;
    let state = EMPTY_DISCOVERY;
    let scheduled = false;
    // Many events arrive together (a page of instances): one render for them.
    const publish = () => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        if (!signal.aborted) setFound(state);
      }, 0);
    };
    (async () => {
      const appGroups =
        scopeApp !== null ? [scopeApp] : groups ? groups.split('\n') : await accountAppGroups(client, signal);
      for await (const event of discoverInstances(client, {
        appGroups,
        ...(scopeFn !== null ? { functionNames: [scopeFn] } : {}),
        runsPageSize: withRuns ? OVERVIEW_PAGE_SIZE : 0,
        concurrency: DISCOVERY_CONCURRENCY,
        signal,
      })) {
        state = applyDiscoveryEvent(state, event);
        publish();
      }
      const known = new Set(state.instances.map(instanceKey));
      const named: InstanceInfo[] = configured
        .filter((i) => !known.has(instanceKey(i)))
        .map((i) => ({ ...i, modelType: null, status: null, cron: '', isDefault: false, description: '' }));
      const runs = new Map(state.runs);
      if (withRuns) {
        await Promise.all(named.map(async (i) => runs.set(instanceKey(i), await runsOf(client, i, signal))));
      }
      state = { ...state, instances: [...state.instances, ...named], runs, done: true };
      if (!signal.aborted) setFound(state);
    })().catch((error: unknown) => {
      if (!signal.aborted)
        setFound({
          ...EMPTY_DISCOVERY,
          problems: [error instanceof Error ? error.message : String(error)],
          done: true,
        });
    });
    return () => controller.abort();
  }, [client, groups, ready, configured, scopeApp, scopeFn]);
  return found;
}

/** No app group named (none configured, none in the URL): the account's, through ListAppGroups. */
async function accountAppGroups(client: FunctionTasksClient, signal: AbortSignal): Promise<string[]> {
  const names: string[] = [];
  for await (const group of client.iterateAppGroups({}, { signal })) names.push(group.name);
  return names;
}

/** The newest page of runs of an instance discovery did not list (one configured by name). */
async function runsOf(
  client: FunctionTasksClient,
  i: InstanceInfo,
  signal: AbortSignal,
): Promise<InstanceRuns> {
  const { appGroupIdentity, functionName, instanceName } = i;
  return client
    .listFunctionTasks(
      { appGroupIdentity, functionName, instanceName, pageNumber: 1, pageSize: OVERVIEW_PAGE_SIZE },
      { signal },
    )
    .then(
      (page): InstanceRuns => ({ tasks: page.tasks, totalCount: page.totalCount }),
      (error: unknown): InstanceRuns => ({ error: describeError(error) }),
    );
}
