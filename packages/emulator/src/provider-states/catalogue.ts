/**
 * The provider-state catalogue: the `given` texts any consumer may name, with their Pact V3/V4 parameters and
 * the defaults used when a pact gives none (V2 pacts never do). Versioned: a state or parameter is only ever
 * added; renaming or removing one is a new major version of the catalogue. One catalogue for every verifier:
 * `fntasks-contract` (pact-js state handlers) and the emulator's state-change endpoint (the Rust, JVM, Go and Ruby
 * verifiers). The emulator's and the contract package's READMEs list the same table.
 */
import type { EmulatorHandle } from '../handle.js';
import {
  type InstanceRef,
  type ResourceRef,
  seedInstance,
  seedResource,
  seedTasks,
  seedVersion,
} from './seed-data.js';

/** The catalogue's version, reported in every summary, JUnit file and JSON report. */
export const STATE_CATALOGUE_VERSION = '1.2';

/** The parts of the emulator's handle the states use (the emulator itself has the same methods). */
export type ProviderControl = Pick<
  EmulatorHandle,
  | 'reset'
  | 'loadTasks'
  | 'setCasing'
  | 'setFaults'
  | 'clearFaults'
  | 'setClock'
  | 'setAuth'
  | 'loadInstances'
  | 'setDefaultInstance'
  | 'loadResources'
  | 'loadVersions'
>;

/** A parameter: its default and what it means. */
export interface ParamSpec {
  kind: 'string' | 'count' | 'casing' | 'names';
  default: string | number;
  doc: string;
}

/** The parameters after defaults and checks. */
export type StateParams = Record<string, string | number | string[]>;

/** One state of the catalogue. */
export interface StateDefinition {
  name: string;
  doc: string;
  params: Record<string, ParamSpec>;
  setup(control: ProviderControl, params: StateParams): void;
}

const casing: ParamSpec = {
  kind: 'casing',
  default: 'camel',
  doc: 'the casing the provider answers in: `camel` or `pascal`',
};
const app: ParamSpec = { kind: 'string', default: 'my-app', doc: 'the application group' };
const fn: ParamSpec = { kind: 'string', default: 'ctr', doc: 'the function' };
const inst: ParamSpec = { kind: 'string', default: 'ctr_test', doc: 'the instance' };
const instance = { appGroupIdentity: app, functionName: fn, instanceName: inst };
const resource = {
  appGroupIdentity: app,
  functionName: fn,
  resourceName: { kind: 'string', default: 'ctr_resource', doc: 'the resource' } as ParamSpec,
};
const resourceType: ParamSpec = {
  kind: 'string',
  default: 'raw_file',
  doc: 'its type: `raw_file` (Data.Content `a,b,c`) or `feature_generator` (one generator)',
};

/** The resource the parameters name. */
function resourceRefOf(params: StateParams): ResourceRef {
  return {
    appGroupIdentity: String(params.appGroupIdentity),
    functionName: String(params.functionName),
    resourceName: String(params.resourceName),
  };
}

/** Seeds the function's instance `<functionName>_test` (it references no resource), with one finished run. */
function seedFunction(control: ProviderControl, params: StateParams): void {
  const ref = refOf({ ...params, instanceName: `${params.functionName}_test` });
  seedInstanceWithTasks(control, ref, { succeeded: 1, failed: 0, running: 0 });
}

/** The instance the parameters name. */
function refOf(params: StateParams): InstanceRef {
  return {
    appGroupIdentity: String(params.appGroupIdentity),
    functionName: String(params.functionName),
    instanceName: String(params.instanceName),
  };
}

/** A name other than `taken` (for "the other app group / instance that does exist"). */
function otherThan(taken: string, preferred: string, fallback: string): string {
  return taken === preferred ? fallback : preferred;
}

/** Loads the instance with its documented fields, and its tasks. */
function seedInstanceWithTasks(
  control: ProviderControl,
  ref: InstanceRef,
  counts: { succeeded: number; failed: number; running: number },
): void {
  control.loadInstances([seedInstance(ref)]);
  const tasks = seedTasks(ref, counts);
  if (tasks.length > 0) control.loadTasks(tasks);
}

/** Seeds an instance of the ref's function other than the ref (`<fn>_test`, or `<fn>_other`), with one run. */
function seedAnotherInstance(control: ProviderControl, ref: InstanceRef): void {
  const other = otherThan(ref.instanceName, `${ref.functionName}_test`, `${ref.functionName}_other`);
  seedInstanceWithTasks(control, { ...ref, instanceName: other }, { succeeded: 1, failed: 0, running: 0 });
}

