/** `fntasks instances APP [FN]`: the declaration; the work is in commands/instances.ts. */
import { OUTPUT_FORMATS } from '../args.js';
import type { Io } from '../io.js';
import { FUNCTION_ARGUMENT_HELP, metricOption, sourceOption, thresholdOption } from './health-options.js';
import { connectedCommand, examples, globalOptions, outputOption, wire } from './shared.js';

/** Declares `instances`. */
export function instancesCommand(io: Io) {
  const command = connectedCommand('instances')
    .description(
      'list the instances of a function (or of every documented function), with their last run and headline metric',
    )
    .argument('<appGroup>', 'app group name (appGroupIdentity)')
    .argument('[function]', FUNCTION_ARGUMENT_HELP)
    .addOption(sourceOption())
    .addOption(metricOption())
    .addOption(thresholdOption())
    .addOption(outputOption(OUTPUT_FORMATS, 'default: table on a terminal, ndjson when piped'))
    .addHelpText(
      'after',
      examples([
        'fntasks instances my-app --emulator',
        'fntasks instances my-app ctr --region cn-hangzhou',
        'fntasks instances my-app ctr --metric recall',
        'fntasks instances my-app ctr --output json | jq ".[] | {instanceName, change: .metric.change}"',
      ]),
    )
    .action(async (appGroup, functionName, options) => {
      const { instances } = await import('../commands/instances.js');
      await instances(
        {
          ...globalOptions(options),
          appGroup,
          functionName,
          source: options.source,
          output: options.output,
          metric: options.metric,
          threshold: options.threshold,
        },
        io,
      );
    });
  wire(command, io);
  return command;
}
