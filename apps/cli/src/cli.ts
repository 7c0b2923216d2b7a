/**
 * The `fntasks` entry point: declares every command and option with commander, imports a command's module
 * only when that command runs (so `--help` stays fast), and is the one place that turns errors into
 * messages and exit codes (README.md, "Exit codes").
 */
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import {
  COLUMN_IDS,
  DEFAULT_EMULATOR_URL,
  OUTPUT_FORMATS,
  parseColumns,
  parseDuration,
  parseOutputFormat,
  parsePositiveInt,
  parseStatus,
  parseTaskRef,
  parseTimeBound,
  STATUS_VALUES,
  type TaskRef,
} from './args.js';
import { CliError, ExitCode, UsageError } from './errors.js';
import { type GlobalOptions, type Io, useColor } from './io.js';
import { openOutput } from './stdio.js';

declare const __FNTASKS_VERSION__: string | undefined;
/** The package version, injected by the bundler. */
export const VERSION = typeof __FNTASKS_VERSION__ === 'string' ? __FNTASKS_VERSION__ : '0.0.0-dev';

/** The default page size: the API's own default of 1 is no use to a person. */
export const DEFAULT_PAGE_SIZE = 20;

/** The largest page size we ask for: core's MAX_PAGE_SIZE, repeated so start-up never loads core (test/args.test.ts checks they agree). */
export const MAX_PAGE_SIZE = 100;

/** Wraps one of our parsers for commander, so a bad value becomes a usage error naming the option. */
function parser<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (error) {
      if (error instanceof UsageError) {
        throw new InvalidArgumentError(error.hint ? `${error.message} ${error.hint}` : error.message);
      }
      throw error;
    }
  };
}

/** commander's output through the Io: its text, and the width and colours of help, never `process.stdout` itself. */
function outputFor(io: Io) {
  return {
    writeOut: (text: string) => io.stdout.write(text),
    writeErr: (text: string) => io.stderr.write(text),
    // commander's own default: the terminal's width, else 80.
    getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
    getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
    getOutHasColors: () => useColor({}, io, io.stdout),
    getErrHasColors: () => useColor({}, io, io.stderr),
  };
}

/** Options every command takes: where to connect, how to print, diagnostics. */
function addCommonOptions(command: Command, io: Io): Command {
  return command
    .option('--endpoint <url>', 'API base URL, e.g. https://opensearch.cn-hangzhou.aliyuncs.com')
    .option('--region <id>', 'region id, e.g. cn-hangzhou (endpoint https://opensearch.<id>.aliyuncs.com)')
    .option('--profile <name>', 'aliyun CLI profile (~/.aliyun/config.json) for credentials and region')
    .option('--emulator [url]', `use a local fntasks emulator (default ${DEFAULT_EMULATOR_URL})`)
    .addOption(
      new Option('--request-timeout <duration>', 'timeout of each API call, e.g. 30s').argParser(
        parser((v) => parseDuration(v, '--request-timeout')),
      ),
    )
    .option('--utc', 'show times in UTC instead of local time')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .option(
      '--debug',
      'print each request with its requestId and latency (secrets redacted), and error stacks',
    )
    .showHelpAfterError(
      `Usage: fntasks ${command.name()} ${command.usage()}\nRun "fntasks ${command.name()} --help" for all options and examples.`,
    )
    .configureOutput(outputFor(io))
    .exitOverride();
}

/** Picks the global options out of commander's parsed options. */
function globals(options: Record<string, unknown>): GlobalOptions {
  return {
    endpoint: options.endpoint as string | undefined,
    region: options.region as string | undefined,
    profile: options.profile as string | undefined,
    emulator: options.emulator as string | boolean | undefined,
    debug: options.debug === true,
    color: options.color !== false,
    utc: options.utc === true,
    requestTimeoutMs: options.requestTimeout as number | undefined,
  };
}

const outputOption = (formats: readonly string[], note: string): Option =>
  new Option('-o, --output <format>', `output format: ${formats.join('|')} (${note})`).argParser(
    parser((value) => {
      const format = parseOutputFormat(value);
      if (!formats.includes(format)) {
        throw new UsageError(`Output format ${JSON.stringify(value)} is not available here.`, {
          hint: `Allowed: ${formats.join(', ')}.`,
        });
      }
      return format;
    }),
  );

