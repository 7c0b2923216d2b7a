/**
 * `@default` in place of an instance name: every command that takes `APP FN INST` resolves it here, once, through
 * GetFunctionDefaultInstance, before anything else is sent. A real instance named `default` is an ordinary name,
 * and no real instance can be named `@default` (instance names are letters, digits and `_`). CLI syntax, not
 * product logic: the dashboard addresses instances by URL and shows the default marker itself.
 */
import { FunctionTasksApiError, type FunctionTasksClient } from '@fntasks/core';
import { fntasksCommand } from '../command-line.js';
import { toCliError } from '../core-errors.js';
import { CliError, ExitCode } from '../errors.js';
import type { GlobalOptions, Io } from '../io.js';
import { contextOf, type InstanceArgs } from './shared.js';

/** The instance argument that names the function's default instance. */
export const DEFAULT_INSTANCE_TARGET = '@default';

/**
 * The target with `@default` replaced by the function's default instance; any other name unchanged (no request).
 * No default set is exit 4 (an API answer, like `Instance.NotExist`), with the command that lists the instances.
 */
export async function resolveTarget<T extends InstanceArgs & GlobalOptions>(
  client: FunctionTasksClient,
  target: T,
  io: Io,
): Promise<T> {
  if (target.instance !== DEFAULT_INSTANCE_TARGET) return target;
  try {
    const { instanceName } = await client.getFunctionDefaultInstance(
      { appGroupIdentity: target.appGroup, functionName: target.functionName },
      io.signal ? { signal: io.signal } : undefined,
    );
    return { ...target, instance: instanceName };
  } catch (error) {
    if (error instanceof FunctionTasksApiError && error.code === 'DefaultInstance.NotExist') {
      throw new CliError(
        `${target.appGroup}/${target.functionName} has no default instance, so ${DEFAULT_INSTANCE_TARGET} names none (API error DefaultInstance.NotExist, requestId ${error.requestId || 'none'}).`,
        ExitCode.Api,
        {
          hint: `Name the instance instead; list them: ${fntasksCommand(['instances', target.appGroup, target.functionName], target)}`,
          cause: error,
        },
      );
    }
    throw toCliError(error, contextOf(target));
  }
}
