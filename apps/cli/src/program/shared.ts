/**
 * What every command declaration shares: the typed option parser wrapper, commander's output through the Io,
 * the connection and display options, the `APP FN INST` arguments, `--output` with a per-command set of
 * formats, and the examples block. Commands are declared in `program/<name>.ts`, each beside its arguments.
 */
import {
  Argument,
  Command,
  InvalidArgumentError,
  Option,
  type OptionValues,
} from '@commander-js/extra-typings';
import { inertLines } from '@fntasks/output';
import { type Interval, type OutputFormat, parseDuration, parseOutputFormat, parseQps } from '../args.js';
import { UsageError } from '../errors.js';
import { type GlobalOptions, type Io, useColor } from '../io.js';
import { MIN_EMULATOR_INTERVAL_MS, MIN_INTERVAL_MS } from '../limits.js';
import { suggest } from './describe.js';

/**
 * Wraps one of our parsers for commander, so a bad value becomes a usage error naming the option. Commander
 * already says `option '--since <time>' argument 'x' is invalid.`, so our own `Invalid --since "x"` opening is
 * left out and only the reason and the hint follow.
 */
export function parser<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => reworded(() => parse(value), value);
}

/** `parser` for a repeatable option, whose parse also gets what the earlier occurrences gave. */
export function collectingParser<T>(
  parse: (value: string, previous: T | undefined) => T,
): (value: string, previous: T | undefined) => T {
  return (value, previous) => reworded(() => parse(value, previous), value);
}

/** Runs `parse`; its UsageError becomes commander's InvalidArgumentError with the reason and the hint. */
function reworded<T>(parse: () => T, value: string): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UsageError) {
      const reason = withoutOpening(error.message, value);
      throw new InvalidArgumentError([reason, error.hint].filter(Boolean).join(' '));
    }
    throw error;
  }
}

