/** `fntasks health APP [FN]`: the declaration; the work is in commands/health.ts. */
import type { Io } from '../io.js';
import { FUNCTION_ARGUMENT_HELP, metricOption, sourceOption, thresholdOption } from './health-options.js';
import { connectedCommand, examples, globalOptions, outputOption, wire } from './shared.js';

/** The formats of `health`: a report for people and logs, or one JSON document. */
const HEALTH_FORMATS = ['table', 'json'] as const;

/** Declares `health`. */
export function healthCommand(io: Io) {
  const command = connectedCommand('health')
    .description(
      "each instance's verdict — failing (newest finished run failed), regressing (headline metric moved the bad way beyond its recent spread) or fine — for a cron job or a CI gate",
    )
    .argument('<appGroup>', 'app group name (appGroupIdentity)')
    .argument('[function]', FUNCTION_ARGUMENT_HELP)
    .addOption(sourceOption())
    .addOption(metricOption())
    .addOption(thresholdOption())
    .addOption(outputOption(HEALTH_FORMATS, 'default: table, also when piped; the exit code is the verdict'))
    .addHelpText(
      'after',
      `${examples([
        'fntasks health my-app --emulator',
        'fntasks health my-app ctr --metric auc --threshold 2% --region cn-hangzhou',
        'fntasks health my-app -o json --region cn-hangzhou | jq ".counts"',
      ])}
A regression: the newest successful value of the headline metric lies on its bad side of the mean of the 10
successful runs before it by more than both --threshold of that mean and 2 standard deviations of those runs
(at least 3 of them). Metrics without a known direction (counts such as sampleCount) never regress.
Exit codes: 0 all fine, 9 something is failing, 10 something regressed and nothing is failing.
`,
    )
    .action(async (appGroup, functionName, options) => {
      const { health } = await import('../commands/health.js');
      await health(
        {
          ...globalOptions(options),
          appGroup,
          functionName,
          source: options.source,
          metric: options.metric,
          threshold: options.threshold,
          output: options.output,
        },
        io,
      );
    });
  wire(command, io);
  return command;
}
