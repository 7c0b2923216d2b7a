/**
 * Instance discovery as the views hold it: core's `discoverInstances` stream (through the dashboard server, which
 * forwards it like every API call) folded into one state: the instances found so far (default marker included),
 * each one's newest runs as they arrive, what could not be listed, and whether discovery has ended.
 */
import type { DiscoveryEvent, FunctionInstance, FunctionTask } from '@fntasks/core';
import { describeError, type ErrorView } from './api.js';

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

/** One instance's newest runs (one page), or why they could not be read. */
export type InstanceRuns = { tasks: readonly FunctionTask[]; totalCount: number } | { error: ErrorView };

/** Discovery so far: the instances in the order found, their runs, what could not be listed (shown, not fatal). */
export interface Discovery {
  instances: InstanceInfo[];
  runs: ReadonlyMap<string, InstanceRuns>;
  problems: string[];
  /** Every listing and every runs read has ended. */
  done: boolean;
}

/** What the views show of a core instance (its default marker is not part of it: false until known). */
export function toInstanceInfo(i: FunctionInstance, appGroupIdentity: string): InstanceInfo {
  return {
    appGroupIdentity,
    functionName: i.functionName,
    instanceName: i.instanceName,
    modelType: i.modelType,
    status: i.status,
    cron: i.cron,
    description: i.description,
    isDefault: false,
  };
}

/** Discovery before anything is known. */
export const EMPTY_DISCOVERY: Discovery = { instances: [], runs: new Map(), problems: [], done: false };

/** The state after one event of core's stream (a new object when anything changed). */
export function applyDiscoveryEvent(state: Discovery, event: DiscoveryEvent): Discovery {
  switch (event.kind) {
    case 'instance': {
      const info = toInstanceInfo(event.instance, event.instance.appGroupIdentity);
      return { ...state, instances: [...state.instances, info] };
    }
    case 'default': {
      const instances = state.instances.map((i) =>
        i.appGroupIdentity === event.appGroupIdentity && i.functionName === event.functionName
          ? { ...i, isDefault: i.instanceName === event.instanceName }
          : i,
      );
      return { ...state, instances };
    }
    case 'runs': {
      const runs = new Map(state.runs).set(instanceKey(event.instance), {
        tasks: event.tasks,
        totalCount: event.totalCount,
      });
      return { ...state, runs };
    }
    case 'problem': {
      if (event.instanceName !== undefined) {
        const runs = new Map(state.runs).set(instanceKey(event as InstanceNames), {
          error: describeError(event.error),
        });
        return { ...state, runs };
      }
      const text = `${event.appGroupIdentity} / ${event.functionName}: ${event.error instanceof Error ? event.error.message : String(event.error)}`;
      return state.problems.includes(text) ? state : { ...state, problems: [...state.problems, text] };
    }
  }
}
