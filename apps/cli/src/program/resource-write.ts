/**
 * `fntasks resources create|update|delete APP FN NAME`: the declarations; the work is in
 * commands/resource-write.ts. The content comes from `--content`, `--content-file` or `--file` (one of them).
 */
import { Option } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import { RESOURCE_CREATE_FIELDS, RESOURCE_UPDATE_FIELDS } from '../write-fields.js';
import { examples, functionCommand, globalOptions, wire } from './shared.js';
import { dryRunOption, fileOption, writeFlags, yesOption } from './write-options.js';

/** `--content`: a raw file's text, inline. */
const contentOption = () => new Option('--content <text>', "a raw_file resource's content (data.content)");
/** `--content-file`: a raw file's text, from a file. */
const contentFileOption = () =>
  new Option('--content-file <path>', "a raw_file resource's content, read from a file (UTF-8)");

/** What `resources create` and `update` pass on besides the fields: the target, the flags, the body's sources. */
function bodyWriteArgs(
  appGroup: string,
  functionName: string,
  resource: string,
  options: Parameters<typeof globalOptions>[0] & {
    yes?: true;
    dryRun?: true;
    file?: string;
    content?: string;
    contentFile?: string;
  },
) {
  return {
    ...globalOptions(options),
    ...writeFlags(options),
    appGroup,
    functionName,
    resource,
    file: options.file,
    content: options.content,
    contentFile: options.contentFile,
  };
}

/** Declares `resources create`. */
function createCommand(io: Io) {
  const command = functionCommand(
    'create',
    'create a resource (CreateFunctionResource); sent once, never repeated',
  )
    .argument('<resource>', 'name of the new resource')
    .addOption(new Option('--type <type>', 'feature_generator or raw_file (required, here or in --file)'))
    .addOption(new Option('--description <text>', 'a description of the resource'))
    .addOption(contentOption())
    .addOption(contentFileOption())
    .addOption(fileOption(`${RESOURCE_CREATE_FIELDS.join(', ')} (data: {content} or {generators: [...]})`))
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks resources create my-app ctr stopwords --type raw_file --content "a,b,c" --emulator',
        'fntasks resources create my-app ctr user_features --file generators.yaml --dry-run --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, resource, options) => {
      const { createResource } = await import('../commands/resource-write.js');
      await createResource(
        {
          ...bodyWriteArgs(appGroup, functionName, resource, options),
          fields: { resourceType: options.type, description: options.description },
        },
        io,
      );
    });
  wire(command, io, 'resources');
  return command;
}

/** Declares `resources update`. */
function updateCommand(io: Io) {
  const command = functionCommand(
    'update',
    'change a resource (UpdateFunctionResource): its description and/or its data',
  )
    .argument('<resource>', 'resource name')
    .addOption(new Option('--description <text>', 'the new description'))
    .addOption(contentOption())
    .addOption(contentFileOption())
    .addOption(fileOption(`${RESOURCE_UPDATE_FIELDS.join(', ')}`))
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks resources update my-app ctr ctr_stopwords --content-file stopwords.txt --emulator',
        'fntasks resources update my-app ctr ctr_stopwords --description "v2" --yes --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, resource, options) => {
      const { updateResource } = await import('../commands/resource-write.js');
      await updateResource(
        {
          ...bodyWriteArgs(appGroup, functionName, resource, options),
          fields: { description: options.description },
        },
        io,
      );
    });
  wire(command, io, 'resources');
  return command;
}

/** Declares `resources delete`. */
function deleteCommand(io: Io) {
  const command = functionCommand(
    'delete',
    'delete a resource (DeleteFunctionResource); refused while an instance uses it',
  )
    .argument('<resource>', 'resource name')
    .addOption(yesOption())
    .addOption(dryRunOption())
    .addHelpText(
      'after',
      examples([
        'fntasks resources delete my-app ctr ctr_stopwords --emulator',
        'fntasks resources delete my-app ctr ctr_stopwords --yes --region cn-hangzhou',
      ]),
    )
    .action(async (appGroup, functionName, resource, options) => {
      const { deleteResource } = await import('../commands/resource-write.js');
      await deleteResource(
        { ...globalOptions(options), ...writeFlags(options), appGroup, functionName, resource },
        io,
      );
    });
  wire(command, io, 'resources');
  return command;
}

/** The write subcommands of `resources`. */
export function resourceWriteCommands(io: Io) {
  return [createCommand(io), updateCommand(io), deleteCommand(io)];
}
