/**
 * `fntasks-contract verify`: reads the pact files, checks each interaction against the spec and against the
 * emulator, and writes the requested reports. A plain function: the CLI and the tests call the same code.
 */
import { STATE_CATALOGUE_VERSION } from '@fntasks/emulator';
import { PROVIDER_NAME, TOOL } from '../names.js';
import { checkOutputFiles, type OutputFile, writeOutputFile } from '../output-file.js';
import { type PactFile, readPactFile } from '../pact-file.js';
import { checkAgainstProvider, type ProviderCheckOutcome } from '../provider/provider-check.js';
import type { BrokerSettings, WorkerRequest } from '../provider/worker-protocol.js';
import { formatJunit } from '../report/junit.js';
import { type CheckKind, type PactReport, summarise, type VerifyReport } from '../report/model.js';
import { checkAgainstSpec, type SpecCheckOutcome } from '../spec/spec-check.js';
import { bundledSpecFile } from '../spec/spec-file.js';
import { UsageError } from '../usage-error.js';

/** What to verify and where to write the results. */
export interface VerifyOptions {
  /** Local pact files (V2, V3 or V4). May be empty when a broker is given. */
  pactFiles: string[];
  /** Which halves to run (default both). */
  checks?: CheckKind[];
  /** Write JUnit XML here. */
  junit?: string;
  /** Write the JSON report here. */
  json?: string;
  /** Write the Pact verifier's own (long) output here. */
  verifierLog?: string;
  /** Also verify the pacts a Pact Broker selects for `opensearch-function-tasks` (provider check only). */
  broker?: BrokerSettings;
  /** The spec's bundled JSON (default: the installed `@fntasks/openapi`). */
  specFile?: string;
  /** For this package's own mutation tests: the provider answers through a contract-breaking proxy. */
  mutation?: WorkerRequest['mutation'];
}

/** The report, plus what only the caller needs (the verifier's output, the mutation count). */
export interface VerifyOutcome {
  report: VerifyReport;
  verifierOutput: string;
  mutated: number;
}

/** The report files asked for, with the option that names each. */
function outputFiles(options: VerifyOptions): OutputFile[] {
  const outputs: OutputFile[] = [];
  if (options.junit) outputs.push({ option: '--junit', file: options.junit });
  if (options.json) outputs.push({ option: '--json', file: options.json });
  if (options.verifierLog) outputs.push({ option: '--verifier-log', file: options.verifierLog });
  return outputs;
}

/** A report skeleton for one pact file, with warnings about who it is between. */
function pactReport(pact: PactFile): PactReport {
  const warnings = [...pact.warnings];
  if (pact.provider !== PROVIDER_NAME) {
    warnings.push(
      `the pact's provider is ${JSON.stringify(pact.provider)}, not ${JSON.stringify(PROVIDER_NAME)}: verified as ${PROVIDER_NAME} anyway`,
    );
  }
  return {
    source: pact.file,
    consumer: pact.consumer,
    provider: pact.provider,
    specification: pact.specification,
    interactions: pact.interactions.map((i) => ({
      description: i.description,
      states: i.states,
      request: i.request,
      checks: [],
    })),
    warnings,
    errors: [],
  };
}

/** Runs the verification; throws `UsageError` for a call that cannot run (exit 2). */
export async function verify(options: VerifyOptions): Promise<VerifyOutcome> {
  // Without local files there is nothing to check against the spec: a broker's pacts get the provider check.
  const checks = options.checks ?? (options.pactFiles.length > 0 ? ['spec', 'provider'] : ['provider']);
  if (options.pactFiles.length === 0 && !options.broker) {
    throw new UsageError('no pact files given: pass one or more PACT_FILE paths, or --broker-url');
  }
  if (options.broker && !checks.includes('provider')) {
    throw new UsageError(
      '--broker-url verifies against the provider: it cannot be combined with --spec-only',
    );
  }
  checkOutputFiles(outputFiles(options));
  const pacts = options.pactFiles.map(readPactFile);
  const reports = pacts.map(pactReport);

  const spec = new Map<string, SpecCheckOutcome>();
  if (checks.includes('spec')) {
    const specFile = options.specFile ?? bundledSpecFile();
    for (const pact of pacts) spec.set(pact.file, await checkAgainstSpec(pact, specFile));
  }
  let provider: ProviderCheckOutcome | null = null;
  if (checks.includes('provider')) {
    provider = await checkAgainstProvider(pacts, {
      ...(options.broker ? { broker: options.broker } : {}),
      ...(options.mutation ? { mutation: options.mutation } : {}),
    });
  }

  pacts.forEach((pact, n) => {
    const report = reports[n] as PactReport;
    const specOutcome = spec.get(pact.file);
    const providerOutcome = provider?.byFile.get(pact.file);
    report.errors.push(...(specOutcome?.errors ?? []), ...(providerOutcome?.errors ?? []));
    pact.interactions.forEach((interaction, i) => {
      const target = report.interactions[i];
      const specCheck = specOutcome?.byInteraction.get(interaction.index);
      const providerCheck = providerOutcome?.byInteraction.get(interaction.index);
      if (target && specCheck) target.checks.push(specCheck);
      if (target && providerCheck) target.checks.push(providerCheck);
    });
  });
  const allReports = [...reports, ...(provider?.brokerReports ?? [])];
  const report: VerifyReport = {
    tool: { name: TOOL.name, version: TOOL.version },
    stateCatalogue: STATE_CATALOGUE_VERSION,
    checks,
    pacts: allReports,
    ...summarise(allReports),
  };
  if (options.junit) writeOutputFile(options.junit, formatJunit(report));
  if (options.json) writeOutputFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
  const verifierOutput = provider?.verifierOutput ?? '';
  if (options.verifierLog) writeOutputFile(options.verifierLog, verifierOutput);
  return { report, verifierOutput, mutated: provider?.mutated ?? 0 };
}
