/**
 * The provider half: runs the worker process (emulator + pact-js Verifier) and turns what the verifier reports
 * into one provider check per interaction. Unknown states and states that could not be set up fail the
 * interactions that named them, whatever the verifier made of them.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { knownStateTexts, unknownStateMessage } from '@fntasks/emulator';
import { PROVIDER_NAME } from '../names.js';
import type { PactFile, PactInteraction } from '../pact-file.js';
import type { CheckResult, NamedState, PactReport, Problem } from '../report/model.js';
import { prefixRegexWarnings } from './regex-rules.js';
import type { StateFailure } from './state-handlers.js';
import type { VerifierInteractionResult, VerifierRun } from './verifier-run.js';
import type { BrokerSettings, WorkerRequest, WorkerResponse } from './worker-protocol.js';

/** What the provider half produced. */
export interface ProviderCheckOutcome {
  /** Provider check results per local pact file, by interaction index. */
  byFile: Map<string, { byInteraction: Map<number, CheckResult>; errors: string[] }>;
  /** One report per consumer whose pact the broker handed over. */
  brokerReports: PactReport[];
  /** The verifier's own output (for `--verifier-log`). */
  verifierOutput: string;
  /** How many answers the mutating proxy changed (mutation tests only). */
  mutated: number;
}

/** The environment of the worker: no `PACT_BROKER_*` (the verifier would fetch from a broker by itself). */
function workerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PACT_DO_NOT_TRACK: process.env.PACT_DO_NOT_TRACK ?? 'true',
  };
  for (const key of Object.keys(env)) if (key.startsWith('PACT_BROKER_')) delete env[key];
  return env;
}

