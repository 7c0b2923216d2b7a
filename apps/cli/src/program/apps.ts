/** `fntasks apps`: the declaration; the work is in commands/apps.ts. */
import { Option } from '@commander-js/extra-typings';
import { OUTPUT_FORMATS, parseOneOf } from '../args.js';
import type { Io } from '../io.js';
import { connectedCommand, examples, globalOptions, outputOption, parser, wire } from './shared.js';

/** The editions `--type` accepts (the SDK model's values). */
const APP_TYPES = ['standard', 'enhanced'] as const;

/** Declares `apps`. */
export function appsCommand(io: Io) {
  const command = connectedCommand('apps')
    .description('list the application groups of the account (ListAppGroups), newest first')
    .option('--name <name>', 'only the application group of this name')
    .addOption(
      new Option('--type <type>', 'only application groups of this edition')
        .choices(APP_TYPES)
        .argParser(parser((v) => parseOneOf(v, APP_TYPES, '--type'))),
    )
    .addOption(outputOption(OUTPUT_FORMATS, 'default: table on a terminal, ndjson when piped'))
    .addHelpText(
      'after',
      examples([
        'fntasks apps --emulator',
        'fntasks apps --region cn-hangzhou --type standard',
        'fntasks apps --output json | jq ".[].name"',
      ]),
    )
    .action(async (options) => {
      const { apps } = await import('../commands/apps.js');
      await apps(
        { ...globalOptions(options), name: options.name, type: options.type, output: options.output },
        io,
      );
    });
  wire(command, io);
  return command;
}
