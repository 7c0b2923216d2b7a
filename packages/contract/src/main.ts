/**
 * The command line: `fntasks-contract verify PACT_FILE... [options]`. Declares the options beside the command,
 * calls the plain `verify` function, prints the summary, and maps the outcome to the exit code: 0 when every
 * check held, 1 when one failed, 2 for a usage error (a bad option, an unreadable or non-Pact file).
 */
import { Command, CommanderError, Option } from '@commander-js/extra-typings';
import { verify } from './commands/verify.js';
import { TOOL } from './names.js';
import type { BrokerSettings } from './provider/worker-protocol.js';
import { printable } from './report/printable.js';
import { formatSummary } from './report/summary.js';
import { UsageError } from './usage-error.js';

/** Where the command line writes (the process's streams, or a test's buffers). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The selectors Pact recommends when none are given: the main branch and what is deployed or released. */
const DEFAULT_SELECTORS = [{ mainBranch: true }, { deployedOrReleased: true }];

/** Reads `--consumer-version-selectors`: a JSON array of selector objects, as the Pact Broker defines them. */
function parseSelectors(value: string): Record<string, unknown>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new UsageError(
      `--consumer-version-selectors must be a JSON array such as '[{"mainBranch":true},{"deployedOrReleased":true}]', got ${JSON.stringify(value)}`,
    );
  }
  if (
    !Array.isArray(parsed) ||
    !parsed.every((s) => typeof s === 'object' && s !== null && !Array.isArray(s))
  ) {
    throw new UsageError(
      `--consumer-version-selectors must be a JSON array of objects, got ${JSON.stringify(value)}`,
    );
  }
  return parsed as Record<string, unknown>[];
}

/** The program, writing through `io`; `exitCode` is set by the action. */
function program(io: Io, result: { exitCode: number }) {
  const root = new Command('fntasks-contract')
    .description('Verify a consumer pact against the OpenSearch function-task spec and the fntasks emulator.')
    .version(TOOL.version)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  root
    .command('verify')
    .description(
      'Check each interaction against the OpenAPI spec and against the emulator (started in-process on 127.0.0.1); exit 0 when all hold, 1 when any fails, 2 on usage errors.',
    )
    .argument('[pactFiles...]', 'pact files (Pact V2, V3 or V4, from any Pact implementation)')
    .option('--junit <file>', 'write JUnit XML (a test case per interaction and check)')
    .option('--json <file>', 'write the report as JSON')
    .option('--verifier-log <file>', "write the Pact verifier's full output (long) to this file")
    .addOption(new Option('--spec-only', 'only check the pacts against the spec').conflicts('providerOnly'))
    .addOption(new Option('--provider-only', 'only verify the pacts against the emulator'))
    .addOption(
      new Option(
        '--broker-url <url>',
        'also verify the pacts a Pact Broker selects for opensearch-function-tasks',
      ).env('PACT_BROKER_BASE_URL'),
    )
    .addOption(new Option('--broker-token <token>', 'Pact Broker bearer token').env('PACT_BROKER_TOKEN'))
    .addOption(
      new Option('--broker-username <name>', 'Pact Broker basic-auth user').env('PACT_BROKER_USERNAME'),
    )
    .addOption(
      new Option('--broker-password <password>', 'Pact Broker basic-auth password').env(
        'PACT_BROKER_PASSWORD',
      ),
    )
    .option(
      '--consumer-version-selectors <json>',
      'which consumer versions to verify, as a JSON array (default: main branch, deployed or released)',
      parseSelectors,
    )
    .option('--provider-version-branch <branch>', 'the provider branch, for pending and WIP pacts')
    .option('--enable-pending', 'pending pacts do not fail the build (broker)')
    .option('--publish-verification-results', 'publish the results to the broker (needs --provider-version)')
    .option('--provider-version <version>', 'the provider version the results are published under')
    .action(async (pactFiles, options) => {
      if (options.publishVerificationResults && !options.providerVersion) {
        throw new UsageError('--publish-verification-results needs --provider-version VERSION');
      }
      if (options.publishVerificationResults && !options.brokerUrl) {
        throw new UsageError('--publish-verification-results publishes to a broker: give --broker-url too');
      }
      const broker: BrokerSettings | undefined = options.brokerUrl
        ? {
            url: options.brokerUrl,
            ...(options.brokerToken ? { token: options.brokerToken } : {}),
            ...(options.brokerUsername ? { username: options.brokerUsername } : {}),
            ...(options.brokerPassword ? { password: options.brokerPassword } : {}),
            consumerVersionSelectors: options.consumerVersionSelectors ?? DEFAULT_SELECTORS,
            ...(options.providerVersionBranch
              ? { providerVersionBranch: options.providerVersionBranch }
              : {}),
            ...(options.enablePending ? { enablePending: true } : {}),
            ...(options.publishVerificationResults && options.providerVersion
              ? { publish: { providerVersion: options.providerVersion } }
              : {}),
          }
        : undefined;
      const { report } = await verify({
        pactFiles,
        ...(options.specOnly ? { checks: ['spec'] } : options.providerOnly ? { checks: ['provider'] } : {}),
        ...(options.junit ? { junit: options.junit } : {}),
        ...(options.json ? { json: options.json } : {}),
        ...(options.verifierLog ? { verifierLog: options.verifierLog } : {}),
        ...(broker ? { broker } : {}),
      });
      io.out(`${formatSummary(report)}\n`);
      result.exitCode = report.ok ? 0 : 1;
    });
  return root;
}

/** Runs the command line with `argv` (without node and the script); resolves with the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const result = { exitCode: 0 };
  const debug = argv.includes('--debug');
  try {
    await program(io, result).parseAsync(
      argv.filter((a) => a !== '--debug'),
      { from: 'user' },
    );
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end here too, with exit code 0; commander has already printed its message.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.err(
        `fntasks-contract: ${printable(error.message)}\nRun fntasks-contract verify --help for the options.\n`,
      );
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`fntasks-contract: ${printable(message)}\n`);
    if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return 1;
  }
}
