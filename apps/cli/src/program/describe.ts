/**
 * The commands and options as plain data, read from the same commander declarations that parse the command
 * line: the completion scripts offer exactly what the parser accepts (`watch -o` offers table and ndjson only),
 * with the help text of each option.
 */
import type { Argument, Command } from '@commander-js/extra-typings';

/** Values completion offers for an argument beside any name the user types (e.g. `@default` for `<instance>`). */
const suggestions = new WeakMap<object, readonly string[]>();

/** Declares the values completion offers for `argument`; the parser still takes any word. */
export function suggest<A extends Argument>(argument: A, values: readonly string[]): A {
  suggestions.set(argument, values);
  return argument;
}

/** One option: its flags, help text, and the values it takes. */
export interface OptionDescription {
  readonly flags: readonly string[];
  readonly description: string;
  /** The only values the option accepts, when it has a fixed set. */
  readonly values?: readonly string[];
  readonly takesValue: boolean;
}

/** One command: name, help text, options, and its positional arguments' fixed values (e.g. bash|zsh). */
export interface CommandDescription {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionDescription[];
  /** A group's subcommands (`instance` → show, create, update, delete). */
  readonly subcommands?: readonly CommandDescription[];
  /** The subcommand that runs when the first argument names none (`instance APP FN INST` is `show`). */
  readonly defaultSubcommand?: string;
  /** Values of the first argument, when it has a fixed set. */
  readonly argumentValues?: readonly string[];
  /** Values offered at a position (1-based) beside free text, e.g. `@default` for the instance. */
  readonly argumentSuggestions?: ReadonlyArray<{
    readonly position: number;
    readonly values: readonly string[];
  }>;
}

/** A plain description of the program, for the completion scripts. */
export interface ProgramDescription {
  readonly commands: readonly CommandDescription[];
}

type AnyCommand = Command<unknown[], Record<string, unknown>, Record<string, unknown>>;

/** The default subcommand of each group. */
const defaults = new WeakMap<object, string>();

/** Adds `subcommand` to `group` as the one that runs when the first argument names no subcommand. */
export function addDefaultSubcommand(
  group: { addCommand(command: never, options: { isDefault: boolean }): unknown },
  subcommand: { name(): string },
): void {
  group.addCommand(subcommand as never, { isDefault: true });
  defaults.set(group, subcommand.name());
}

/** Describes every subcommand of `program`. */
export function describeProgram(program: { readonly commands: readonly AnyCommand[] }): ProgramDescription {
  return { commands: program.commands.map(describeCommand) };
}

function describeCommand(command: AnyCommand): CommandDescription {
  const defaultSubcommand = defaults.get(command);
  return {
    name: command.name(),
    description: command.description(),
    ...(command.commands.length > 0
      ? { subcommands: (command.commands as readonly AnyCommand[]).map(describeCommand) }
      : {}),
    ...(defaultSubcommand === undefined ? {} : { defaultSubcommand }),
    options: [
      ...command.options.map((option) => ({
        flags: [option.short, option.long].filter((flag): flag is string => typeof flag === 'string'),
        description: option.description,
        ...(option.argChoices ? { values: option.argChoices } : {}),
        takesValue: option.required || option.optional,
      })),
      { flags: ['-h', '--help'], description: 'show help', takesValue: false },
    ],
    ...(command.registeredArguments[0]?.argChoices
      ? { argumentValues: command.registeredArguments[0].argChoices }
      : {}),
    ...suggestionsOf(command),
  };
}

function suggestionsOf(command: AnyCommand): Pick<CommandDescription, 'argumentSuggestions'> {
  const found = command.registeredArguments.flatMap((argument, index) => {
    const values = suggestions.get(argument);
    return values ? [{ position: index + 1, values }] : [];
  });
  return found.length > 0 ? { argumentSuggestions: found } : {};
}