/** The access key of `signature rejected`: the provider knows a secret for it that no consumer has. */
export const REJECTED_KEY_SECRET = 'provider-side-secret-no-consumer-has';

/** The states, by name. */
export const STATE_CATALOGUE: readonly StateDefinition[] = [
  {
    name: 'an instance with tasks',
    doc: 'the instance exists with finished and running tasks: generations 1, 2, … oldest first, from 2025-11-28T01:00Z every 30 minutes, 20 minutes long; failed ones spread evenly; running ones newest, at 42% with endTime 0',
    params: {
      ...instance,
      succeeded: { kind: 'count', default: 3, doc: 'how many successful tasks' },
      failed: { kind: 'count', default: 0, doc: 'how many failed tasks' },
      running: { kind: 'count', default: 0, doc: 'how many running tasks' },
      casing,
    },
    setup(control, p) {
      seedInstanceWithTasks(control, refOf(p), {
        succeeded: Number(p.succeeded),
        failed: Number(p.failed),
        running: Number(p.running),
      });
    },
  },
  {
    name: 'an instance with no tasks',
    doc: 'the instance exists and has never run',
    params: { ...instance, casing },
    setup(control, p) {
      control.loadInstances([seedInstance(refOf(p))]);
    },
  },
  {
    name: 'no such app group',
    doc: 'the application group does not exist (another one does)',
    params: { appGroupIdentity: { ...app, default: 'no-such-app' }, casing },
    setup(control, p) {
      const other = otherThan(String(p.appGroupIdentity), 'my-app', 'other-app');
      seedInstanceWithTasks(
        control,
        { appGroupIdentity: other, functionName: 'ctr', instanceName: 'ctr_test' },
        { succeeded: 1, failed: 0, running: 0 },
      );
    },
  },
  {
    name: 'no such instance',
    doc: 'the application group and function exist, the instance does not',
    params: { ...instance, instanceName: { ...inst, default: 'no_such_instance' }, casing },
    setup(control, p) {
      seedAnotherInstance(control, refOf(p));
    },
  },
  {
    name: 'throttled once',
    doc: 'like `an instance with tasks` (defaults), and the next request is refused with 400 Throttling.User',
    params: { ...instance, casing },
    setup(control, p) {
      seedInstanceWithTasks(control, refOf(p), { succeeded: 3, failed: 0, running: 0 });
      control.setFaults({ next: [{ kind: 'throttle', count: 1 }] });
    },
  },
  {
    name: 'signature rejected',
    doc: 'signatures are verified; the provider knows a secret for the access key that the consumer does not, so a signed request is refused with 400 SignatureDoesNotMatch; the clock reads `signedAt` so the recorded x-acs-date is not stale',
    params: {
      ...instance,
      accessKeyId: {
        kind: 'string',
        default: 'LTAI5tContractTestKey0001',
        doc: 'the access key the consumer signs with',
      },
      signedAt: {
        kind: 'string',
        default: '2025-11-28T12:00:00Z',
        doc: "the consumer's recorded x-acs-date",
      },
      casing,
    },
    setup(control, p) {
      const signedAt = Date.parse(String(p.signedAt));
      if (Number.isNaN(signedAt))
        throw new Error(`signedAt must be an ISO date-time, got ${JSON.stringify(p.signedAt)}`);
      seedInstanceWithTasks(control, refOf(p), { succeeded: 1, failed: 0, running: 0 });
      control.setAuth({
        mode: 'verify',
        keys: [{ accessKeyId: String(p.accessKeyId), accessKeySecret: REJECTED_KEY_SECRET }],
      });
      control.setClock({ now: signedAt, speed: 1 });
    },
  },
  {
    name: 'instances of a function',
    doc: 'the function has these instances (documented fields: tf_checkpoint, PAAS, available, user), each with one successful task',
    params: {
      appGroupIdentity: app,
      functionName: fn,
      instanceNames: {
        kind: 'names',
        default: 'ctr_test,ctr_prod',
        doc: 'the instances, comma-separated (or a JSON array)',
      },
      casing,
    },
    setup(control, p) {
      const names = p.instanceNames as string[];
      const refs = names.map((instanceName) => ({ ...refOf({ ...p, instanceName }) }));
      control.loadInstances(refs.map((ref, i) => seedInstance(ref, i)));
      control.loadTasks(refs.flatMap((ref) => seedTasks(ref, { succeeded: 1, failed: 0, running: 0 })));
    },
  },
  {
    name: 'app groups',
    doc: 'the account has these application groups (ListAppGroups), each holding one instance `ctr_test` of `ctr` created a minute after the one before, so the newest is the last named',
    params: {
      appGroupNames: {
        kind: 'names',
        default: 'my-app,shop-search',
        doc: 'the application groups, comma-separated (or a JSON array)',
      },
      casing,
    },
    setup(control, p) {
      const names = p.appGroupNames as string[];
      const refs = names.map((appGroupIdentity) => ({
        appGroupIdentity,
        functionName: 'ctr',
        instanceName: 'ctr_test',
      }));
      control.loadInstances(refs.map((ref, i) => seedInstance(ref, i)));
    },
  },
  {
    name: 'a default instance',
    doc: 'the instance exists and is the default instance of its function',
    params: { ...instance, casing },
    setup(control, p) {
      control.loadInstances([seedInstance(refOf(p))]);
      control.setDefaultInstance(refOf(p));
    },
  },
  {
    name: 'no default instance',
    doc: 'the function has an instance (`ctr_test`-like: `<functionName>_test`) but no default instance',
    params: { appGroupIdentity: app, functionName: fn, casing },
    setup(control, p) {
      const ref = refOf({ ...p, instanceName: `${p.functionName}_test` });
      control.loadInstances([seedInstance(ref)]);
      control.setDefaultInstance({ ...ref, instanceName: null });
    },
  },
  {
    name: 'a run that can be deleted',
    doc: 'the instance has finished runs 1 … `generation`, all successful; none is running',
    params: {
      ...instance,
      generation: { kind: 'count', default: 3, doc: 'the newest (deletable) run' },
      casing,
    },
    setup(control, p) {
      seedInstanceWithTasks(control, refOf(p), {
        succeeded: Number(p.generation),
        failed: 0,
        running: 0,
      });
    },
  },
  {
    name: 'a running run',
    doc: 'the instance has finished runs 1 … `generation` − 1 and run `generation` still running (at 42%): it cannot be deleted, and no new run can start',
    params: { ...instance, generation: { kind: 'count', default: 4, doc: 'the running run' }, casing },
    setup(control, p) {
      const generation = Number(p.generation);
      if (generation < 1) throw new Error(`generation must be at least 1, got ${generation}`);
      seedInstanceWithTasks(control, refOf(p), { succeeded: generation - 1, failed: 0, running: 1 });
    },
  },
  // Issue 27 (catalogue 1.2): the instance lifecycle, resources and versions. The braces are part of the names.
  {
    name: 'an instance {instanceName} of function {functionName} in app group {appGroupIdentity} that can be deleted',
    doc: 'the instance (documented fields: tf_checkpoint, PAAS, versionId 100, no cron) with one finished successful run and none running; not the default. UpdateFunctionInstance, DeleteFunctionInstance and UpdateFunctionDefaultInstance (set it, or "" to cancel) succeed',
    params: { ...instance, casing },
    setup(control, p) {
      seedInstanceWithTasks(control, refOf(p), { succeeded: 1, failed: 0, running: 0 });
    },
  },
  {
    name: 'an instance {instanceName} of function {functionName} in app group {appGroupIdentity} that cannot be deleted',
    doc: 'the instance with run 1 still running (at 42%): DeleteFunctionInstance answers 400 Instance.IsRunning',
    params: { ...instance, casing },
    setup(control, p) {
      seedInstanceWithTasks(control, refOf(p), { succeeded: 0, failed: 0, running: 1 });
    },
  },
  {
    name: 'no instance {instanceName} of function {functionName} in app group {appGroupIdentity}',
    doc: 'the app group and function exist (instance `<functionName>_test`, or `<functionName>_other` when that is the name), this instance does not: CreateFunctionInstance succeeds; Update/Delete answer 404 Instance.NotExist; setting it as the default 400 DefaultInstance.SetFail',
    params: { ...instance, instanceName: { ...inst, default: 'ctr_new' }, casing },
    setup(control, p) {
      seedAnotherInstance(control, refOf(p));
    },
  },
  {
    name: 'a version {versionId} of function {functionName}',
    doc: 'the version (VersionName `v<versionId>`; VersionConfig: CreateParameters [fg_json, required "true", with formItemProps/componentProps in camelCase], Depends [], UsageParameters []) is the current version of (functionName, modelType, functionType): GetFunctionVersion and GetFunctionCurrentVersion answer it; other ids of the function are the built-in catalogue\'s, an unknown one 404 Version.NotExist',
    params: {
      functionName: fn,
      versionId: { kind: 'count', default: 101, doc: 'the version id' },
      modelType: { kind: 'string', default: 'tf_checkpoint', doc: 'its model type' },
      functionType: { kind: 'string', default: 'PAAS', doc: 'its function type (PAAS or SAAS)' },
      casing,
    },
    setup(control, p) {
      control.loadVersions([seedVersion(p)]);
    },
  },
  {
    name: 'a resource {resourceName} of function {functionName} in app group {appGroupIdentity}',
    doc: 'the resource (description `contract test resource <name>`, created and modified 2025-11-01T08:00:00Z), referenced by no instance; the function has instance `<functionName>_test`. Get, List, Update and Delete succeed',
    params: { ...resource, resourceType, casing },
    setup(control, p) {
      seedFunction(control, p);
      control.loadResources([seedResource(resourceRefOf(p), String(p.resourceType))]);
    },
  },
  {
    name: 'a resource {resourceName} of function {functionName} in app group {appGroupIdentity} that is in use',
    doc: 'the resource, and instance `instanceName` whose createParameters has the value `<resourceName>` (ReferencedInstances [instanceName]): DeleteFunctionResource answers 400 Resource.InUse',
    params: { ...resource, resourceType, instanceName: inst, casing },
    setup(control, p) {
      const ref = resourceRefOf(p);
      const createParameters = [{ name: 'fg_json', value: ref.resourceName }];
      control.loadInstances([{ ...seedInstance(refOf(p)), createParameters }]);
      control.loadResources([seedResource(ref, String(p.resourceType))]);
    },
  },
  {
    name: 'no resource {resourceName} of function {functionName} in app group {appGroupIdentity}',
    doc: 'the function exists (instance `<functionName>_test`), the resource does not: CreateFunctionResource succeeds; Get, Update and Delete answer 404 Resource.NotExist; ListFunctionResources has none',
    params: { ...resource, casing },
    setup(control, p) {
      seedFunction(control, p);
    },
  },
];

