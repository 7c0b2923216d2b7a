/**
 * `fntasks resources list|get|create|update|delete APP FN …`: a function's resources (feature generators and raw
 * files that instances refer to by name). `list` and `get` are in commands/resources.ts, the writes in
 * commands/resource-write.ts.
 */
import { Option } from '@commander-js/extra-typings';
import { OUTPUT_FORMATS } from '../args.js';
import type { Io } from '../io.js';
import { resourceWriteCommands } from './resource-write.js';
import { commandGroup, examples, functionCommand, globalOptions, outputOption, wire } from './shared.js';

/** The formats of `resources get`: a detailed view, or the resource as data. */
export const RESOURCE_FORMATS = ['table', 'json', 'yaml'] as const;

/** Declares `resources list`. */
function listCommand(io: Io) {
  const command = functionCommand(
    'list',
    'list the resources of a function, every page (ListFunctionResources)',
  )
    .addOption(new Option('--type <type>', 'only resources of this type: feature_generator or raw_file'))
    .addOption(outputOption(OUTPUT_FORMATS, 'default: table on a terminal, ndjson when piped'))
    .addHelpText(
      'after',
      examples([
        'fntasks resources list my-app ctr --emulator',
        'fntasks resources list my-app ctr --type raw_file --region cn-hangzhou -o csv',
      ]),
    )
    .action(async (appGroup, functionName, options) => {
      const { listResources } = await import('../commands/resources.js');
      await listResources(
        { ...globalOptions(options), appGroup, functionName, type: options.type, output: options.output },
        io,
      );
    });
  wire(command, io, 'resources');
  return command;
}

/** Declares `resources get`. */
function getCommand(io: Io) {
  const command = functionCommand('get', 'one resource in full, with the instances that use it')
    .argument('<resource>', 'resource name')
    .addOption(outputOption(RESOURCE_FORMATS, 'default: a detailed view on a terminal, json when piped'))
    .addHelpText('after', examples(['fntasks resources get my-app ctr ctr_features --emulator -o yaml']))
    .action(async (appGroup, functionName, resource, options) => {
      const { getResource } = await import('../commands/resources.js');
      await getResource(
        { ...globalOptions(options), appGroup, functionName, resource, output: options.output },
        io,
      );
    });
  wire(command, io, 'resources');
  return command;
}

/** Declares `resources` and its subcommands. */
export function resourcesCommand(io: Io) {
  const group = commandGroup(
    'resources',
    "list, show, create, update or delete a function's resources (feature generators, raw files)",
    io,
  );
  for (const command of [listCommand(io), getCommand(io), ...resourceWriteCommands(io)]) {
    group.addCommand(command);
  }
  group.addHelpText(
    'after',
    `${examples([
      'fntasks resources list my-app ctr --emulator',
      'fntasks resources create my-app ctr stopwords --type raw_file --content-file stopwords.txt --emulator',
      'fntasks resources update my-app ctr ctr_stopwords --description "v2" --yes --emulator',
      'fntasks resources delete my-app ctr ctr_stopwords --dry-run --emulator',
    ])}
A resource in use (an instance's parameter names it) cannot be deleted. Writes ask first on a terminal and need
--yes off one; --dry-run prints the request (signed headers redacted) and sends nothing.
`,
  );
  return group;
}
