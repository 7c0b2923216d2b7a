/**
 * `fntasks instance create|update|delete APP FN INST`: the declarations; the work is in
 * commands/instance-write.ts. The body comes from options or `--file` (options win); core checks every value.
 */
import { Option } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import { INSTANCE_CREATE_FIELDS, INSTANCE_UPDATE_FIELDS } from '../write-fields.js';
import {
  connectedCommand,
  examples,
  instanceTarget,
  wire,
  withInstanceArguments,
  withNewInstanceArguments,
} from './shared.js';
import { dryRunOption, fileOption, nameValueOption, writeFlags, yesOption } from './write-options.js';

/** `--cron`: the instance's training schedule. */
const cronOption = () =>
  new Option(
    '--cron <expression>',
    'periodic training in UTC: five fields "Minutes Hours DayofMonth Month DayofWeek", e.g. "0 3 ? * 0,1,3,5" ("" for none)',
  );
/** `--description`. */
const descriptionOption = () => new Option('--description <text>', 'a description of the instance');
/** `--create-param name=value`, repeatable. */
const createParamOption = () =>
  nameValueOption('--create-param', 'a create parameter of the function version, name=value');
/** `--usage-param name=value`, repeatable. */
const usageParamOption = () => nameValueOption('--usage-param', 'a usage parameter, name=value');

/** Declares `instance create`. */
function createCommand(io: Io) {
  const command = withNewInstanceArguments(
    connectedCommand('create').description(
      'create a function instance (CreateFunctionInstance); sent once, never repeated',
    ),
  )
    .addOption(
      new Option('--model-type <type>', 'the model type, e.g. tf_checkpoint (required, here or in --file)'),
    )
    .addOption(new Option('--function-type <type>', 'PAAS (the default) or SAAS'))
    .addOption(cronOption())
    .addOption(descriptionOption())
    .addOption(createParamOption())
    .addOption(usageParamOption())
    .addOption(fileOption(INSTANCE_CREATE_FIELDS.join(', ')))
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks instance create my-app ctr exp1 --model-type tf_checkpoint --cron "0 3 ? * 0,1,3,5" --emulator',
        'fntasks instance create my-app ctr exp1 --file exp1.yaml --dry-run --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, instance, options) => {
      const { createInstance } = await import('../commands/instance-write.js');
      await createInstance(
        {
          ...instanceTarget(appGroup, functionName, instance, options),
          ...writeFlags(options),
          file: options.file,
          fields: {
            modelType: options.modelType,
            functionType: options.functionType,
            description: options.description,
            cron: options.cron,
            createParameters: options.createParam,
            usageParameters: options.usageParam,
          },
        },
        io,
      );
    });
  wire(command, io, 'instance');
  return command;
}

/** Declares `instance update`. */
function updateCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('update').description(
      'change an instance (UpdateFunctionInstance): only the fields given change; a parameter list given replaces the old one',
    ),
  )
    .addOption(cronOption())
    .addOption(descriptionOption())
    .addOption(createParamOption())
    .addOption(usageParamOption())
    .addOption(fileOption(INSTANCE_UPDATE_FIELDS.join(', ')))
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks instance update my-app ctr ctr_test --cron "0 3 ? * 0,1,3,5" --emulator',
        'fntasks instance update my-app ctr ctr_test --file params.json --yes --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, instance, options) => {
      const { updateInstance } = await import('../commands/instance-write.js');
      await updateInstance(
        {
          ...instanceTarget(appGroup, functionName, instance, options),
          ...writeFlags(options),
          file: options.file,
          fields: {
            description: options.description,
            cron: options.cron,
            createParameters: options.createParam,
            usageParameters: options.usageParam,
          },
        },
        io,
      );
    });
  wire(command, io, 'instance');
  return command;
}

/** Declares `instance delete`. */
function deleteCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('delete').description(
      'delete an instance (DeleteFunctionInstance); refused while a run is running; deleting the default instance cancels the default',
    ),
  )
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks instance delete my-app ctr ctr_test --emulator',
        'fntasks instance delete my-app ctr ctr_test --yes --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, instance, options) => {
      const { deleteInstance } = await import('../commands/instance-write.js');
      await deleteInstance(
        { ...instanceTarget(appGroup, functionName, instance, options), ...writeFlags(options) },
        io,
      );
    });
  wire(command, io, 'instance');
  return command;
}

/** The write subcommands of `instance`. */
export function instanceWriteCommands(io: Io) {
  return [createCommand(io), updateCommand(io), deleteCommand(io)];
}
