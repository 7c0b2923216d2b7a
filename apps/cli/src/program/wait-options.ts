/** `--timeout` and `--interval` of `wait`, shared with `run --wait` so both wait the same way. */
import { Option } from '@commander-js/extra-typings';
import { parseDuration, parseInterval } from '../args.js';
import { parser } from './shared.js';

/** `-t, --timeout <duration>`: give up after this long (exit 6). */
export function timeoutOption() {
  return new Option(
    '-t, --timeout <duration>',
    'give up after this long (exit 6), e.g. 2h; default: no limit',
  ).argParser(parser((v) => parseDuration(v, '--timeout')));
}

/** `-i, --interval <duration>` between polls, default 10s. */
export function waitIntervalOption() {
  return new Option('-i, --interval <duration>', 'time between polls (at least 1s against a real endpoint)')
    .default({ text: '10s', ms: 10_000 }, '10s')
    .argParser(parser(parseInterval));
}
