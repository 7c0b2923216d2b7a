/**
 * `fntasks instance APP FN INST`: one instance in full (GetFunctionInstance), whether it is the function's
 * default (GetFunctionDefaultInstance) and its newest run (one `pageSize=1` ListFunctionTasks), fetched at once.
 */
import {
  type FunctionInstance,
  type FunctionTask,
  type FunctionTasksClient,
  isNoDefaultInstance,
  isNotFound,
} from '@fntasks/core';
import type { OutputFormat } from '../args.js';
import { toCliError } from '../core-errors.js';
import type { InstanceDetails } from '../instance-rows.js';
import type { GlobalOptions, Io } from '../io.js';
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
        if (isNoDefaultInstance(error)) return null;
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

/** The newest run of an instance: one `pageSize=1` ListFunctionTasks; none when it has gone meanwhile. */
async function lastRunOf(
  client: FunctionTasksClient,
  appGroup: string,
  instance: Pick<FunctionInstance, 'functionName' | 'instanceName'>,
  call: { signal: AbortSignal } | undefined,
): Promise<FunctionTask | null> {
  try {
    const page = await client.listFunctionTasks(
      {
        appGroupIdentity: appGroup,
        functionName: instance.functionName,
        instanceName: instance.instanceName,
        pageSize: 1,
      },
      call,
    );
    return page.tasks[0] ?? null;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
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
