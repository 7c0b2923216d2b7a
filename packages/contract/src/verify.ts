/** Runs pact-js provider verification of one pact file against a running provider. */
import { Verifier } from '@pact-foundation/pact';
import { PROVIDER } from './paths.js';
import type { StateHandler } from './provider-states.js';

/** One mismatch the verifier found: which interaction, where in the response, and what. */
export interface Mismatch {
  interaction: string;
  path: string;
  mismatch: string;
}

/** The outcome: `ok`, or the verifier's failure text and the mismatches parsed from it. */
export type VerificationOutcome = { ok: true } | { ok: false; failure: string; mismatches: Mismatch[] };

/** Verifies `pactFile` against `providerBaseUrl`, setting each interaction's state with `stateHandlers`. */
export async function verifyPact(options: {
  providerBaseUrl: string;
  pactFile: string;
  stateHandlers: Record<string, StateHandler>;
}): Promise<VerificationOutcome> {
  const verifier = new Verifier({
    provider: PROVIDER,
    providerBaseUrl: options.providerBaseUrl,
    pactUrls: [options.pactFile],
    stateHandlers: options.stateHandlers,
    logLevel: 'error',
  });
  try {
    await verifier.verifyProvider();
    return { ok: true };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { ok: false, failure, mismatches: parseMismatches(failure) };
  }
}

interface VerifierReport {
  errors?: { interaction?: string; mismatch?: { mismatches?: { path?: string; mismatch?: string }[] } }[];
}

/** Reads the mismatches out of the verifier's JSON report (empty when the failure is not such a report). */
export function parseMismatches(failure: string): Mismatch[] {
  let report: VerifierReport;
  try {
    report = JSON.parse(failure) as VerifierReport;
  } catch {
    return [];
  }
  return (report.errors ?? []).flatMap((e) =>
    (e.mismatch?.mismatches ?? []).map((m) => ({
      interaction: e.interaction ?? '',
      path: m.path ?? '',
      mismatch: m.mismatch ?? '',
    })),
  );
}