/** A `given` text kept for pacts written before the catalogue: the state it means, with fixed parameters. */
export interface StateAlias {
  text: string;
  state: string;
  params: Record<string, string | number>;
}

/** The `given` texts of `fntasks-core`'s pact before catalogue 1.0; they keep working. */
export const STATE_ALIASES: readonly StateAlias[] = [
  {
    text: 'instance my-app/ctr/ctr_test has the documented sample task and answers in camelCase',
    state: 'an instance with tasks',
    params: { succeeded: 1 },
  },
  {
    text: 'instance my-app/ctr/ctr_test has the documented sample task and answers in PascalCase',
    state: 'an instance with tasks',
    params: { succeeded: 1, casing: 'pascal' },
  },
  {
    text: 'instance my-app/ctr/ctr_test has one task still running at 42% progress',
    state: 'an instance with tasks',
    params: { succeeded: 0, running: 1 },
  },
  {
    text: 'instance my-app/ctr/ctr_test has only finished tasks',
    state: 'an instance with tasks',
    params: { succeeded: 1 },
  },
  {
    text: 'instance my-app/ctr/ctr_test has 12 successful and 3 failed tasks started on 2025-11-28',
    state: 'an instance with tasks',
    params: { succeeded: 12, failed: 3 },
  },
  { text: 'app group no-such-app does not exist', state: 'no such app group', params: {} },
  {
    text: 'signatures are verified, access key LTAI5tContractTestKey0001 has a secret the caller does not know, and the clock reads 2025-11-28T12:00:00Z',
    state: 'signature rejected',
    params: {},
  },
  { text: 'the next request is throttled with Throttling.User', state: 'throttled once', params: {} },
];

