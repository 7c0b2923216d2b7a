/**
 * `fntasks instance create|update|delete APP FN INST`: CreateFunctionInstance, UpdateFunctionInstance and
 * DeleteFunctionInstance through write.ts (`--yes` off a terminal, `--dry-run`, confirmation, exit 8 for an
 * unknown outcome). The body comes from `--file` and the options (body-file.ts); core checks every value, the
 * cron with the emulator's own rule, before anything is sent.
 */

import type { OperationParams } from '@fntasks/core/raw';
import { inert } from '@fntasks/output';
import { OPERATION_ID } from '@fntasks/protocol';
import { gatherBody } from '../body-file.js';
import { UsageError } from '../errors.js';
import type { GlobalOptions, Io } from '../io.js';
import { carryOut, checkAnswerable, type WriteFlags } from '../write.js';
import { INSTANCE_CREATE_FIELDS, INSTANCE_UPDATE_FIELDS } from '../write-fields.js';
import {
  type CommandDeps,
  clientFor,
  contextOf,
  type InstanceArgs,
  instanceLabel,
  instanceParams,
} from './shared.js';
import { resolveTarget } from './target.js';

/** Each field's option, and the positional arguments, as messages name them. */
const FLAGS: Readonly<Record<string, string>> = {
  appGroupIdentity: 'the app group (first argument)',
  functionName: 'the function (second argument)',
  instanceName: 'instance name (the third argument)',
  modelType: '--model-type',
  functionType: '--function-type',
  description: '--description',
  cron: '--cron',
  createParameters: '--create-param',
  usageParameters: '--usage-param',
};

/** Options of `instance create` and `instance update`: the target, the write flags, and the body's sources. */
export interface InstanceWriteOptions extends GlobalOptions, InstanceArgs, WriteFlags {
  /** `--file`: the fields from a JSON or YAML file. */
  readonly file?: string | undefined;
  /** The fields the options gave (`undefined`: not given). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Options of `instance delete`. */
export interface InstanceDeleteOptions extends GlobalOptions, InstanceArgs, WriteFlags {}

/** What hints say after an unknown outcome, and where they point. */
function writeContext(target: GlobalOptions & InstanceArgs, effect: string) {
  return {
    ...contextOf(target),
    outcome: { effect, check: ['instance', 'show', target.appGroup, target.functionName, target.instance] },
  };
}

/** Creates an instance. */
export async function createInstance(
  options: InstanceWriteOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  checkAnswerable(options, io, 'instance create');
  const body = await gatherBody(options.file, INSTANCE_CREATE_FIELDS, options.fields, FLAGS);
  const client = await clientFor(options, io, deps);
  // Core checks every field at run time (names, enums, cron, types): the file's are not typed here.
  const params = {
    ...body.fields,
    ...instanceParams(options),
  } as OperationParams<typeof OPERATION_ID.CreateFunctionInstance>;
  const label = inert(instanceLabel(options));
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.CreateFunctionInstance,
      params,
      action: `Create instance ${instanceLabel(options)}`,
      context: writeContext(options, 'The instance may have been created'),
      userTerms: body.userTerms,
    },
    options,
    io,
  );
  if (done) io.stderr.write(`Created instance ${label} (requestId ${inert(done.requestId || 'none')}).\n`);
}

/** Changes the fields given of an instance. */
export async function updateInstance(
  options: InstanceWriteOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  if (options.file === undefined && Object.values(options.fields).every((v) => v === undefined)) {
    throw new UsageError('instance update needs something to change.', {
      hint: 'Give --cron, --description, --create-param, --usage-param or --file.',
    });
  }
  checkAnswerable(options, io, 'instance update');
  const body = await gatherBody(options.file, INSTANCE_UPDATE_FIELDS, options.fields, FLAGS);
  const client = await clientFor(options, io, deps);
  const target = await resolveTarget(client, options, io);
  const params = {
    ...body.fields,
    ...instanceParams(target),
  } as OperationParams<typeof OPERATION_ID.UpdateFunctionInstance>;
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.UpdateFunctionInstance,
      params,
      action: `Update instance ${instanceLabel(target)} (${Object.keys(body.fields).join(', ')})`,
      context: writeContext(target, 'The instance may have been updated'),
      userTerms: body.userTerms,
    },
    options,
    io,
  );
  if (done) {
    io.stderr.write(
      `Updated instance ${inert(instanceLabel(target))} (requestId ${inert(done.requestId || 'none')}).\n`,
    );
  }
}

/** Deletes an instance. */
export async function deleteInstance(
  options: InstanceDeleteOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  checkAnswerable(options, io, 'instance delete');
  const client = await clientFor(options, io, deps);
  // The question names the instance `@default` stands for: the user confirms what will be deleted.
  const target = await resolveTarget(client, options, io);
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.DeleteFunctionInstance,
      params: instanceParams(target),
      action: `Delete instance ${instanceLabel(target)}`,
      context: writeContext(target, 'The instance may have been deleted'),
    },
    options,
    io,
  );
  if (done) {
    io.stderr.write(
      `Deleted instance ${inert(instanceLabel(target))}${done.alreadyDeleted ? ' (an earlier attempt had deleted it: the retry found it gone)' : ''}.\n`,
    );
  }
}