const examples = (lines: string[]): string =>
  `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;

/** Builds the program; `io` receives all output. Exported for the completion script and tests. */
export function buildProgram(io: Io): Command {
  const program = new Command('fntasks')
    .description('List, inspect, watch and wait on Alibaba Cloud OpenSearch function (training) tasks.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput(outputFor(io))
    .showHelpAfterError('Run "fntasks --help" for the commands.')
    .exitOverride()
    .addHelpText(
      'after',
      `${examples([
        'fntasks list my_app ctr default --region cn-hangzhou',
        'fntasks list my_app ctr default --emulator --status running',
        'fntasks wait my_app ctr default 3 --timeout 2h --region cn-hangzhou',
        'fntasks completion bash > /etc/bash_completion.d/fntasks',
      ])}
Connection: --endpoint, --region, or a region in your credentials (ALIBABA_CLOUD_REGION_ID,
~/.aliyun/config.json); --emulator for a local emulator. Nothing configured is an error, never demo data.
Output: a table on a terminal, ndjson when piped (choose with --output).
Exit codes: 0 ok, 1 unexpected, 2 usage, 3 config/auth, 4 API/network, 5 task failed, 6 wait timeout,
7 task not found, 130 interrupted.
`,
    );

  const list = new Command('list')
    .description('list the tasks of a function instance, newest first')
    .argument('<appGroup>', 'app group name (appGroupIdentity)')
    .argument('<function>', 'function name, e.g. ctr')
    .argument('<instance>', 'instance name')
    .addOption(
      new Option('-s, --status <status>', `only tasks in this status: ${STATUS_VALUES.join('|')}`).argParser(
        parser(parseStatus),
      ),
    )
    .addOption(
      new Option(
        '--since <time>',
        'only tasks started after: ISO date-time or a duration ago (2h, 7d)',
      ).argParser(parser((v) => parseTimeBound(v, '--since', io.now()))),
    )
    .addOption(
      new Option(
        '--until <time>',
        'only tasks ended before: ISO date-time or a duration ago (2h, 7d)',
      ).argParser(parser((v) => parseTimeBound(v, '--until', io.now()))),
    )
    .addOption(
      new Option('-p, --page <n>', 'page number').argParser(parser((v) => parsePositiveInt(v, '--page'))),
    )
    .addOption(
      new Option('--page-size <n>', `tasks per page (max ${MAX_PAGE_SIZE})`)
        .default(DEFAULT_PAGE_SIZE)
        .argParser(parser((v) => parsePositiveInt(v, '--page-size', MAX_PAGE_SIZE))),
    )
    .option('-a, --all', 'every page (until --limit)')
    .addOption(
      new Option('-l, --limit <n>', 'at most this many tasks, across pages').argParser(
        parser((v) => parsePositiveInt(v, '--limit')),
      ),
    )
    .addOption(outputOption(OUTPUT_FORMATS, 'default: table on a terminal, ndjson when piped'))
    .addOption(
      new Option(
        '-c, --columns <list>',
        `table/csv columns, comma-separated: ${COLUMN_IDS.join(',')}`,
      ).argParser(parser(parseColumns)),
    )
    .addHelpText(
      'after',
      examples([
        'fntasks list my_app ctr default --region cn-hangzhou',
        'fntasks list my_app ctr default --status failed --since 7d',
        'fntasks list my_app ctr default --all --output csv > tasks.csv',
        'fntasks list my_app ctr default --output json | jq ".[0].extendInfo"',
        'fntasks list my_app ctr default --columns run-id,status,metrics,errors --utc',
      ]),
    )
    .action(
      async (appGroup: string, functionName: string, instance: string, options: Record<string, unknown>) => {
        const { list: run } = await import('./commands/list.js');
        await run(
          {
            ...globals(options),
            appGroup,
            functionName,
            instance,
            status: options.status as never,
            since: options.since as number | undefined,
            until: options.until as number | undefined,
            page: options.page as number | undefined,
            pageSize: options.pageSize as number,
            all: options.all === true,
            limit: options.limit as number | undefined,
            output: options.output as never,
            columns: options.columns as never,
          },
          io,
        );
      },
    );

  const get = new Command('get')
    .description('show one task in full: extendInfo pretty-printed, errors listed')
    .argument('<appGroup>', 'app group name')
    .argument('<function>', 'function name')
    .argument('<instance>', 'instance name')
    .argument('<task>', 'run id, or generation number (all digits)')
    .addOption(outputOption(OUTPUT_FORMATS, 'default: a detailed view on a terminal, json when piped'))
    .addHelpText(
      'after',
      examples([
        'fntasks get my_app ctr default 3 --region cn-hangzhou',
        'fntasks get my_app ctr default "trigger__2021-03-05T12:18:41" --output yaml',
      ]),
    )
    .action(
      async (
        appGroup: string,
        functionName: string,
        instance: string,
        task: string,
        options: Record<string, unknown>,
      ) => {
        const { get: run } = await import('./commands/get.js');
        await run(
          {
            ...globals(options),
            appGroup,
            functionName,
            instance,
            task: parseTaskArg(task),
            output: options.output as never,
          },
          io,
        );
      },
    );

  const watch = new Command('watch')
    .description('live view of running tasks (or of one task), until interrupted')
    .argument('<appGroup>', 'app group name')
    .argument('<function>', 'function name')
    .argument('<instance>', 'instance name')
    .argument('[task]', 'only this run id or generation; the watch ends when it finishes')
    .addOption(
      new Option('-i, --interval <duration>', 'time between polls')
        .default(5000, '5s')
        .argParser(parser((v) => parseDuration(v, '--interval'))),
    )
    .addOption(
      new Option('--page-size <n>', 'how many recent tasks to poll')
        .default(DEFAULT_PAGE_SIZE)
        .argParser(parser((v) => parsePositiveInt(v, '--page-size', MAX_PAGE_SIZE))),
    )
    .addOption(
      outputOption(
        ['table', 'ndjson'],
        'default: a live table on a terminal, one ndjson line per change when piped',
      ),
    )
    .addHelpText(
      'after',
      examples([
        'fntasks watch my_app ctr default --region cn-hangzhou',
        'fntasks watch my_app ctr default 3 --interval 10s --emulator',
      ]),
    )
    .action(
      async (
        appGroup: string,
        functionName: string,
        instance: string,
        task: string | undefined,
        options: Record<string, unknown>,
      ) => {
        const { watch: run } = await import('./commands/watch.js');
        await run(
          {
            ...globals(options),
            appGroup,
            functionName,
            instance,
            task: task === undefined ? undefined : parseTaskArg(task),
            intervalMs: options.interval as number,
            pageSize: options.pageSize as number,
            output: options.output as never,
          },
          io,
        );
      },
    );

  const wait = new Command('wait')
    .description('block until a task finishes: exit 0 on success, 5 when it failed, 6 on timeout')
    .argument('<appGroup>', 'app group name')
    .argument('<function>', 'function name')
    .argument('<instance>', 'instance name')
    .argument('<task>', 'run id, or generation number (all digits)')
    .addOption(
      new Option(
        '-t, --timeout <duration>',
        'give up after this long (exit 6), e.g. 2h; default: no limit',
      ).argParser(parser((v) => parseDuration(v, '--timeout'))),
    )
    .addOption(
      new Option('-i, --interval <duration>', 'time between polls')
        .default(10_000, '10s')
        .argParser(parser((v) => parseDuration(v, '--interval'))),
    )
    .addOption(outputOption(['table', 'json', 'ndjson', 'yaml'], 'the final task; default: one summary line'))
    .addHelpText(
      'after',
      examples([
        'fntasks wait my_app ctr default 3 --timeout 2h --region cn-hangzhou',
        'fntasks wait my_app ctr default "trigger__2021-03-05T12:18:41" --interval 30s --output json',
      ]),
    )
    .action(
      async (
        appGroup: string,
        functionName: string,
        instance: string,
        task: string,
        options: Record<string, unknown>,
      ) => {
        const { wait: run } = await import('./commands/wait.js');
        await run(
          {
            ...globals(options),
            appGroup,
            functionName,
            instance,
            task: parseTaskArg(task),
            timeoutMs: options.timeout as number | undefined,
            intervalMs: options.interval as number,
            output: options.output as never,
          },
          io,
        );
      },
    );

  const completion = new Command('completion')
    .description('print a shell completion script')
    .addArgument(new Argument('<shell>', 'bash or zsh').choices(['bash', 'zsh']))
    .addHelpText(
      'after',
      examples([
        'fntasks completion bash > ~/.local/share/bash-completion/completions/fntasks',
        'fntasks completion zsh > ~/.zfunc/_fntasks   # with fpath+=(~/.zfunc) in ~/.zshrc',
      ]),
    )
    .action(async (shell: 'bash' | 'zsh') => {
      const { completion: run } = await import('./commands/completion.js');
      await run({ shell, program: describeProgram(program) }, io);
    });

  for (const command of [list, get, watch, wait]) program.addCommand(addCommonOptions(command, io));
  program.addCommand(
    completion
      .configureOutput(outputFor(io))
      .showHelpAfterError(`Usage: fntasks completion ${completion.usage()}`)
      .exitOverride(),
  );
  return program;
}

/** The `<task>` argument; an empty one is a usage error raised before anything connects. */
function parseTaskArg(value: string): TaskRef {
  return parseTaskRef(value);
}

/** A plain description of the commands and options, for the completion script. */
export interface ProgramDescription {
  readonly commands: ReadonlyArray<{
    readonly name: string;
    readonly options: ReadonlyArray<{
      readonly flags: readonly string[];
      readonly values?: readonly string[];
      readonly takesValue: boolean;
    }>;
    readonly arguments?: readonly string[];
  }>;
}

function describeProgram(program: Command): ProgramDescription {
  return {
    commands: program.commands.map((command) => ({
      name: command.name(),
      options: [
        ...command.options.map((o) => ({
          flags: [o.short, o.long].filter((f): f is string => typeof f === 'string'),
          values: valuesFor(o.long),
          takesValue: o.required || o.optional,
        })),
        { flags: ['-h', '--help'], takesValue: false },
      ],
      arguments: command.name() === 'completion' ? ['bash', 'zsh'] : undefined,
    })),
  };
}

function valuesFor(long: string | undefined): readonly string[] | undefined {
  if (long === '--status') return STATUS_VALUES;
  if (long === '--output') return OUTPUT_FORMATS;
  return undefined;
}

/** How the process looks to a command. A closed stdout pipe (`fntasks list … | head`) is a normal end. */
export function processIo(signal?: AbortSignal): Io {
  return {
    stdout: openOutput(1, () => process.exit(process.exitCode ?? 0)),
    stderr: openOutput(2, () => {}),
    env: process.env,
    now: Date.now,
    signal,
  };
}

/** Turns any error into its one-line message (+ hint) on stderr and returns the exit code. */
export function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander already printed the message (and the usage); help and --version exit 0.
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
  }
  if (error instanceof CliError) {
    io.stderr.write(`error: ${error.message}\n`);
    if (error.hint) io.stderr.write(`hint: ${error.hint}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack) io.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: unexpected: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else
    io.stderr.write(
      'hint: run again with --debug for the stack trace, and report it if it looks like a bug.\n',
    );
  return ExitCode.Unexpected;
}

