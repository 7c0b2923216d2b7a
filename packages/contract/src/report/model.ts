/** The shape of a verification report: what the summary, the JUnit XML and the `--json` file are written from. */

/** The two halves of a verification. */
export type CheckKind = 'spec' | 'provider';

/** One thing wrong with an interaction: where (a JSON path, or a part of the request or response) and what. */
export interface Problem {
  path: string;
  message: string;
}

/** One check of one interaction. */
export interface CheckResult {
  check: CheckKind;
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed (empty when it passed). */
  problems: Problem[];
  /** Findings that do not fail the check (e.g. a request without `Authorization`). */
  warnings: string[];
  /** Why it was skipped, when it was. */
  reason?: string;
}

/** A provider state as an interaction names it. */
export interface NamedState {
  name: string;
  params: Record<string, unknown>;
}

/** One interaction with the outcome of each check that ran. */
export interface InteractionReport {
  description: string;
  states: NamedState[];
  request: { method: string; path: string };
  checks: CheckResult[];
}

/** One pact (a file, or a pact the broker handed over) and its interactions. */
export interface PactReport {
  /** The file, or `broker:<consumer>` for a pact fetched from a Pact Broker. */
  source: string;
  consumer: string;
  provider: string;
  /** `2`, `3` or `4`; `null` when the broker's pact was not read here. */
  specification: number | null;
  interactions: InteractionReport[];
  /** Findings about the pact as a whole (other provider name, skipped non-HTTP interactions). */
  warnings: string[];
  /** Failures that belong to no single interaction (the verifier could not run, a broken spec check). */
  errors: string[];
}

/** The whole run. */
export interface VerifyReport {
  tool: { name: string; version: string };
  /** The version of the provider-state catalogue the states were set up with. */
  stateCatalogue: string;
  /** Which halves ran. */
  checks: CheckKind[];
  pacts: PactReport[];
  ok: boolean;
  counts: Record<CheckKind, { passed: number; failed: number; skipped: number }>;
}

/** Counts the outcomes of each check kind, and whether everything that ran held. */
export function summarise(pacts: PactReport[]): Pick<VerifyReport, 'ok' | 'counts'> {
  const counts: VerifyReport['counts'] = {
    spec: { passed: 0, failed: 0, skipped: 0 },
    provider: { passed: 0, failed: 0, skipped: 0 },
  };
  for (const pact of pacts) {
    for (const interaction of pact.interactions) {
      for (const check of interaction.checks) counts[check.check][check.status] += 1;
    }
  }
  const ok =
    counts.spec.failed === 0 && counts.provider.failed === 0 && pacts.every((p) => p.errors.length === 0);
  return { ok, counts };
}
