/** The messages between the provider check and its worker process (which owns the emulator and the Verifier). */
import type { MUTATIONS } from '../mutating-proxy.js';
import type { StateFailure } from './state-handlers.js';
import type { VerifierRun } from './verifier-run.js';

/** Pact Broker settings, passed straight through to pact-js's Verifier. */
export interface BrokerSettings {
  url: string;
  token?: string;
  username?: string;
  password?: string;
  consumerVersionSelectors?: Record<string, unknown>[];
  providerVersionBranch?: string;
  enablePending?: boolean;
  /** Publish the results to the broker under this provider version. */
  publish?: { providerVersion: string };
}

/** What the worker is asked to verify. */
export interface WorkerRequest {
  /** Local pact files, each verified in its own run under its own provider name. */
  pacts: { file: string; provider: string }[];
  broker?: BrokerSettings;
  /**
   * For this package's own mutation tests only: answer through a proxy that breaks the contract this way, to
   * prove verification fails when the provider does.
   */
  mutation?: keyof typeof MUTATIONS;
}

/** What the worker answers. */
export interface WorkerResponse {
  runs: VerifierRun[];
  stateFailures: StateFailure[];
  /** How many answers the mutating proxy changed (0 without a mutation). */
  mutated: number;
}
