/**
 * The program: the root command with its help, and every command declared in `program/<name>.ts`. Each command
 * imports its module (`commands/<name>.ts`) only when it runs, so `--help` stays fast.
 */
import { Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import { appsCommand } from './apps.js';
import { completionCommand } from './completion.js';
import { defaultCommand } from './default.js';
import { deleteCommand } from './delete.js';
import { getCommand } from './get.js';
import { healthCommand } from './health.js';
import { instanceCommand } from './instance.js';
import { instancesCommand } from './instances.js';
import { listCommand } from './list.js';
import { resourcesCommand } from './resources.js';
import { runCommand } from './run.js';
import { examples, outputFor } from './shared.js';
import { versionsCommand } from './versions.js';
import { waitCommand } from './wait.js';
import { watchCommand } from './watch.js';

declare const __FNTASKS_VERSION__: string | undefined;
/** The package version, injected by the bundler. */
export const VERSION = typeof __FNTASKS_VERSION__ === 'string' ? __FNTASKS_VERSION__ : '0.0.0-dev';

/** Builds the program; `io` receives all output. */
export function buildProgram(io: Io) {
  const program = new Command('fntasks')
    .description(
      'Find, create and change function instances, their default and resources, read function versions; start, list, inspect, watch, wait on and delete Alibaba Cloud OpenSearch function (training) tasks.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput(outputFor(io))
    .showHelpAfterError('Run "fntasks --help" for the commands.')
    .exitOverride()
    .addHelpText(
      'after',
      `${examples([
        'pnpm start   # then paste the line it prints, e.g. fntasks instances my-app --emulator http://127.0.0.1:8790',
        'fntasks instances my-app ctr --region cn-hangzhou',
        'fntasks list my-app ctr ctr_prod --region cn-hangzhou',
        'fntasks run my-app ctr ctr_prod --wait --timeout 2h --region cn-hangzhou',
        'fntasks completion bash > ~/.local/share/bash-completion/completions/fntasks',
      ])}
Connection: --endpoint, --region, or a region in your credentials (ALIBABA_CLOUD_REGION_ID,
~/.aliyun/config.json); --emulator [url] for a local emulator. Nothing configured is an error, never demo data.
Output: a table on a terminal, ndjson when piped (choose with --output).
Exit codes: 0 ok, 1 unexpected, 2 usage, 3 config/auth, 4 API/network, 5 task failed, 6 wait timeout,
7 task not found, 8 outcome of a write unknown, 9 health: something is failing, 10 health: something regressed,
130 interrupted.
Writes (instance create/update/delete, default set/unset, resources create/update/delete, delete) ask first on a
terminal and need --yes off one; --dry-run prints the request (signed headers redacted) and sends nothing.
`,
    );
  for (const command of [
    appsCommand(io),
    instancesCommand(io),
    instanceCommand(io),
    defaultCommand(io),
    healthCommand(io),
    listCommand(io),
    getCommand(io),
    watchCommand(io),
    waitCommand(io),
    runCommand(io),
    deleteCommand(io),
    versionsCommand(io),
    resourcesCommand(io),
    completionCommand(io, () => program),
  ]) {
    program.addCommand(command);
  }
  return program;
}
