/**
 * One run of pact-js's Verifier and what it reports per interaction. The native verifier answers with a JSON
 * document (`interactionResults`, `errors`, `output`) on success and failure alike; this reads it.
 */
import { Verifier, type VerifierOptions } from '@pact-foundation/pact';

/** One mismatch the verifier found in a response. */
export interface VerifierMismatch {
  path?: string;
  mismatch?: string;
  type?: string;
}

/** The verifier's result for one interaction. */
export interface VerifierInteractionResult {
  consumer?: string;
  provider?: string;
  description: string;
  providerStates?: string[];
  result: string;
  pending?: boolean;
  mismatch?: { mismatches?: VerifierMismatch[]; message?: string };
  /** Present when the interaction failed without a mismatch list (e.g. the request could not be sent). */
  error?: string;
}

/** What one verifier run produced. */
export interface VerifierRun {
  /** The pact file, or `broker` for pacts fetched from a Pact Broker. */
  source: string;
  interactionResults: VerifierInteractionResult[];
  /** Why the run as a whole failed, when it did without per-interaction results. */
  error?: string;
  /** The verifier's own console output, line by line. */
  output: string[];
}

interface VerifierJson {
  /** False when anything failed, including what belongs to no interaction (a pact that did not load). */
  result?: boolean;
  interactionResults?: VerifierInteractionResult[];
  errors?: { interaction?: string; mismatch?: { message?: string } }[];
  output?: string[];
}

/** Reads the verifier's JSON document; `null` when the text is not one (a crash, a configuration error). */
function parseVerifierJson(text: string): VerifierJson | null {
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'object' && json !== null ? (json as VerifierJson) : null;
  } catch {
    return null;
  }
}

/** Runs the Verifier once; never throws. */
export async function runVerifier(source: string, options: VerifierOptions): Promise<VerifierRun> {
  // changeOrigin: pact-js's proxy then sends the provider's own Host, which the emulator insists on.
  const verifier = new Verifier({ logLevel: 'error', changeOrigin: true, ...options });
  let text: string;
  try {
    const answer: unknown = await verifier.verifyProvider();
    text = typeof answer === 'string' ? answer : JSON.stringify(answer ?? {});
  } catch (error) {
    text = error instanceof Error ? error.message : String(error);
  }
  const json = parseVerifierJson(text);
  if (!json?.interactionResults) {
    return {
      source,
      interactionResults: [],
      error: text || 'the verifier failed without a report',
      output: json?.output ?? [],
    };
  }
  const run: VerifierRun = { source, interactionResults: json.interactionResults, output: json.output ?? [] };
  const interactionFailed = json.interactionResults.some((r) => r.result !== 'OK' && !r.pending);
  if (json.result === false && !interactionFailed) {
    // A failure outside every interaction (an unreachable broker, a pact that did not load): the run failed.
    const reasons = (json.errors ?? [])
      .map((e) => e.mismatch?.message ?? e.interaction ?? '')
      .filter(Boolean);
    run.error = reasons.join('; ') || 'the verifier reported a failure outside the interactions';
  }
  return run;
}
