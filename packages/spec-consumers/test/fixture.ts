/**
 * A real emulator on 127.0.0.1 port 0 with one instance and its runs, and the exchanges that cover every operation
 * and the error cases, in the order they make sense (Create starts a run, so a second Create is Task.IsRunning).
 */
import {
  type EmulatorHandle,
  type FaultKind,
  type StartEmulatorOptions,
  startEmulator,
} from '@fntasks/emulator';

/** Both wire casings, as the emulator's `x-fntasks-casing` header names them. */
export const CASINGS = ['camel', 'pascal'] as const;
export type Casing = (typeof CASINGS)[number];

export const APP = 'consumers';
export const FN = 'ctr';
export const INSTANCE = 'model_a';
const T0 = Date.UTC(2025, 10, 28, 12, 0, 0);
const FN_PATH = `/v4/openapi/app-groups/${APP}/functions/${FN}`;
const TASKS = `${FN_PATH}/instances/${INSTANCE}/tasks`;

/** The seven operations. */
export const OPERATIONS = [
  'ListFunctionInstances',
  'GetFunctionInstance',
  'GetFunctionDefaultInstance',
  'ListFunctionTasks',
  'GetFunctionTask',
  'CreateFunctionTask',
  'DeleteFunctionTask',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** One request of the catalogue and the status it must get. */
export interface Exchange {
  readonly name: string;
  readonly operation: Operation;
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: string;
  readonly status: number;
  /** A fault the emulator injects for this one request. */
  readonly fault?: FaultKind;
}

/** Every operation's success, then the error cases (the order matters: it is one story). */
export const EXCHANGES: readonly Exchange[] = [
  {
    name: 'ListFunctionInstances',
    operation: 'ListFunctionInstances',
    method: 'GET',
    path: `${FN_PATH}/instances?source=all`,
    status: 200,
  },
  {
    name: 'GetFunctionInstance',
    operation: 'GetFunctionInstance',
    method: 'GET',
    path: `${FN_PATH}/instances/${INSTANCE}?output=detail`,
    status: 200,
  },
  {
    name: 'GetFunctionDefaultInstance',
    operation: 'GetFunctionDefaultInstance',
    method: 'GET',
    path: `${FN_PATH}/default-instance`,
    status: 200,
  },
  {
    name: 'ListFunctionTasks',
    operation: 'ListFunctionTasks',
    method: 'GET',
    path: `${TASKS}?pageSize=10`,
    status: 200,
  },
  { name: 'GetFunctionTask', operation: 'GetFunctionTask', method: 'GET', path: `${TASKS}/2`, status: 200 },
  {
    name: 'DeleteFunctionTask',
    operation: 'DeleteFunctionTask',
    method: 'DELETE',
    path: `${TASKS}/1`,
    status: 200,
  },
  { name: 'CreateFunctionTask', operation: 'CreateFunctionTask', method: 'POST', path: TASKS, status: 200 },
  { name: 'Task.IsRunning', operation: 'CreateFunctionTask', method: 'POST', path: TASKS, status: 400 },
  {
    name: 'Task.UnableDelete',
    operation: 'DeleteFunctionTask',
    method: 'DELETE',
    path: `${TASKS}/3`,
    status: 400,
  },
  { name: 'Task.NotExist', operation: 'GetFunctionTask', method: 'GET', path: `${TASKS}/99`, status: 404 },
  {
    name: 'Instance.NotExist',
    operation: 'GetFunctionInstance',
    method: 'GET',
    path: `${FN_PATH}/instances/nope`,
    status: 404,
  },
  {
    name: 'DefaultInstance.NotExist',
    operation: 'GetFunctionDefaultInstance',
    method: 'GET',
    path: `/v4/openapi/app-groups/${APP}/functions/pop/default-instance`,
    status: 404,
  },
  {
    name: 'App.NotFound',
    operation: 'ListFunctionTasks',
    method: 'GET',
    path: `/v4/openapi/app-groups/nope/functions/${FN}/instances/${INSTANCE}/tasks`,
    status: 404,
  },
  {
    // Valid for the spec (it documents no maximum), refused by the emulator's 100: a proxy forwards it.
    name: 'InvalidParameter',
    operation: 'ListFunctionTasks',
    method: 'GET',
    path: `${TASKS}?pageSize=101`,
    status: 400,
  },
  {
    name: 'Throttling.User',
    operation: 'ListFunctionTasks',
    method: 'GET',
    path: TASKS,
    status: 400,
    fault: 'throttle',
  },
  {
    name: 'InternalError',
    operation: 'GetFunctionTask',
    method: 'GET',
    path: `${TASKS}/2`,
    status: 500,
    fault: 'internal-error',
  },
  {
    name: 'gateway 502 page',
    operation: 'ListFunctionInstances',
    method: 'GET',
    path: `${FN_PATH}/instances`,
    status: 502,
    fault: 'html-502',
  },
];

/** Starts an emulator (frozen clock) and writes the fixture. */
export async function startFixtureEmulator(options: StartEmulatorOptions = {}): Promise<EmulatorHandle> {
  const h = await startEmulator({ clock: { now: T0, speed: 0 }, ...options });
  seedFixture(h);
  return h;
}

/** Clears the emulator and writes the fixture: an instance (the default) with two ended runs. */
export function seedFixture(h: EmulatorHandle): void {
  h.reset(null);
  h.clearFaults();
  h.loadInstances([
    {
      appGroupIdentity: APP,
      functionName: FN,
      instanceName: INSTANCE,
      modelType: 'tf_checkpoint',
      cron: '0 3 ? * 0,1,3,5',
      description: 'consumer matrix',
      createParameters: [{ name: 'fg_json', value: '{}' }],
      belongs: { category: 'general', domain: 'ecommerce', language: '' },
      isDefault: true,
    },
    { appGroupIdentity: APP, functionName: 'pop', instanceName: 'pop_a', modelType: 'pop' },
  ]);
  const base = { appGroupIdentity: APP, functionName: FN, instanceName: INSTANCE };
  h.loadTasks([
    {
      ...base,
      runId: 'trigger__run-1',
      generation: '1',
      status: 'success',
      startTime: T0 - 7_200_000,
      endTime: T0 - 6_000_000,
      extendInfo: '{"recall":91,"errors":[]}',
    },
    {
      ...base,
      runId: 'trigger__run-2',
      generation: '2',
      status: 'failed',
      progress: 40,
      startTime: T0 - 3_600_000,
      endTime: T0 - 3_000_000,
      extendInfo: '{"errors":[{"code":"OOM"}]}',
    },
  ]);
}

/** A raw answer: status, content type, text and (when JSON) the parsed body. */
export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  readonly json: unknown;
}

/** Sends one exchange to `base` (the emulator, or a proxy in front of it) in `casing`. */
export async function send(
  base: string,
  exchange: Exchange,
  casing: Casing,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${base}${exchange.path}`, {
    method: exchange.method,
    headers: { 'x-fntasks-casing': casing, accept: 'application/json', ...headers },
    redirect: 'error',
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
}

/** Runs the whole catalogue in one casing on a freshly seeded emulator, `base` being where requests go. */
export async function runCatalogue(
  h: EmulatorHandle,
  base: string,
  casing: Casing,
  headers: Record<string, string> = {},
): Promise<Map<string, Answer>> {
  seedFixture(h);
  const answers = new Map<string, Answer>();
  for (const exchange of EXCHANGES) {
    if (exchange.fault) h.setFaults({ next: [{ kind: exchange.fault, count: 1 }] });
    answers.set(exchange.name, await send(base, exchange, casing, headers));
    h.clearFaults();
  }
  return answers;
}
