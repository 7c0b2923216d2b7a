/**
 * `fntasks default show|set|unset APP FN [INST]`: a function's default instance (GetFunctionDefaultInstance,
 * UpdateFunctionDefaultInstance); the work is in commands/default.ts. `unset` sends an empty instance name, which
 * cancels the default.
 */
import type { Io } from '../io.js';
import { commandGroup, examples, functionCommand, globalOptions, outputOption, wire } from './shared.js';
import { dryRunOption, writeFlags, yesOption } from './write-options.js';

/** The formats of `default show`: the name (a sentence on a terminal), or as data. */
export const DEFAULT_FORMATS = ['table', 'json', 'yaml'] as const;

/** Declares `default show`. */
function showCommand(io: Io) {
  const command = functionCommand('show', "show a function's default instance")
    .addOption(outputOption(DEFAULT_FORMATS, 'default: a sentence on a terminal, the name alone when piped'))
    .addHelpText(
      'after',
      examples([
        'fntasks default show my-app ctr --emulator',
        'NAME=$(fntasks default show my-app ctr --region cn-hangzhou)',
      ]),
    )
    .action(async (appGroup, functionName, options) => {
      const { showDefault } = await import('../commands/default.js');
      await showDefault({ ...globalOptions(options), appGroup, functionName, output: options.output }, io);
    });
  wire(command, io, 'default');
  return command;
}

/** Declares `default set`. */
function setCommand(io: Io) {
  const command = functionCommand(
    'set',
    "make an instance the function's default instance (UpdateFunctionDefaultInstance)",
  )
    .argument('<instance>', 'the instance to make the default')
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks default set my-app ctr ctr_test --emulator',
        'fntasks default set my-app ctr ctr_prod --yes --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, instance, options) => {
      const { setDefault } = await import('../commands/default.js');
      await setDefault(
        { ...globalOptions(options), ...writeFlags(options), appGroup, functionName, instance },
        io,
      );
    });
  wire(command, io, 'default');
  return command;
}

/** Declares `default unset`. */
function unsetCommand(io: Io) {
  const command = functionCommand(
    'unset',
    "cancel the function's default instance (UpdateFunctionDefaultInstance with an empty name)",
  )
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks default unset my-app ctr --emulator',
        'fntasks default unset my-app ctr --yes --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, options) => {
      const { unsetDefault } = await import('../commands/default.js');
      await unsetDefault({ ...globalOptions(options), ...writeFlags(options), appGroup, functionName }, io);
    });
  wire(command, io, 'default');
  return command;
}

/** Declares `default` and its subcommands. */
export function defaultCommand(io: Io) {
  const group = commandGroup('default', "show, set or cancel a function's default instance", io);
  for (const command of [showCommand(io), setCommand(io), unsetCommand(io)]) group.addCommand(command);
  group.addHelpText(
    'after',
    `${examples([
      'fntasks default show my-app ctr --emulator',
      'fntasks default set my-app ctr ctr_test --emulator',
      'fntasks default unset my-app ctr --yes --emulator',
    ])}
The default instance is what @default names in place of an instance (fntasks list my-app ctr @default).
`,
  );
  return group;
}
