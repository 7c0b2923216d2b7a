/** `--timeout` and `--interval` of `wait` (shared with `run --wait` so both wait the same way) and `watch`. */
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

/** `-i, --interval <duration>` between polls, defaulting to `text` (`ms` milliseconds). */
export function intervalOption(text: string, ms: number) {
  return new Option('-i, --interval <duration>', 'time between polls (at least 1s against a real endpoint)')
    .default({ text, ms }, text)
    .argParser(parser(parseInterval));
}

/** `wait`'s and `run --wait`'s `--interval`, default 10s. */
export function waitIntervalOption() {
  return intervalOption('10s', 10_000);
}
