/**
 * `fntasks instance show|create|update|delete …`: the declarations; `show` is in commands/instance.ts, the writes
 * in commands/instance-write.ts. `show` is the default subcommand, so the older `fntasks instance APP FN INST`
 * still shows one instance: a first argument that is not a subcommand's name is the app group (an app group
 * literally named `show`, `create`, `update` or `delete` needs `instance show`).
 */
import type { Io } from '../io.js';
import { addDefaultSubcommand } from './describe.js';
import { instanceWriteCommands } from './instance-write.js';
import {
  commandGroup,
  connectedCommand,
  examples,
  instanceTarget,
  outputOption,
  wire,
  withInstanceArguments,
} from './shared.js';

/** The formats of `instance show`: a detailed view, or the instance as data. */
export const INSTANCE_FORMATS = ['table', 'json', 'yaml'] as const;

/** Declares `instance show`. */
function instanceShowCommand(io: Io) {
  const command = withInstanceArguments(
    connectedCommand('show').description(
      'show one instance in full: model, status, cron, parameters, last run, whether it is the default',
    ),
  )
    .addOption(outputOption(INSTANCE_FORMATS, 'default: a detailed view on a terminal, json when piped'))
    .addHelpText(
      'after',
      examples([
        'fntasks instance show my-app ctr ctr_test --emulator',
        'fntasks instance my-app ctr ctr_prod --region cn-hangzhou --output yaml   # the older form',
      ]),
    )
    .action(async (appGroup, functionName, instance, options) => {
      const { showInstance } = await import('../commands/instance.js');
      await showInstance(
        { ...instanceTarget(appGroup, functionName, instance, options), output: options.output },
        io,
      );
    });
  wire(command, io, 'instance');
  return command;
}

/** Declares `instance` and its subcommands. */
export function instanceCommand(io: Io) {
  const group = commandGroup(
    'instance',
    'show, create, update or delete one function instance (`instance APP FN INST` shows it)',
    io,
  );
  addDefaultSubcommand(group, instanceShowCommand(io));
  for (const command of instanceWriteCommands(io)) group.addCommand(command);
  group.addHelpText(
    'after',
    `${examples([
      'fntasks instance my-app ctr ctr_prod --emulator',
      'fntasks instance create my-app ctr exp1 --model-type tf_checkpoint --cron "0 3 ? * 0,1,3,5" --emulator',
      'fntasks instance update my-app ctr ctr_test --description "weekday retrain" --yes --emulator',
      'fntasks instance delete my-app ctr ctr_test --dry-run --emulator',
    ])}
Without a subcommand, the arguments are APP FN INST of \`show\`. Writes ask first on a terminal and need --yes
off one; --dry-run prints the request (signed headers redacted) and sends nothing.
`,
  );
  return group;
}
