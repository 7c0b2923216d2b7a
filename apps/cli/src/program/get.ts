/** `fntasks get APP FN INST TASK`: the declaration; the work is in commands/get.ts. */
import { OUTPUT_FORMATS, parseTaskRef } from '../args.js';
import type { Io } from '../io.js';
import {
  connectedCommand,
  examples,
  instanceTarget,
  outputOption,
  parser,
  wire,
  withInstanceArguments,
} from './shared.js';

/** Declares `get`. */
export function getCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('get').description('show one task in full: extendInfo pretty-printed, errors listed'),
  )
    .argument('<task>', 'run id, or generation number (all digits)', parser(parseTaskRef))
    .addOption(outputOption(OUTPUT_FORMATS, 'default: a detailed view on a terminal, json when piped'))
    .addHelpText(
      'after',
      examples([
        'fntasks get my-app ctr ctr_test 3 --emulator',
        'fntasks get my-app ctr ctr_prod 3 --region cn-hangzhou',
        'fntasks get my-app ctr ctr_prod "trigger__2021-03-05T12:18:41" --output yaml',
      ]),
    )
    .action(async (appGroup, functionName, instance, task, options) => {
      const { get } = await import('../commands/get.js');
      await get(
        { ...instanceTarget(appGroup, functionName, instance, options), task, output: options.output },
        io,
      );
    });
  wire(command, io);
  return command;
}