/** Runs the CLI with `argv` (as in process.argv) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(emulatorUrlOnlyIfUrl(argv));
    return ExitCode.Ok;
  } catch (error) {
    const usage = error instanceof UsageError ? findUsage(program, argv) : undefined;
    const code = reportError(error, io, argv.includes('--debug'));
    if (usage) io.stderr.write(`${usage}\n`);
    return code;
  }
}

/**
 * `--emulator [url]` takes the next word only when it is a URL, so `fntasks list --emulator my-app ctr x`
 * keeps `my-app` as an argument (commander alone would read it as the URL).
 */
export function emulatorUrlOnlyIfUrl(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    out.push(
      word === '--emulator' && next !== undefined && !next.startsWith('-') && !/^https?:\/\//i.test(next)
        ? `--emulator=${DEFAULT_EMULATOR_URL}`
        : word,
    );
  }
  return out;
}

/** For a usage error raised inside a command: that command's usage line. */
function findUsage(program: Command, argv: readonly string[]): string | undefined {
  const command = program.commands.find((c) => argv.slice(2).includes(c.name()));
  return command
    ? `Usage: fntasks ${command.name()} ${command.usage()}\nRun "fntasks ${command.name()} --help" for all options and examples.`
    : undefined;
}

/** The bin's entry: wires Ctrl-C to an AbortSignal (a second Ctrl-C exits at once) and sets process.exitCode. */
export async function run(): Promise<void> {
  // The bundle is minified; with --debug, stack traces map back to src/ (chunks load after this line).
  if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
  const controller = new AbortController();
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(ExitCode.Interrupted);
    controller.abort(new CliError('Interrupted.', ExitCode.Interrupted));
  });
  process.exitCode = await main(process.argv, processIo(controller.signal));
}
