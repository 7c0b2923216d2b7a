/** `fntasks watch APP FN INST [TASK]`: the declaration; the work is in commands/watch.ts. */
import { Option } from '@commander-js/extra-typings';
import { parsePositiveInt, parseTaskRef } from '../args.js';
import type { Io } from '../io.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../limits.js';
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
import { intervalOption } from './wait-options.js';

/** The formats `watch` prints: a live table or one ndjson line per change. */
export const WATCH_FORMATS = ['table', 'ndjson'] as const;

/** Declares `watch`. */
export function watchCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('watch').description('live view of running tasks (or of one task), until interrupted'),
  )
    .argument(
      '[task]',
      'only this run id or generation; the watch ends when it finishes',
      parser(parseTaskRef),
    )
    .addOption(intervalOption('5s', 5000))
    .addOption(
      new Option('--page-size <n>', 'how many recent tasks to poll')
        .default(DEFAULT_PAGE_SIZE)
        .argParser(parser((v) => parsePositiveInt(v, '--page-size', MAX_PAGE_SIZE))),
    )
    .addOption(
      outputOption(
        WATCH_FORMATS,
        'default: a live table on a terminal, one ndjson line per change when piped',
      ),
    )
    .addHelpText(
      'after',
      examples([
        'fntasks watch my-app ctr ctr_test --emulator',
        'fntasks watch my-app ctr ctr_prod --region cn-hangzhou',
        'fntasks watch my-app ctr ctr_prod 3 --interval 10s --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, instance, task, options) => {
      const target = instanceTarget(appGroup, functionName, instance, options);
      const intervalMs = checkInterval(options.interval, target);
      const { watch } = await import('../commands/watch.js');
      await watch(
        {
          ...target,
          task,
          intervalMs,
          pageSize: options.pageSize,
          output: options.output,
        },
        io,
      );
    });
  wire(command, io);
  return command;
}
