/** `fntasks delete APP FN INST GEN`: the declaration; the work is in commands/delete.ts. */
import { parseGeneration } from '../args.js';
import type { Io } from '../io.js';
import { connectedCommand, examples, instanceTarget, parser, wire, withInstanceArguments } from './shared.js';
import { dryRunOption, writeFlags, yesOption } from './write-options.js';

/** Declares `delete`. */
export function deleteCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('delete').description(
      'delete a finished run by its generation (asks first on a terminal; a running run is refused)',
    ),
  )
    .argument('<generation>', 'generation number of the run', parser(parseGeneration))
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks delete my-app ctr ctr_prod 2 --emulator',
        'fntasks delete my-app ctr ctr_prod 7 --yes --region cn-hangzhou',
        'fntasks delete my-app ctr ctr_prod 7 --dry-run --emulator',
      ]),
    )
    .action(async (appGroup, functionName, instance, generation, options) => {
      const { deleteRun } = await import('../commands/delete.js');
      await deleteRun(
        {
          ...instanceTarget(appGroup, functionName, instance, options),
          generation,
          ...writeFlags(options),
        },
        io,
      );
    });
  wire(command, io);
  return command;
}
