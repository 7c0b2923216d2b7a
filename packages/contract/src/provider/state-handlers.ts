/**
 * pact-js state handlers for the catalogue: one per state name and per alias. Each starts from a clean emulator
 * (store cleared, camel casing, no faults, auth off, real-time clock), applies the casing, then seeds the state.
 */
import {
  type ProviderControl,
  resolveParams,
  STATE_ALIASES,
  STATE_CATALOGUE,
  type StateDefinition,
} from './state-catalogue.js';

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

/** Puts the emulator back to its defaults with an empty store. */
async function clean(control: ProviderControl): Promise<void> {
  await control.reset();
  await control.setCasing('camel');
  await control.clearFaults();
  await control.setAuth({ mode: 'off' });
  await control.setClock({ now: Date.now(), speed: 1 });
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
  const bind = (text: string, state: StateDefinition, fixed: Record<string, unknown>) => {
    handlers[text] = async (raw) => {
      const given = isParams(raw) ? raw : {};
      const params = { ...fixed, ...given };
      try {
        const resolved = resolveParams(state, params);
        await clean(control);
        await control.setCasing(resolved.casing === 'pascal' ? 'pascal' : 'camel');
        await state.setup(control, resolved);
      } catch (error) {
        failures.push({ state: text, params: given, message: (error as Error).message });
        throw error;
      }
    };
  };
  for (const state of STATE_CATALOGUE) bind(state.name, state, {});
  for (const alias of STATE_ALIASES) {
    const state = STATE_CATALOGUE.find((s) => s.name === alias.state);
    if (!state) throw new Error(`alias "${alias.text}" names no state "${alias.state}"`);
    bind(alias.text, state, alias.params);
  }
  return { handlers, failures };
}