/** Runs the worker with `request`; resolves with its answer and everything it printed. */
function runWorker(
  request: WorkerRequest,
  timeoutMs: number,
): Promise<{ response: WorkerResponse; printed: string }> {
  const worker = fork(fileURLToPath(new URL('./worker.js', import.meta.url)), [], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: workerEnv(),
  });
  const printed: Buffer[] = [];
  worker.stdout?.on('data', (chunk: Buffer) => printed.push(chunk));
  worker.stderr?.on('data', (chunk: Buffer) => printed.push(chunk));
  return new Promise((resolve, reject) => {
    let answer: WorkerResponse | { fatal: string } | null = null;
    const timer = setTimeout(() => {
      worker.kill('SIGKILL');
      reject(new Error(`provider verification did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    worker.on('message', (message: WorkerResponse | { fatal: string }) => {
      answer = message;
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', (code, signal) => {
      clearTimeout(timer);
      const text = Buffer.concat(printed).toString('utf8');
      if (answer && !('fatal' in answer)) return resolve({ response: answer, printed: text });
      const why = answer && 'fatal' in answer ? answer.fatal : `it exited with ${signal ?? `code ${code}`}`;
      reject(new Error(`provider verification could not run: ${why}${text ? `\n${text.slice(-4000)}` : ''}`));
    });
    worker.send(request);
  });
}

/** The key an interaction and its verifier result share: description and state names. */
function keyOf(description: string, states: readonly string[]): string {
  return JSON.stringify([description, ...states]);
}

/** The problems the verifier reported for one interaction. */
function problemsOf(result: VerifierInteractionResult): Problem[] {
  const mismatch = result.mismatch;
  const problems = (mismatch?.mismatches ?? []).map((m) => ({
    path: m.path ?? (m.type === 'StatusMismatch' ? 'status' : (m.type ?? 'response')),
    message: m.mismatch ?? 'mismatch',
  }));
  if (problems.length > 0) return problems;
  return [{ path: '(verifier)', message: result.error ?? mismatch?.message ?? `result: ${result.result}` }];
}

/** JSON with object keys sorted: the verifier hands parameters over in its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Problems with the states an interaction names: unknown to the catalogue, or failed to set up. */
function stateProblems(
  states: readonly NamedState[],
  failures: readonly StateFailure[],
  matchParams: boolean,
): Problem[] {
  const known = new Set(knownStateTexts());
  const problems: Problem[] = [];
  for (const state of states) {
    if (!known.has(state.name)) {
      problems.push({ path: 'providerStates', message: unknownStateMessage(state.name) });
      continue;
    }
    const failure = failures.find(
      (f) => f.state === state.name && (!matchParams || canonical(f.params) === canonical(state.params)),
    );
    if (failure) {
      problems.push({
        path: 'providerStates',
        message: `state "${state.name}" could not be set up: ${failure.message}`,
      });
    }
  }
  return problems;
}

/** The provider check of one interaction from the verifier's result for it. */
function checkOf(
  interaction: Pick<PactInteraction, 'states'> & { http?: boolean },
  result: VerifierInteractionResult | undefined,
  failures: readonly StateFailure[],
  matchParams = true,
): CheckResult {
  if (interaction.http === false) {
    return {
      check: 'provider',
      status: 'skipped',
      problems: [],
      warnings: [],
      reason: 'not an HTTP interaction',
    };
  }
  const problems = stateProblems(interaction.states, failures, matchParams);
  const warnings: string[] = [];
  if (!result) {
    problems.push({ path: '(verifier)', message: 'the verifier reported nothing for this interaction' });
  } else if (result.result !== 'OK') {
    if (result.pending)
      warnings.push('pending interaction: its failure does not fail the build on the broker');
    problems.push(...problemsOf(result));
  }
  return { check: 'provider', status: problems.length > 0 ? 'failed' : 'passed', problems, warnings };
}

/** Verifies the local `pacts` (and the broker's, when given) against the emulator. */
export async function checkAgainstProvider(
  pacts: readonly PactFile[],
  options: { broker?: BrokerSettings; mutation?: WorkerRequest['mutation']; timeoutMs?: number } = {},
): Promise<ProviderCheckOutcome> {
  const request: WorkerRequest = {
    pacts: pacts.map((p) => ({ file: p.file, provider: p.provider })),
    ...(options.broker ? { broker: options.broker } : {}),
    ...(options.mutation ? { mutation: options.mutation } : {}),
  };
  const { response, printed } = await runWorker(request, options.timeoutMs ?? 600_000);
  const runsBySource = new Map(response.runs.map((run) => [run.source, run]));
  const byFile: ProviderCheckOutcome['byFile'] = new Map();
  for (const pact of pacts) {
    const run = runsBySource.get(pact.file);
    const results = new Map<string, VerifierInteractionResult>();
    for (const r of run?.interactionResults ?? [])
      results.set(keyOf(r.description, r.providerStates ?? []), r);
    const byInteraction = new Map<number, CheckResult>();
    const regexWarnings = prefixRegexWarnings(pact.file);
    for (const interaction of pact.interactions) {
      const result = results.get(
        keyOf(
          interaction.description,
          interaction.states.map((s) => s.name),
        ),
      );
      const check = checkOf(interaction, result, response.stateFailures);
      check.warnings.push(...(regexWarnings.get(interaction.index) ?? []));
      byInteraction.set(interaction.index, check);
    }
    byFile.set(pact.file, {
      byInteraction,
      errors: run?.error ? [`provider verification: ${run.error}`] : [],
    });
  }
  const brokerRun = runsBySource.get('broker');
  return {
    byFile,
    brokerReports: brokerRun ? brokerReports(brokerRun, response.stateFailures) : [],
    verifierOutput: [printed, ...response.runs.flatMap((r) => r.output)].join('\n'),
    mutated: response.mutated,
  };
}

/** Reports for the pacts a broker handed over, one per consumer (read from the verifier's results). */
function brokerReports(run: VerifierRun, failures: readonly StateFailure[]): PactReport[] {
  const byConsumer = new Map<string, PactReport>();
  for (const result of run.interactionResults) {
    const consumer = result.consumer ?? '(unknown consumer)';
    let report = byConsumer.get(consumer);
    if (!report) {
      report = {
        source: `broker:${consumer}`,
        consumer,
        provider: result.provider ?? PROVIDER_NAME,
        specification: null,
        interactions: [],
        warnings: [],
        errors: [],
      };
      byConsumer.set(consumer, report);
    }
    // The verifier reports state names only, so a setup failure is matched by name.
    const states = (result.providerStates ?? []).map((name) => ({ name, params: {} }));
    report.interactions.push({
      description: result.description,
      states,
      request: { method: '', path: '' },
      checks: [checkOf({ states }, result, failures, false)],
    });
  }
  const reports = [...byConsumer.values()];
  if (run.error && reports.length === 0) {
    reports.push({
      source: 'broker',
      consumer: '(none)',
      provider: PROVIDER_NAME,
      specification: null,
      interactions: [],
      warnings: [],
      errors: [`provider verification: ${run.error}`],
    });
  }
  return reports;
}
