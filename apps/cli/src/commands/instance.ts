/**
 * `fntasks instance APP FN INST`: one instance in full (GetFunctionInstance), whether it is the function's
 * default (GetFunctionDefaultInstance) and its newest run (one `pageSize=1` ListFunctionTasks), fetched at once.
 */
import { FunctionTasksApiError, type FunctionTasksClient } from '@fntasks/core';
import type { OutputFormat } from '../args.js';
import { toCliError } from '../core-errors.js';
import type { GlobalOptions, Io } from '../io.js';
import { type InstanceWithLastRun, lastRunOf } from './instances.js';
import {
  type CommandDeps,
  clientFor,
  contextOf,
  displayFor,
  type InstanceArgs,
  outputFormat,
} from './shared.js';
import { resolveTarget } from './target.js';

/** Options of `instance`. */
export interface InstanceOptions extends GlobalOptions, InstanceArgs {
  readonly output?: OutputFormat;
}

/** An instance with its last run and whether it is its function's default instance. */
export interface InstanceDetails extends InstanceWithLastRun {
  readonly isDefault: boolean;
}

/** Reads the instance, the default instance's name and the newest run concurrently. */
export async function readInstance(
  client: FunctionTasksClient,
  options: InstanceArgs,
  io: Io,
): Promise<InstanceDetails> {
  const call = io.signal ? { signal: io.signal } : undefined;
  const names = { appGroupIdentity: options.appGroup, functionName: options.functionName };
  const [found, defaultName, lastRun] = await Promise.all([
    client.getFunctionInstance({ ...names, instanceName: options.instance, output: 'detail' }, call),
    client.getFunctionDefaultInstance(names, call).then(
      (result) => result.instanceName,
      (error: unknown) => {
        if (error instanceof FunctionTasksApiError && error.code === 'DefaultInstance.NotExist') return null;
        throw error;
      },
    ),
    lastRunOf(
      client,
      options.appGroup,
      { functionName: options.functionName, instanceName: options.instance },
      call,
    ),
  ]);
  return { ...found.instance, isDefault: defaultName === found.instance.instanceName, lastRun };
}

/** Prints one instance. */
export async function showInstance(options: InstanceOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const format = outputFormat(options.output, io.stdout, 'table', 'json');
  const client = await clientFor(options, io, deps);
  let details: InstanceDetails;
  try {
    details = await readInstance(client, await resolveTarget(client, options, io), io);
  } catch (error) {
    throw toCliError(error, contextOf(options));
  }
  const { renderInstance } = await import('../format/instance-detail.js');
  io.stdout.write(await renderInstance(format, details, displayFor(options, io, io.stdout)));
}
