/**
 * Instance discovery: which instances exist, with the facts the views show (model type, status, cron,
 * default marker). Through core's `iterateFunctionInstances` and `getFunctionDefaultInstance` against the
 * dashboard server (which forwards them like every API call, to the real service or the emulator alike), for
 * each app group the server or the URL names and each documented function, all at once.
 */
import { FunctionTasksApiError, type FunctionTasksClient } from '@fntasks/core';
import { FUNCTION_NAMES } from '@fntasks/protocol';

/** One instance as the overview and the instance view show it. */
export interface InstanceInfo {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  modelType: string | null;
  /** `available` / `unavailable`, as the service says. */
  status: string | null;
  /** The training schedule; '' when it trains only on demand. */
  cron: string;
  /** True for the function's default instance. */
  isDefault: boolean;
  description: string;
}

/** Names that identify an instance. */
export type InstanceNames = Pick<InstanceInfo, 'appGroupIdentity' | 'functionName' | 'instanceName'>;

/** A stable key for an instance. */
export function instanceKey(i: InstanceNames): string {
  return JSON.stringify([i.appGroupIdentity, i.functionName, i.instanceName]);
}

/** The result of discovery: the instances, and what could not be listed (shown, not fatal). */
export interface Discovery {
  instances: InstanceInfo[];
  problems: string[];
}

/** Codes that mean "nothing here" rather than a failure (a function the app group does not use). */
const NOTHING_HERE = /NotExist|NotFound|Forbidden\.NotEnabled/;

/** Lists one function's instances (every page) and marks its default instance. */
async function listFunction(
  client: FunctionTasksClient,
  appGroupIdentity: string,
  functionName: string,
  signal: AbortSignal,
): Promise<InstanceInfo[]> {
  const found: InstanceInfo[] = [];
  for await (const i of client.iterateFunctionInstances(
    { appGroupIdentity, functionName, pageSize: 100 },
    { signal },
  )) {
    found.push({
      appGroupIdentity,
      functionName,
      instanceName: i.instanceName,
      modelType: i.modelType,
      status: i.status,
      cron: i.cron,
      description: i.description,
      isDefault: false,
    });
  }
  if (found.length > 0) {
    const name = await client
      .getFunctionDefaultInstance({ appGroupIdentity, functionName }, { signal })
      .then((d) => d.instanceName)
      .catch(() => null);
    for (const i of found) i.isDefault = i.instanceName === name;
  }
  return found;
}

/** Discovers the instances of the given app groups: every documented function of each, concurrently. */
export async function discoverInstances(
  client: FunctionTasksClient,
  appGroups: readonly string[],
  signal: AbortSignal,
): Promise<Discovery> {
  const problems: string[] = [];
  const jobs = appGroups.flatMap((app) =>
    FUNCTION_NAMES.map((fn) =>
      listFunction(client, app, fn, signal).catch((error: unknown) => {
        if (!(error instanceof FunctionTasksApiError && NOTHING_HERE.test(error.code)))
          problems.push(`${app} / ${fn}: ${error instanceof Error ? error.message : String(error)}`);
        return [] as InstanceInfo[];
      }),
    ),
  );
  const instances = (await Promise.all(jobs)).flat();
  return { instances, problems: [...new Set(problems)] };
}
