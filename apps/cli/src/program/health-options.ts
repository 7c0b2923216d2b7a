/**
 * What `instances` and `health` share: the optional function argument and `--source` (which instances), and
 * `--metric` / `--threshold` (what the overview's rule judges and how strictly).
 */
import { Option } from '@commander-js/extra-typings';
import { INSTANCE_SOURCES, parseOneOf } from '../args.js';
import { UsageError } from '../errors.js';
import { parser } from './shared.js';

/** The longest metric name accepted (extendInfo keys are short words). */
const MAX_METRIC_NAME = 128;

/** Parses `--metric`: a non-empty name without control characters. */
export function parseMetricName(value: string): string {
  const text = value.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (text === '' || text.length > MAX_METRIC_NAME || /[\u0000-\u001f\u007f-\u009f]/.test(text))
    throw new UsageError(
      `Invalid --metric ${JSON.stringify(value)}: expected a metric name such as auc or recall.`,
    );
  return text;
}

/** Parses `--threshold`: a fraction of the recent mean (`0.02`) or a percentage (`2%`), from 0 to 100%. */
export function parseThreshold(value: string): number {
  const text = value.trim();
  const percent = text.endsWith('%');
  const number = /^\d+(\.\d+)?%?$/.test(text) ? Number(percent ? text.slice(0, -1) : text) : Number.NaN;
  const fraction = percent ? number / 100 : number;
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1)
    throw new UsageError(
      `Invalid --threshold ${JSON.stringify(value)}: expected a fraction of the recent mean from 0 to 1 (0.02) or a percentage (2%).`,
    );
  return fraction;
}

/** `--metric NAME`. */
export const metricOption = () =>
  new Option(
    '--metric <name>',
    'the headline metric to show and judge; default: the first metric (by name) whose direction is known',
  ).argParser(parser(parseMetricName));

/** `--threshold FRACTION|PERCENT`. */
export const thresholdOption = () =>
  new Option(
    '--threshold <fraction>',
    // The default is core's DEFAULT_REGRESSION_THRESHOLD (a test checks it): core stays out of the start-up bundle.
    'smallest drop (fraction or %, of the recent mean) that counts as a regression, if also beyond 2 standard deviations; default 1%',
  ).argParser(parser(parseThreshold));

/** The optional `[function]` argument's help: without it, every documented function is read. */
export const FUNCTION_ARGUMENT_HELP =
  'function name; default: each of ctr, pop, category, hot, hint, suggest, analyzer, termweight';

/** `--source user|builtin|all`. */
export const sourceOption = () =>
  new Option('--source <source>', "which instances: the user's (the service's default), builtin, or all")
    .choices(INSTANCE_SOURCES)
    .argParser(parser((v) => parseOneOf(v, INSTANCE_SOURCES, '--source')));
