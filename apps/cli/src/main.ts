/**
 * The `fntasks` entry point: builds the program (program/index.ts), runs it, and is the one place that turns
 * errors into messages and exit codes (README.md, "Exit codes"). Commands never call `process.exit`.
 */
import { CommanderError } from '@commander-js/extra-typings';
import { CliError, ExitCode, UsageError } from './errors.js';
import type { Io } from './io.js';
import { buildProgram } from './program/index.js';
import { usageOf } from './program/shared.js';
import { reportError } from './report-error.js';
import { isPlainOutput, openOutput } from './stdio.js';

/** How the process looks to a command. A closed stdout pipe (`fntasks list … | head`) is a normal end. */
export function processIo(signal?: AbortSignal): Io {
  return {
    stdout: openOutput(1, () => process.exit(process.exitCode ?? 0)),
    stderr: openOutput(2, () => {}),
    stdin: {
      // A pipe, a file or /dev/null: nobody can answer a question.
      isTTY: !isPlainOutput(0),
      async question(prompt) {
        const { createInterface } = await import('node:readline/promises');
        const lines = createInterface({ input: process.stdin, output: process.stderr });
        try {
          return await lines.question(prompt);
        } finally {
          lines.close();
        }
      },
    },
    env: process.env,
    now: Date.now,
    signal,
  };
}

/** Runs the CLI with `argv` (as in process.argv) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(emulatorUrlOnlyIfUrl(argv));
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed the message (and the usage); help and --version exit 0.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    const code = reportError(error, io, argv.includes('--debug'));
    const ran = commandOf(program, argv.slice(2));
    if (error instanceof UsageError && ran) io.stderr.write(`${usageOf(ran.command, ran.group)}\n`);
    return code;
  }
}

/** A command as `usageOf` names it. */
interface Named {
  name(): string;
  usage(): string;
  readonly commands: readonly Named[];
}

/**
 * The command `words` ran: the first word naming a command, and for a group (`instance`) the next word naming
 * one of its subcommands, else its first (the default: `instance APP FN INST` is `instance show`).
 */
export function commandOf(
  program: Named,
  words: readonly string[],
): { command: Named; group?: string } | undefined {
  const byName = new Map(program.commands.map((c) => [c.name(), c]));
  const at = words.findIndex((word) => byName.has(word));
  const command = byName.get(words[at] ?? '');
  if (!command || command.commands.length === 0) return command && { command };
  const rest = words.slice(at + 1);
  const sub =
    command.commands.find((c) => c.name() === rest.find((word) => !word.startsWith('-'))) ??
    command.commands[0];
  return sub && { command: sub, group: command.name() };
}

/** A word meant as the emulator's address without a scheme: `localhost:40539`, `127.0.0.1`, `[::1]:8790`. */
const ADDRESS_WITHOUT_SCHEME =
  /^(localhost|\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\]|[a-z0-9.-]+:\d+)(:\d+)?(\/.*)?$/i;

/**
 * `--emulator [url]` takes the next word only when it is a URL (or an address meant as one, which connect()
 * then explains), so `fntasks list --emulator my-app ctr x` keeps `my-app` as an argument (commander alone
 * would read it as the URL).
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
    const takesNext =
      next !== undefined &&
      !next.startsWith('-') &&
      (/^[a-z][a-z0-9+.-]*:\/\//i.test(next) || ADDRESS_WITHOUT_SCHEME.test(next));
    out.push(
      word === '--emulator' && next !== undefined && !next.startsWith('-') && !takesNext
        ? '--emulator='
        : word,
    );
  }
  return out;
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
