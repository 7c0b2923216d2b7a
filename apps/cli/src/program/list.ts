/** `fntasks list APP FN INST`: the declaration (arguments, options, help); the work is in commands/list.ts. */
import { Option } from '@commander-js/extra-typings';
import {
  COLUMN_IDS,
  OUTPUT_FORMATS,
  parseColumns,
  parsePositiveInt,
  parseStatus,
  parseTimeBoundOption,
  STATUS_VALUES,
} from '../args.js';
import type { Io } from '../io.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../limits.js';
import {
  connectedCommand,
  examples,
  instanceTarget,
  outputOption,
  parser,
  wire,
  withInstanceArguments,
} from './shared.js';

/** Declares `list`. */
export function listCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('list').description('list the tasks of a function instance, newest first'),
  )
    .addOption(
      new Option('-s, --status <status>', 'only tasks in this status')
        .choices(STATUS_VALUES)
        .argParser(parser(parseStatus)),
    )
    .addOption(
      new Option(
        '--since <time>',
        'only tasks started after: ISO date-time or a duration ago (2h, 7d)',
      ).argParser(parser((v) => parseTimeBoundOption(v, '--since', io.now()))),
    )
    .addOption(
      new Option(
        '--until <time>',
        'only tasks ended before: ISO date-time or a duration ago (2h, 7d)',
      ).argParser(parser((v) => parseTimeBoundOption(v, '--until', io.now()))),
    )
    .addOption(
      new Option('-p, --page <n>', 'page number').argParser(parser((v) => parsePositiveInt(v, '--page'))),
    )
    .addOption(
      new Option('--page-size <n>', `tasks per page (max ${MAX_PAGE_SIZE})`)
        .default(DEFAULT_PAGE_SIZE)
        .argParser(parser((v) => parsePositiveInt(v, '--page-size', MAX_PAGE_SIZE))),
    )
    .option('-a, --all', 'every page (until --limit)')
    .addOption(
      new Option('-l, --limit <n>', 'at most this many tasks, across pages').argParser(
        parser((v) => parsePositiveInt(v, '--limit')),
      ),
    )
    .addOption(outputOption(OUTPUT_FORMATS, 'default: table on a terminal, ndjson when piped'))
    .addOption(
      new Option(
        '-c, --columns <list>',
        `table/csv columns, comma-separated: ${COLUMN_IDS.join(',')}`,
      ).argParser(parser(parseColumns)),
    )
    .addHelpText(
      'after',
      examples([
        'fntasks list my-app ctr ctr_test --emulator',
        'fntasks list my-app ctr ctr_prod --region cn-hangzhou',
        'fntasks list my-app ctr ctr_prod --status failed --since 7d',
        'fntasks list my-app ctr ctr_prod --all --output csv > tasks.csv',
        'fntasks list my-app ctr ctr_prod --output json | jq ".[0].extendInfo"',
        'fntasks list my-app ctr ctr_prod --columns run-id,status,metrics,errors --utc',
      ]),
    )
    .action(async (appGroup, functionName, instance, options) => {
      const { list } = await import('../commands/list.js');
      await list(
        {
          ...instanceTarget(appGroup, functionName, instance, options),
          status: options.status,
          since: options.since,
          until: options.until,
          page: options.page,
          pageSize: options.pageSize,
          all: options.all === true,
          limit: options.limit,
          output: options.output,
          columns: options.columns,
        },
        io,
      );
    });
  wire(command, io);
  return command;
}
