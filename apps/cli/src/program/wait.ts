/** `fntasks wait APP FN INST TASK`: the declaration; the work is in commands/wait.ts. */
import { parseTaskRef } from '../args.js';
import type { Io } from '../io.js';
import {
  checkInterval,
  connectedCommand,
  examples,
  instanceTarget,
  outputOption,
  parser,
  wire,
  withInstanceArguments,
} from './shared.js';
import { timeoutOption, waitIntervalOption } from './wait-options.js';

/** The formats of the final task `wait` prints (default: one summary line). */
export const WAIT_FORMATS = ['table', 'json', 'ndjson', 'yaml'] as const;

/** Declares `wait`. */
export function waitCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('wait').description(
      'block until a task finishes: exit 0 on success, 5 when it failed, 6 on timeout',
    ),
  )
    .argument('<task>', 'run id, or generation number (all digits)', parser(parseTaskRef))
    .addOption(timeoutOption())
    .addOption(waitIntervalOption())
    .addOption(outputOption(WAIT_FORMATS, 'the final task; default: one summary line'))
    .addHelpText(
      'after',
      examples([
        'fntasks wait my-app ctr ctr_test 3 --emulator --interval 1s',
        'fntasks wait my-app ctr ctr_prod 3 --timeout 2h --region cn-hangzhou',
        'fntasks wait my-app ctr ctr_prod "trigger__2021-03-05T12:18:41" --interval 30s --output json',
      ]),
    )
    .action(async (appGroup, functionName, instance, task, options) => {
      const target = instanceTarget(appGroup, functionName, instance, options);
      const intervalMs = checkInterval(options.interval, target);
      const { wait } = await import('../commands/wait.js');
      await wait(
        {
          ...target,
          task,
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