/**
 * The suffix of a state's PascalCase variant: `an instance with tasks (PascalCase)` is `an instance with tasks`
 * with `casing: pascal`, the casing the official SDK reads. V2 pacts have no state parameters: this is how they
 * ask for it. Every state has its variant, states added later included (it is derived, never listed).
 */
export const PASCAL_CASE_SUFFIX = ' (PascalCase)';

/** What a `given` text means: a state and the parameters the text itself fixes. */
export interface ResolvedStateText {
  state: StateDefinition;
  fixed: Record<string, string | number>;
}

/** The state a `given` text names (a state, its PascalCase variant or an alias); null when none. */
export function findStateText(text: string): ResolvedStateText | null {
  const byName = (name: string) => STATE_CATALOGUE.find((s) => s.name === name);
  const state = byName(text);
  if (state) return { state, fixed: {} };
  if (text.endsWith(PASCAL_CASE_SUFFIX)) {
    const base = byName(text.slice(0, -PASCAL_CASE_SUFFIX.length));
    if (base) return { state: base, fixed: { casing: 'pascal' } };
  }
  const alias = STATE_ALIASES.find((a) => a.text === text);
  const aliased = alias && byName(alias.state);
  return alias && aliased ? { state: aliased, fixed: alias.params } : null;
}

