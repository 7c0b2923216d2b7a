/**
 * A real emulator on 127.0.0.1 port 0 with one instance and its runs, and the exchanges that cover every operation
 * and the error cases, in the order they make sense (Create starts a run, so a second Create is Task.IsRunning;
 * the instance created later uses the resource created after it, so that resource is in use until the instance
 * is deleted).
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
/** The instance the catalogue creates, and the resource it uses (a createParameters value names it). */
export const NEW_INSTANCE = 'model_b';
export const RESOURCE = 'fg_b';
const VERSIONS = `/v4/openapi/functions/${FN}`;
/** The emulator's built-in current version of ctr / tf_checkpoint / PAAS. */
export const CURRENT_VERSION = 101;

/** The function-family operations (ListAppGroups, not a function operation, is not in the catalogue). */
export const OPERATIONS = [
  'ListFunctionInstances',
  'GetFunctionInstance',
  'GetFunctionDefaultInstance',
  'ListFunctionTasks',
  'GetFunctionTask',
  'CreateFunctionTask',
  'DeleteFunctionTask',
  'CreateFunctionInstance',
  'UpdateFunctionInstance',
  'DeleteFunctionInstance',
  'UpdateFunctionDefaultInstance',
  'GetFunctionCurrentVersion',
  'GetFunctionVersion',
  'CreateFunctionResource',
  'GetFunctionResource',
  'ListFunctionResources',
  'UpdateFunctionResource',
  'DeleteFunctionResource',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** One request of the catalogue and the status it must get. */
export interface Exchange {
  readonly name: string;
  readonly operation: Operation;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  /** The JSON request body, in the casing the operation's body is declared in. */
  readonly body?: unknown;
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
  ...instanceExchanges(),
  ...resourceExchanges(),
  ...versionExchanges(),
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

/** The instance writes (camelCase bodies): create, a duplicate, update, default set and refused, deletes. */
function instanceExchanges(): Exchange[] {
  const create = {
    instanceName: NEW_INSTANCE,
    modelType: 'tf_checkpoint',
    functionType: 'PAAS',
    description: 'created by the consumer matrix',
    cron: '0 0 ? * 0,1,2,3,4,5,6',
    createParameters: [{ name: 'fg_json', value: RESOURCE }],
    usageParameters: [],
  };
  const post = { operation: 'CreateFunctionInstance', method: 'POST', path: `${FN_PATH}/instances` } as const;
  const setDefault = {
    operation: 'UpdateFunctionDefaultInstance',
    method: 'PUT',
    path: `${FN_PATH}/default-instance`,
  } as const;
  return [
    { name: 'CreateFunctionInstance', ...post, body: create, status: 200 },
    { name: 'Instance.Duplicated', ...post, body: create, status: 400 },
    {
      name: 'UpdateFunctionInstance',
      operation: 'UpdateFunctionInstance',
      method: 'PUT',
      path: `${FN_PATH}/instances/${NEW_INSTANCE}`,
      body: { cron: '0 3 ? * 0,1,3,5', description: 'updated' },
      status: 200,
    },
    {
      name: 'UpdateFunctionDefaultInstance',
      ...setDefault,
      body: { instanceName: NEW_INSTANCE },
      status: 200,
    },
    { name: 'DefaultInstance.SetFail', ...setDefault, body: { instanceName: 'nope' }, status: 400 },
    {
      // CreateFunctionTask above left a run of the fixture's instance running (the clock is frozen).
      name: 'Instance.IsRunning',
      operation: 'DeleteFunctionInstance',
      method: 'DELETE',
      path: `${FN_PATH}/instances/${INSTANCE}`,
      status: 400,
    },
  ];
}

/** The resource operations (PascalCase bodies), around the instance that uses the resource. */
function resourceExchanges(): Exchange[] {
  const resources = `${FN_PATH}/resources`;
  const create = {
    ResourceName: RESOURCE,
    ResourceType: 'feature_generator',
    Description: 'consumer matrix',
    Data: {
      Generators: [
        {
          Generator: 'id',
          Input: { Features: [{ Name: 'system_item_id', Type: 'item' }] },
          Output: 'item_id',
        },
      ],
    },
  };
  const post = { operation: 'CreateFunctionResource', method: 'POST', path: resources } as const;
  const del = {
    operation: 'DeleteFunctionResource',
    method: 'DELETE',
    path: `${resources}/${RESOURCE}`,
  } as const;
  return [
    { name: 'CreateFunctionResource', ...post, body: create, status: 200 },
    { name: 'Resource.Duplicated', ...post, body: create, status: 400 },
    {
      name: 'ListFunctionResources',
      operation: 'ListFunctionResources',
      method: 'GET',
      path: `${resources}?resourceType=feature_generator&pageSize=10`,
      status: 200,
    },
    {
      name: 'UpdateFunctionResource',
      operation: 'UpdateFunctionResource',
      method: 'PUT',
      path: `${resources}/${RESOURCE}`,
      body: { Description: 'updated', Data: create.Data },
      status: 200,
    },
    {
      name: 'GetFunctionResource',
      operation: 'GetFunctionResource',
      method: 'GET',
      path: `${resources}/${RESOURCE}?output=detail`,
      status: 200,
    },
    { name: 'Resource.InUse', ...del, status: 400 },
    {
      name: 'DeleteFunctionInstance',
      operation: 'DeleteFunctionInstance',
      method: 'DELETE',
      path: `${FN_PATH}/instances/${NEW_INSTANCE}`,
      status: 200,
    },
    { name: 'DeleteFunctionResource', ...del, status: 200 },
    {
      name: 'Resource.NotExist',
      operation: 'GetFunctionResource',
      method: 'GET',
      path: `${resources}/${RESOURCE}`,
      status: 404,
    },
  ];
}

/** The versions: the current one of a model type, one by id, and an unknown id. */
function versionExchanges(): Exchange[] {
  return [
    {
      name: 'GetFunctionCurrentVersion',
      operation: 'GetFunctionCurrentVersion',
      method: 'GET',
      path: `${VERSIONS}/current-version?modelType=tf_checkpoint&functionType=PAAS`,
      status: 200,
    },
    {
      name: 'GetFunctionVersion',
      operation: 'GetFunctionVersion',
      method: 'GET',
      path: `${VERSIONS}/versions/${CURRENT_VERSION}`,
      status: 200,
    },
    {
      name: 'Version.NotExist',
      operation: 'GetFunctionVersion',
      method: 'GET',
      path: `${VERSIONS}/versions/99999`,
      status: 404,
    },
  ];
}

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
  const body = exchange.body === undefined ? undefined : JSON.stringify(exchange.body);
  const response = await fetch(`${base}${exchange.path}`, {
    method: exchange.method,
    headers: {
      'x-fntasks-casing': casing,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...headers,
    },
    body,
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
