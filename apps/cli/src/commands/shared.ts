/** Pieces every command uses: the connection hook (injectable in tests) and the output defaults. */
import type { FunctionTasksClient } from '@fntasks/core';
import type { OutputFormat } from '../args.js';
import type { CommandLineContext } from '../command-line.js';
import type { GlobalOptions, Io, OutStream } from '../io.js';
import { useColor } from '../io.js';

/** The three names that address a function instance. */
export interface InstanceArgs {
  /** The app group name (appGroupIdentity). */
  readonly appGroup: string;
  /** The function name, e.g. `ctr`. */
  readonly functionName: string;
  /** The instance name. */
  readonly instance: string;
}

/** Lets tests hand a command a client (e.g. one with an injected fetch) instead of resolving a connection. */
export interface CommandDeps {
  readonly client?: FunctionTasksClient;
}

/** The client to use: the injected one, or one built from the connection options. */
export async function clientFor(
  options: GlobalOptions,
  io: Io,
  deps: CommandDeps,
): Promise<FunctionTasksClient> {
  if (deps.client) return deps.client;
  const { connect } = await import('../connection.js');
  return (await connect(options, io)).client;
}

/** The core params naming the instance. */
export function instanceParams(args: InstanceArgs) {
  return { appGroupIdentity: args.appGroup, functionName: args.functionName, instanceName: args.instance };
}

/** What hints may repeat of this run: its connection flags and its `APP FN INST`. */
export function contextOf(options: GlobalOptions & InstanceArgs): CommandLineContext {
  return { options, instance: [options.appGroup, options.functionName, options.instance] };
}

/** `APP/FN/INST`, for titles and messages. */
export function instanceLabel(args: InstanceArgs): string {
  return `${args.appGroup}/${args.functionName}/${args.instance}`;
}

/** `--output`, or the default: `tty` on a terminal, `piped` otherwise. */
export function outputFormat(
  chosen: OutputFormat | undefined,
  stream: OutStream,
  tty: OutputFormat,
  piped: OutputFormat,
): OutputFormat {
  return chosen ?? (stream.isTTY ? tty : piped);
}

/** Display settings for a stream. */
export function displayFor(options: GlobalOptions, io: Io, stream: OutStream) {
  return {
    utc: options.utc === true,
    now: io.now(),
    color: useColor(options, io, stream),
    terminal: stream.isTTY === true,
  };
}
