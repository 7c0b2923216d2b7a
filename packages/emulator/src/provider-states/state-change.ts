/**
 * The state-change protocol Pact verifiers speak, on `POST /__fntasks/provider-states`: the Rust verifier (and
 * pact-jvm's, pact-go's) sends `{state, params, action: "setup" | "teardown"}` once per state; the Ruby verifier
 * sends `{consumer, state, states, params}`. Each state is set up from scratch from the catalogue (so of several,
 * the last one holds); teardown changes nothing (the next setup starts clean anyway).
 */
import { ControlInputError } from '../emulator.js';
import { type ProviderControl, type StateParams, setUpProviderState } from './catalogue.js';

/** The endpoint's path: the URL a verifier's `--state-change-url` names is the emulator's URL plus this. */
export const PROVIDER_STATES_PATH = '/__fntasks/provider-states';

interface StateChange {
  states: string[];
  params: Record<string, unknown>;
  action: 'setup' | 'teardown';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a verifier's request body; throws a ControlInputError naming what is wrong. */
function readStateChange(body: unknown): StateChange {
  if (!isObject(body))
    throw new ControlInputError(
      'expected a JSON object: {"state": "…", "params": {…}, "action": "setup"} (Rust, JVM, Go) or {"states": ["…"]} (Ruby)',
    );
  const action = body.action ?? 'setup';
  if (action !== 'setup' && action !== 'teardown')
    throw new ControlInputError(`action must be "setup" or "teardown", got ${JSON.stringify(action)}`);
  const params = body.params ?? {};
  if (!isObject(params))
    throw new ControlInputError(`params must be a JSON object, got ${JSON.stringify(params)}`);
  let states: unknown[];
  // Ruby sends both `state` and `states` (the same state); `states` alone from older clients.
  if (body.state !== undefined) states = [body.state];
  else if (Array.isArray(body.states)) states = body.states;
  else throw new ControlInputError('expected "state" (a string) or "states" (an array of strings)');
  for (const state of states) {
    if (typeof state !== 'string' || state === '')
      throw new ControlInputError(`a state must be a non-empty string, got ${JSON.stringify(state)}`);
  }
  return { states: states as string[], params, action };
}

/**
 * Answers one state-change request: 200 with the resolved parameters of the (last) state set up, `{}` for a
 * teardown or no state; 400 `{error}` for an unknown state or a bad parameter, listing what is allowed.
 */
export function handleStateChange(control: ProviderControl, body: unknown): StateParams {
  const change = readStateChange(body);
  if (change.action === 'teardown') return {};
  let resolved: StateParams = {};
  for (const state of change.states) {
    try {
      resolved = setUpProviderState(control, state, change.params);
    } catch (error) {
      throw new ControlInputError((error as Error).message);
    }
  }
  return resolved;
}
