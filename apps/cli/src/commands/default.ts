/**
 * `fntasks default show|set|unset APP FN [INST]`: a function's default instance. `show` reads it
 * (GetFunctionDefaultInstance); `set` and `unset` write it (UpdateFunctionDefaultInstance, `unset` with the
 * empty name that cancels it) through write.ts. Safe to repeat, so core retries them as any read.
 */
import { isNoDefaultInstance } from '@fntasks/core';
import { inert } from '@fntasks/output';
import { OPERATION_ID } from '@fntasks/protocol';
import type { OutputFormat } from '../args.js';
import { fntasksCommand } from '../command-line.js';
import { toCliError } from '../core-errors.js';
import { CliError, ExitCode } from '../errors.js';
import type { GlobalOptions, Io } from '../io.js';
import { carryOut, checkAnswerable, type WriteFlags } from '../write.js';
import { type CommandDeps, clientFor, outputFormat } from './shared.js';

/** The app group and function whose default is meant. */
export interface FunctionArgs {
  readonly appGroup: string;
  readonly functionName: string;
}

/** Options of `default show`. */
export interface ShowDefaultOptions extends GlobalOptions, FunctionArgs {
  readonly output?: OutputFormat | undefined;
}

/** Options of `default set`. */
export interface SetDefaultOptions extends GlobalOptions, FunctionArgs, WriteFlags {
  readonly instance: string;
}

/** Options of `default unset`. */
export interface UnsetDefaultOptions extends GlobalOptions, FunctionArgs, WriteFlags {}

const names = (args: FunctionArgs) => ({ appGroupIdentity: args.appGroup, functionName: args.functionName });
const label = (args: FunctionArgs) => `${args.appGroup}/${args.functionName}`;

/** Prints the default instance: a sentence on a terminal, the name alone when piped, or as data. */
export async function showDefault(
  options: ShowDefaultOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  const client = await clientFor(options, io, deps);
  let instanceName: string;
  try {
    ({ instanceName } = await client.getFunctionDefaultInstance(
      names(options),
      io.signal ? { signal: io.signal } : undefined,
    ));
  } catch (error) {
    if (isNoDefaultInstance(error)) {
      throw new CliError(
        `${label(options)} has no default instance (DefaultInstance.NotExist).`,
        ExitCode.Api,
        {
          hint: `Set one: ${fntasksCommand(['default', 'set', options.appGroup, options.functionName, 'INSTANCE'], options)}`,
          cause: error,
        },
      );
    }
    throw toCliError(error, { options });
  }
  const format = outputFormat(options.output, io.stdout, 'table', 'table');
  const data = { appGroupIdentity: options.appGroup, functionName: options.functionName, instanceName };
  if (format === 'json') {
    const { renderJson } = await import('../format/json.js');
    io.stdout.write(renderJson(data));
  } else if (format === 'yaml') {
    const { renderYaml } = await import('../format/yaml.js');
    io.stdout.write(renderYaml(data));
  } else {
    io.stdout.write(
      io.stdout.isTTY
        ? `The default instance of ${inert(label(options))} is ${inert(instanceName)}.\n`
        : `${inert(instanceName)}\n`,
    );
  }
}

/** Makes an instance the default. */
export async function setDefault(options: SetDefaultOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  checkAnswerable(options, io, 'default set');
  const client = await clientFor(options, io, deps);
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.UpdateFunctionDefaultInstance,
      params: { ...names(options), instanceName: options.instance },
      action: `Make ${options.instance} the default instance of ${label(options)}`,
      context: {
        options,
        instance: [options.appGroup, options.functionName, options.instance],
        outcome: {
          effect: 'The default may have changed',
          check: ['default', 'show', options.appGroup, options.functionName],
        },
      },
      userTerms: (argument) =>
        argument === 'instanceName' ? 'instance name (the third argument)' : undefined,
    },
    options,
    io,
  );
  if (done) {
    io.stderr.write(`${inert(options.instance)} is now the default instance of ${inert(label(options))}.\n`);
  }
}

/** Cancels the default: the empty instance name. */
export async function unsetDefault(
  options: UnsetDefaultOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  checkAnswerable(options, io, 'default unset');
  const client = await clientFor(options, io, deps);
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.UpdateFunctionDefaultInstance,
      params: { ...names(options), instanceName: '' },
      action: `Cancel the default instance of ${label(options)}`,
      context: {
        options,
        outcome: {
          effect: 'The default may have been cancelled',
          check: ['default', 'show', options.appGroup, options.functionName],
        },
      },
    },
    options,
    io,
  );
  if (done) io.stderr.write(`${inert(label(options))} has no default instance now.\n`);
}
