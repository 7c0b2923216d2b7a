/**
 * `fntasks versions current|get`: a function's versions (GetFunctionCurrentVersion, GetFunctionVersion) with the
 * parameters an instance of them takes; the work is in commands/versions.ts.
 */
import { Option } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import { commandGroup, connectedCommand, examples, globalOptions, outputOption, wire } from './shared.js';

/** The formats of `versions`: a detailed view, or the version as data. */
export const VERSION_FORMATS = ['table', 'json', 'yaml'] as const;

const FORMAT_NOTE = 'default: a detailed view on a terminal, json when piped';

/** Declares `versions current`. */
function currentCommand(io: Io) {
  const command = connectedCommand('current')
    .description('the current version of a function for a model type (GetFunctionCurrentVersion)')
    .argument('<function>', 'function name, e.g. ctr')
    .addOption(new Option('--model-type <type>', 'the model type, e.g. tf_checkpoint').makeOptionMandatory())
    .addOption(new Option('--function-type <type>', 'PAAS (the default) or SAAS'))
    .addOption(
      new Option('--domain <domain>', 'education, ecommerce or community (none: the general edition)'),
    )
    .addOption(new Option('--category <category>', 'the category, e.g. general'))
    .addOption(outputOption(VERSION_FORMATS, FORMAT_NOTE))
    .addHelpText(
      'after',
      examples([
        'fntasks versions current ctr --model-type tf_checkpoint --emulator',
        'fntasks versions current ctr --model-type tf_checkpoint --function-type PAAS --region cn-hangzhou -o json',
      ]),
    )
    .action(async (functionName, options) => {
      const { currentVersion } = await import('../commands/versions.js');
      await currentVersion(
        {
          ...globalOptions(options),
          functionName,
          modelType: options.modelType,
          functionType: options.functionType,
          domain: options.domain,
          category: options.category,
          output: options.output,
        },
        io,
      );
    });
  wire(command, io, 'versions');
  return command;
}

/** Declares `versions get`. */
function getCommand(io: Io) {
  const command = connectedCommand('get')
    .description('one version of a function by its id (GetFunctionVersion)')
    .argument('<function>', 'function name, e.g. ctr')
    .argument('<versionId>', 'the version id, all digits, e.g. 101')
    .addOption(outputOption(VERSION_FORMATS, FORMAT_NOTE))
    .addHelpText(
      'after',
      examples([
        'fntasks versions get ctr 101 --emulator',
        'fntasks versions get ctr 100 --region cn-hangzhou -o yaml',
      ]),
    )
    .action(async (functionName, versionId, options) => {
      const { getVersion } = await import('../commands/versions.js');
      await getVersion({ ...globalOptions(options), functionName, versionId, output: options.output }, io);
    });
  wire(command, io, 'versions');
  return command;
}

/** Declares `versions` and its subcommands. */
export function versionsCommand(io: Io) {
  const group = commandGroup(
    'versions',
    "a function's versions: the current one for a model type, or one by id, with the parameters it takes",
    io,
  );
  for (const command of [currentCommand(io), getCommand(io)]) group.addCommand(command);
  group.addHelpText(
    'after',
    examples([
      'fntasks versions current ctr --model-type tf_checkpoint --emulator',
      'fntasks versions get ctr 101 --emulator',
    ]),
  );
  return group;
}