/** Every `given` text the catalogue answers to: the state names, their PascalCase variants and the aliases. */
export function knownStateTexts(): string[] {
  return [
    ...STATE_CATALOGUE.map((s) => s.name),
    ...STATE_CATALOGUE.map((s) => `${s.name}${PASCAL_CASE_SUFFIX}`),
    ...STATE_ALIASES.map((a) => a.text),
  ];
}

/** The message for a state the catalogue does not have: it lists the catalogue. */
export function unknownStateMessage(name: string): string {
  return `unknown provider state ${JSON.stringify(name)}; the catalogue (v${STATE_CATALOGUE_VERSION}) has: ${STATE_CATALOGUE.map(
    (s) => `"${s.name}" (${Object.keys(s.params).join(', ')})`,
  ).join('; ')}; each also as "<state>${PASCAL_CASE_SUFFIX}" for PascalCase answers`;
}

/** Applies defaults and checks each parameter; throws naming the state, the parameter and what is allowed. */
export function resolveParams(state: StateDefinition, given: Record<string, unknown>): StateParams {
  const resolved: StateParams = {};
  for (const key of Object.keys(given)) {
    if (!(key in state.params)) {
      throw new Error(
        `state "${state.name}" has no parameter ${JSON.stringify(key)} (it has: ${Object.keys(state.params).join(', ')})`,
      );
    }
  }
  for (const [key, spec] of Object.entries(state.params)) {
    const value = given[key] ?? spec.default;
    const bad = (allowed: string) =>
      new Error(`state "${state.name}": parameter ${key} must be ${allowed}, got ${JSON.stringify(value)}`);
    switch (spec.kind) {
      case 'string':
        if (typeof value !== 'string' || value === '') throw bad('a non-empty string');
        resolved[key] = value;
        break;
      case 'count': {
        const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1000) {
          throw bad('an integer from 0 to 1000');
        }
        resolved[key] = n;
        break;
      }
      case 'casing':
        if (value !== 'camel' && value !== 'pascal') throw bad('"camel" or "pascal"');
        resolved[key] = value;
        break;
      case 'names': {
        const names = Array.isArray(value) ? value : String(value).split(',');
        const trimmed = names.map((n) => String(n).trim()).filter((n) => n !== '');
        if (trimmed.length === 0) throw bad('one or more names, comma-separated or a JSON array');
        resolved[key] = trimmed;
        break;
      }
    }
  }
  return resolved;
}

/** Puts the emulator back to its defaults with an empty store (camel casing, no faults, auth off, real time). */
function clean(control: ProviderControl): void {
  control.reset();
  control.setCasing('camel');
  control.clearFaults();
  control.setAuth({ mode: 'off' });
  control.setClock({ now: Date.now(), speed: 1 });
}

/**
 * Sets the provider up for a `given` text from scratch: checks the text and parameters (throwing, before any
 * change, an Error naming what is wrong and what is allowed), cleans the emulator, then seeds the state.
 * Returns the resolved parameters (a verifier may inject them into requests as provider-state values).
 */
export function setUpProviderState(
  control: ProviderControl,
  text: string,
  given: Record<string, unknown> = {},
): StateParams {
  const found = findStateText(text);
  if (!found) throw new Error(unknownStateMessage(text));
  if (text.endsWith(PASCAL_CASE_SUFFIX) && given.casing !== undefined && given.casing !== 'pascal')
    throw new Error(
      `state ${JSON.stringify(text)} asks for PascalCase, but its casing parameter is ${JSON.stringify(given.casing)}; drop one of them`,
    );
  const resolved = resolveParams(found.state, { ...found.fixed, ...given });
  clean(control);
  control.setCasing(resolved.casing === 'pascal' ? 'pascal' : 'camel');
  found.state.setup(control, resolved);
  return resolved;
}
