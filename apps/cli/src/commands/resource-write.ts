/**
 * `fntasks resources create|update|delete APP FN NAME`: CreateFunctionResource, UpdateFunctionResource and
 * DeleteFunctionResource through write.ts (`--yes` off a terminal, `--dry-run`, confirmation, exit 8 for an
 * unknown outcome). The fields come from `--file` and the options; `--content`/`--content-file` give a raw
 * file's `data.content`. Core writes the body in the PascalCase the API wants and checks every value first.
 */

import type { OperationParams } from '@fntasks/core/raw';
import { inert } from '@fntasks/output';
import { OPERATION_ID } from '@fntasks/protocol';
import { gatherBody, readTextFile } from '../body-file.js';
import type { CommandLineContext } from '../command-line.js';
import { UsageError } from '../errors.js';
import type { GlobalOptions, Io } from '../io.js';
import { carryOut, checkAnswerable, type WriteFlags } from '../write.js';
import { RESOURCE_CREATE_FIELDS, RESOURCE_UPDATE_FIELDS } from '../write-fields.js';
import { type CommandDeps, clientFor } from './shared.js';

/** Each field's option, and the positional arguments, as messages name them. */
const FLAGS: Readonly<Record<string, string>> = {
  appGroupIdentity: 'the app group (first argument)',
  functionName: 'the function (second argument)',
  resourceName: 'resource name (the third argument)',
  resourceType: '--type',
  description: '--description',
  data: '--content, --content-file or data in --file',
};

/** The app group, function and resource meant. */
export interface ResourceArgs {
  readonly appGroup: string;
  readonly functionName: string;
  readonly resource: string;
}

/** Options of `resources create` and `resources update`. */
export interface ResourceWriteOptions extends GlobalOptions, ResourceArgs, WriteFlags {
  readonly file?: string | undefined;
  readonly content?: string | undefined;
  readonly contentFile?: string | undefined;
  /** The fields the options gave (`undefined`: not given). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Options of `resources delete`. */
export interface ResourceDeleteOptions extends GlobalOptions, ResourceArgs, WriteFlags {}

const names = (args: ResourceArgs) => ({
  appGroupIdentity: args.appGroup,
  functionName: args.functionName,
  resourceName: args.resource,
});
const label = (args: ResourceArgs) => `${args.appGroup}/${args.functionName}/${args.resource}`;

/** Hints repeat the connection flags; after an unknown outcome (`effect`), they show the resource. */
function contextOf(options: GlobalOptions & ResourceArgs, effect: string): CommandLineContext {
  return {
    options,
    outcome: {
      effect,
      check: ['resources', 'get', options.appGroup, options.functionName, options.resource],
    },
  };
}

/** `data` from `--content` or `--content-file` (one of them), or nothing. */
async function contentData(options: ResourceWriteOptions): Promise<{ content: string } | undefined> {
  if (options.content !== undefined && options.contentFile !== undefined) {
    throw new UsageError('--content and --content-file both give the content: use one of them.');
  }
  if (options.contentFile !== undefined) {
    return { content: await readTextFile(options.contentFile, '--content-file') };
  }
  return options.content === undefined ? undefined : { content: options.content };
}

/** The body's fields from `--file`, the options, and the content options (as `data`). */
async function bodyOf(options: ResourceWriteOptions, allowed: readonly string[]) {
  const data = await contentData(options);
  const flag = options.contentFile !== undefined ? '--content-file' : '--content';
  const body = await gatherBody(options.file, allowed, { ...options.fields, data }, { ...FLAGS, data: flag });
  const userTerms = (argument: string): string | undefined => {
    const term = body.userTerms(argument);
    if (!argument.startsWith('data') || term !== flag) return term; // not data, or data from the file
    if (data === undefined) return FLAGS.data; // no data given at all
    // The options give a raw file's content only: generators come from --file.
    return argument.startsWith('data.generators') ? `${argument} (given in --file)` : flag;
  };
  return { ...body, userTerms };
}

/** Creates a resource. */
export async function createResource(
  options: ResourceWriteOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  checkAnswerable(options, io, 'resources create');
  const body = await bodyOf(options, RESOURCE_CREATE_FIELDS);
  const client = await clientFor(options, io, deps);
  // Core checks every field at run time (type enum, data shape): the file's are not typed here.
  const params = { ...body.fields, ...names(options) } as OperationParams<
    typeof OPERATION_ID.CreateFunctionResource
  >;
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.CreateFunctionResource,
      params,
      action: `Create resource ${label(options)}`,
      context: contextOf(options, 'The resource may have been created'),
      userTerms: body.userTerms,
    },
    options,
    io,
  );
  if (done)
    io.stderr.write(
      `Created resource ${inert(label(options))} (requestId ${inert(done.requestId || 'none')}).\n`,
    );
}

/** Changes a resource's description and/or data. */
export async function updateResource(
  options: ResourceWriteOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  if (
    options.file === undefined &&
    options.content === undefined &&
    options.contentFile === undefined &&
    Object.values(options.fields).every((v) => v === undefined)
  ) {
    throw new UsageError('resources update needs something to change.', {
      hint: 'Give --description, --content, --content-file or --file.',
    });
  }
  checkAnswerable(options, io, 'resources update');
  const body = await bodyOf(options, RESOURCE_UPDATE_FIELDS);
  const client = await clientFor(options, io, deps);
  const params = { ...body.fields, ...names(options) } as OperationParams<
    typeof OPERATION_ID.UpdateFunctionResource
  >;
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.UpdateFunctionResource,
      params,
      action: `Update resource ${label(options)} (${Object.keys(body.fields).join(', ')})`,
      context: contextOf(options, 'The resource may have been updated'),
      userTerms: body.userTerms,
    },
    options,
    io,
  );
  if (done)
    io.stderr.write(
      `Updated resource ${inert(label(options))} (requestId ${inert(done.requestId || 'none')}).\n`,
    );
}

/** Deletes a resource. */
export async function deleteResource(
  options: ResourceDeleteOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  checkAnswerable(options, io, 'resources delete');
  const client = await clientFor(options, io, deps);
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.DeleteFunctionResource,
      params: names(options),
      action: `Delete resource ${label(options)}`,
      context: contextOf(options, 'The resource may have been deleted'),
      userTerms: (argument) => FLAGS[argument],
    },
    options,
    io,
  );
  if (done) {
    io.stderr.write(
      `Deleted resource ${inert(label(options))}${done.alreadyDeleted ? ' (an earlier attempt had deleted it: the retry found it gone)' : ''}.\n`,
    );
  }
}
