/** `fntasks instance APP FN INST`: the declaration; the work is in commands/instance.ts. */
import type { Io } from '../io.js';
import {
  connectedCommand,
  examples,
  instanceTarget,
  outputOption,
  wire,
  withInstanceArguments,
} from './shared.js';

/** The formats of `instance`: a detailed view, or the instance as data. */
export const INSTANCE_FORMATS = ['table', 'json', 'yaml'] as const;

/** Declares `instance`. */
export function instanceCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('instance').description(
      'show one instance in full: model, status, cron, parameters, last run, whether it is the default',
    ),
  )
    .addOption(outputOption(INSTANCE_FORMATS, 'default: a detailed view on a terminal, json when piped'))
    .addHelpText(
      'after',
      examples([
        'fntasks instance my-app ctr ctr_test --emulator',
        'fntasks instance my-app ctr ctr_prod --region cn-hangzhou --output yaml',
      ]),
    )
    .action(async (appGroup, functionName, instance, options) => {
      const { showInstance } = await import('../commands/instance.js');
      await showInstance(
        { ...instanceTarget(appGroup, functionName, instance, options), output: options.output },
        io,
      );
    });
  wire(command, io);
  return command;
}
