/** `fntasks run APP FN INST [--wait]`: the declaration; the work is in commands/run.ts. */
import type { Io } from '../io.js';
import {
  checkInterval,
  connectedCommand,
  examples,
  instanceTarget,
  outputOption,
  wire,
  withInstanceArguments,
} from './shared.js';
import { WAIT_FORMATS } from './wait.js';
import { timeoutOption, waitIntervalOption } from './wait-options.js';

/** Declares `run`. */
export function runCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('run').description(
      'start a new run (training task) of an instance and print its generation; with --wait, wait for it like `wait`',
    ),
  )
    .option('-w, --wait', 'wait for the run to finish: exit 0 on success, 5 when it failed, 6 on --timeout')
    .addOption(timeoutOption())
    .addOption(waitIntervalOption())
    .addOption(outputOption(WAIT_FORMATS, 'the started (or, with --wait, the final) task; default: one line'))
    .addHelpText(
      'after',
      examples([
        'fntasks run my-app ctr ctr_prod --emulator',
        'fntasks run my-app ctr ctr_prod --wait --timeout 2h --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, instance, options) => {
      const target = instanceTarget(appGroup, functionName, instance, options);
      const intervalMs = checkInterval(options.interval, target);
      const { run } = await import('../commands/run.js');
      await run(
        {
          ...target,
          wait: options.wait === true,
          timeoutMs: options.timeout,
          intervalMs,
          output: options.output,
        },
        io,
      );
    });
  wire(command, io);
  return command;
}