/** `Invalid --since "x": reason.` → `Reason.`; `Invalid --since "x".` → ``; any other message unchanged. */
function withoutOpening(message: string, value: string): string {
  const opening = /^Invalid \S+ /.exec(message);
  const quoted = JSON.stringify(value);
  if (!opening || !message.startsWith(quoted, opening[0].length)) return message;
  const rest = message.slice(opening[0].length + quoted.length).replace(/^[:.]\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** commander's output through the Io: its text, and the width and colours of help, never `process.stdout` itself. */
export function outputFor(io: Io) {
  return {
    writeOut: (text: string) => io.stdout.write(text),
    // commander's messages quote what the user typed.
    writeErr: (text: string) => io.stderr.write(inertLines(text)),
    // commander's own default: the terminal's width, else 80.
    getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
    getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
    getOutHasColors: () => useColor({}, io, io.stdout),
    getErrHasColors: () => useColor({}, io, io.stderr),
  };
}

/** The usage lines printed after a usage error of a command; `group` is the command it belongs to (`instance`). */
export function usageOf(command: { name(): string; usage(): string }, group?: string): string {
  const name = group === undefined ? command.name() : `${group} ${command.name()}`;
  return `Usage: fntasks ${name} ${command.usage()}\nRun "fntasks ${name} --help" for all options and examples.`;
}

/** What `wire` calls on a command (a structural type: comparing whole typed commands is slow for tsc). */
interface Wireable {
  name(): string;
  usage(): string;
  showHelpAfterError(message: string): unknown;
  configureOutput(output: ReturnType<typeof outputFor>): unknown;
  exitOverride(): unknown;
}

/**
 * Error handling and output shared by every command: errors thrown, not exits; usage after a usage error.
 * `group` names the command a subcommand belongs to (`instance` for `instance create`).
 */
export function wire(command: Wireable, io: Io, group?: string): void {
  command.showHelpAfterError(usageOf(command, group));
  command.configureOutput(outputFor(io));
  command.exitOverride();
}

/**
 * The `APP FN INST` arguments that address a function instance; `@default` as INST is the function's default
 * instance (commands/target.ts resolves it), and completion offers it.
 */
export function withInstanceArguments<Opts extends OptionValues>(command: Command<[], Opts>) {
  return command
    .argument('<appGroup>', 'app group name (appGroupIdentity)')
    .argument('<function>', 'function name, e.g. ctr')
    .addArgument(
      suggest(new Argument('<instance>', "instance name, or @default for the function's default instance"), [
        '@default',
      ]),
    );
}

/** The `APP FN INST` arguments of `instance create`, where INST is the new instance's name (no `@default`). */
export function withNewInstanceArguments<Opts extends OptionValues>(command: Command<[], Opts>) {
  return command
    .argument('<appGroup>', 'app group name (appGroupIdentity)')
    .argument('<function>', 'function name, e.g. ctr')
    .argument('<instance>', 'name of the new instance: a letter, then letters, digits or _ (at most 30)');
}

/**
 * A command made of subcommands (`instance show|create|update|delete`): no options of its own, so every option
 * typed after it reaches the subcommand; its help lists them.
 */
export function commandGroup(name: string, description: string, io: Io) {
  // No implicit `help` subcommand: `instance help ctr x` is the older form with an app group named help.
  const command = new Command(name)
    .description(description)
    .helpOption('-h, --help', 'show help')
    .helpCommand(false);
  wire(command, io);
  return command;
}

/**
 * A command that talks to the API: its connection, display and diagnostic options come first, in their own
 * help group. (Declared on a fresh command, not added to a typed one: chaining eight options onto a generic
 * commander type costs the type checker minutes.)
 */
export function connectedCommand(name: string) {
  return new Command(name)
    .optionsGroup('Connection and display:')
    .option('--endpoint <url>', 'API base URL, e.g. https://opensearch.cn-hangzhou.aliyuncs.com')
    .option('--region <id>', 'region id, e.g. cn-hangzhou (endpoint https://opensearch.<id>.aliyuncs.com)')
    .option('--profile <name>', 'aliyun CLI profile (~/.aliyun/config.json) for credentials and region')
    .option(
      '--emulator [url]',
      'use a local fntasks emulator: the URL given, else $FNTASKS_EMULATOR_URL, else the one `pnpm start` started, else http://127.0.0.1:8790',
    )
    .addOption(
      new Option('--request-timeout <duration>', 'timeout of each API call, e.g. 30s').argParser(
        parser((v) => parseDuration(v, '--request-timeout')),
      ),
    )
    .addOption(
      new Option(
        '--qps <n>',
        'at most n API calls a second for the whole command (also FNTASKS_QPS): under a gateway cap, throttled calls slow the command down instead of failing it',
      ).argParser(parser((v) => parseQps(v, '--qps'))),
    )
    .option('--utc', 'show times in UTC instead of local time')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .option(
      '--debug',
      'print each request with its requestId and latency (secrets redacted), and error stacks',
    )
    .optionsGroup('Options:');
}

/** A command on `APP FN` (its app group and function): `default …`, `resources …`. */
export function functionCommand(name: string, description: string) {
  return connectedCommand(name)
    .description(description)
    .argument('<appGroup>', 'app group name (appGroupIdentity)')
    .argument('<function>', 'function name, e.g. ctr');
}

/** The connection and display options as a command function takes them. */
export function globalOptions(options: {
  endpoint?: string;
  region?: string;
  profile?: string;
  emulator?: string | true;
  requestTimeout?: number;
  qps?: number;
  utc?: true;
  color: boolean;
  debug?: true;
}): GlobalOptions {
  return {
    endpoint: options.endpoint,
    region: options.region,
    profile: options.profile,
    // `--emulator` with no URL arrives as `true`, or as '' from main.ts's rewrite: both mean "find it".
    emulator: options.emulator === '' ? true : options.emulator,
    debug: options.debug === true,
    color: options.color,
    utc: options.utc === true,
    requestTimeoutMs: options.requestTimeout,
    ...(options.qps !== undefined ? { qps: options.qps } : {}),
  };
}

/** The connection options and the `APP FN INST` arguments, as a command function takes them. */
export function instanceTarget(
  appGroup: string,
  functionName: string,
  instance: string,
  options: Parameters<typeof globalOptions>[0],
): GlobalOptions & { appGroup: string; functionName: string; instance: string } {
  return { ...globalOptions(options), appGroup, functionName, instance };
}

/** `-o, --output <format>` limited to `formats`: help, completion and the parser all read the same list. */
export function outputOption<const F extends readonly OutputFormat[]>(formats: F, note: string) {
  return new Option('-o, --output <format>', `output format (${note})`).choices(formats).argParser(
    parser((value): F[number] => {
      const format = parseOutputFormat(value);
      if (!formats.includes(format)) {
        throw new UsageError(`--output ${JSON.stringify(value)} is not available here.`, {
          hint: `Allowed: ${formats.join(', ')}.`,
        });
      }
      return format;
    }),
  );
}

/** The examples block at the end of a command's help. */
export const examples = (lines: readonly string[]): string =>
  `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;

/**
 * `--interval` against where the command connects: at least `MIN_INTERVAL_MS` (1s) for a real endpoint, where
 * faster polling only draws throttling; an emulator takes down to 50ms.
 */
export function checkInterval(interval: Interval, options: GlobalOptions): number {
  const { ms: intervalMs, text } = interval;
  const emulator = options.emulator !== undefined && options.emulator !== false;
  const min = emulator ? MIN_EMULATOR_INTERVAL_MS : MIN_INTERVAL_MS;
  if (intervalMs < min) {
    throw new UsageError(
      `--interval ${text} is shorter than the minimum of ${min >= 1000 ? `${min / 1000}s` : `${min}ms`}${emulator ? ' for an emulator' : ' against a real endpoint'}.`,
      {
        hint: emulator
          ? 'Use --interval 50ms or more.'
          : 'Use --interval 1s or more (the default is kinder to the service).',
      },
    );
  }
  return intervalMs;
}
