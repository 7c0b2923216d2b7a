/**
 * The options every command that changes something shares: `--yes` (required off a terminal), `--dry-run` (print
 * the request, send nothing), and, where a body is sent, `--file` and the repeatable `name=value` parameters.
 * The work is in write.ts (confirmation, dry run) and body-file.ts (reading the file), in the command bundles.
 */
import { Option } from '@commander-js/extra-typings';
import { type NameValue, parseNameValue } from '../args.js';
import { collectingParser } from './shared.js';

/** `-y, --yes`. */
export const yesOption = () => new Option('-y, --yes', 'do not ask (required when stdin is not a terminal)');

/** `--dry-run`. */
export const dryRunOption = () =>
  new Option(
    '--dry-run',
    'print the request that would be sent (signed headers redacted) and send nothing; needs no --yes',
  );

/** `-f, --file <path>`: the body's fields from a JSON or YAML file; `fields` lists them for the help. */
export const fileOption = (fields: string) =>
  new Option(
    '-f, --file <path>',
    `the request's fields from a JSON or YAML file (.json, .yaml, .yml), camelCase: ${fields}; options given beside it win`,
  );

/** A repeatable `name=value` option, e.g. `--create-param model_name=v1`, collected in order. */
export function nameValueOption<const F extends string>(flag: F, description: string) {
  return new Option(`${flag} <name=value>`, `${description} (repeatable)`).argParser(
    collectingParser((value: string, previous: NameValue[] | undefined) =>
      parseNameValue(value, previous, flag),
    ),
  );
}

/** The write flags as a command function takes them. */
export function writeFlags(options: { yes?: true; dryRun?: true }) {
  return { yes: options.yes === true, dryRun: options.dryRun === true };
}
