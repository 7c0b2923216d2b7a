/**
 * pact-js state handlers for the catalogue (which lives in `@fntasks/emulator`, shared with its state-change
 * endpoint): one per `given` text the catalogue answers to. Each starts from a clean emulator, applies the casing,
 * then seeds the state.
 */
import { knownStateTexts, type ProviderControl, setUpProviderState } from '@fntasks/emulator';

/** A state handler as pact-js calls it, with the interaction's parameters (any JSON; V2 pacts give none). */
export type StateHandler = (params?: unknown) => Promise<void>;

function isParams(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A state that could not be set up: which, with what parameters, and why. */
export interface StateFailure {
  state: string;
  params: Record<string, unknown>;
  message: string;
}

/**
 * The handlers for one emulator. pact-js only logs a failing state handler and goes on verifying, so each
 * failure is also recorded in `failures`, and the caller fails the interactions that named that state.
 */
export function createStateHandlers(control: ProviderControl): {
  handlers: Record<string, StateHandler>;
  failures: StateFailure[];
} {
  const failures: StateFailure[] = [];
  const handlers: Record<string, StateHandler> = {};
  for (const text of knownStateTexts()) {
    handlers[text] = async (raw) => {
      const given = isParams(raw) ? raw : {};
      try {
        setUpProviderState(control, text, given);
      } catch (error) {
        failures.push({ state: text, params: given, message: (error as Error).message });
        throw error;
      }
    };
  }
  return { handlers, failures };
}
