/**
 * The commands and options as plain data, read from the same commander declarations that parse the command
 * line: the completion scripts offer exactly what the parser accepts (`watch -o` offers table and ndjson only),
 * with the help text of each option.
 */
import type { Command } from '@commander-js/extra-typings';

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
  /** Values of the first argument, when it has a fixed set. */
  readonly argumentValues?: readonly string[];
}

/** A plain description of the program, for the completion scripts. */
export interface ProgramDescription {
  readonly commands: readonly CommandDescription[];
}

type AnyCommand = Command<unknown[], Record<string, unknown>, Record<string, unknown>>;

/** Describes every subcommand of `program`. */
export function describeProgram(program: { readonly commands: readonly AnyCommand[] }): ProgramDescription {
  return {
    commands: program.commands.map((command) => ({
      name: command.name(),
      description: command.description(),
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
    })),
  };
}
