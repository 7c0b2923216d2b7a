/**
 * Wire names and enums of a function instance (ListFunctionInstances, GetFunctionInstance,
 * GetFunctionDefaultInstance), from the official SDK's models and the API pages. Like `casing.ts`, each table maps
 * the canonical (camelCase) name to the PascalCase one; the normaliser reads with them, the emulator writes with them.
 */

/** Keys of one instance in `result`, by canonical (camelCase) name. `task` is sent by GetFunctionInstance only. */
export const INSTANCE_KEYS = {
  instanceName: 'InstanceName',
  functionName: 'FunctionName',
  functionType: 'FunctionType',
  modelType: 'ModelType',
  versionId: 'VersionId',
  description: 'Description',
  status: 'Status',
  source: 'Source',
  createTime: 'CreateTime',
  cron: 'Cron',
  extendInfo: 'ExtendInfo',
  belongs: 'Belongs',
  createParameters: 'CreateParameters',
  usageParameters: 'UsageParameters',
  task: 'Task',
} as const;

/**
 * Keys of an instance's `task` (GetFunctionInstance only). `lastRunTime` is the duration of the latest run in ms
 * (the SDK's description), not a point in time; `progress` is in the page's camelCase sample but not in the SDK.
 */
export const INSTANCE_TASK_KEYS = {
  dagStatus: 'DagStatus',
  lastRunTime: 'LastRunTime',
  progress: 'Progress',
} as const;

/** Keys of an instance's `belongs`. */
export const BELONGS_KEYS = {
  category: 'Category',
  domain: 'Domain',
  language: 'Language',
} as const;

/** Keys of one entry of `createParameters` / `usageParameters`. */
export const PARAMETER_KEYS = {
  name: 'Name',
  value: 'Value',
} as const;

/** Keys of GetFunctionDefaultInstance's `result`: the default instance is read from here only. */
export const DEFAULT_INSTANCE_KEYS = {
  instanceName: 'InstanceName',
} as const;

/**
 * Top-level keys GetFunctionDefaultInstance also carries beside the envelope (in the SDK model and the page's
 * sample, with unrelated values). Clients ignore them; the emulator sends them as the SDK models them.
 */
export const DEFAULT_INSTANCE_STRAY_KEYS = {
  instanceName: 'InstanceName',
  functionName: 'FunctionName',
} as const;

/** The documented function (feature) names. */
export const FUNCTION_NAMES = [
  'ctr',
  'pop',
  'category',
  'hot',
  'hint',
  'suggest',
  'analyzer',
  'termweight',
] as const;

/** A documented function name. */
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Function types; the service's default is `PAAS`. */
export const FUNCTION_TYPES = ['PAAS', 'SAAS'] as const;

/** Model types of an instance. */
export const MODEL_TYPES = ['tf_checkpoint', 'pop', 'offline_inference', 'near_realtime', 'text'] as const;

/** Statuses of an instance. */
export const INSTANCE_STATUSES = ['available', 'unavailable'] as const;

/** Where an instance comes from. */
export const INSTANCE_SOURCES = ['user', 'builtin'] as const;

/** The `source` filter of ListFunctionInstances; the service's default is `user`. */
export const INSTANCE_SOURCE_FILTERS = ['user', 'builtin', 'all'] as const;

/** The `output` detail level of ListFunctionInstances / GetFunctionInstance; the service's default is `normal`. */
export const INSTANCE_OUTPUT_LEVELS = ['simple', 'normal', 'detail'] as const;

/** Statuses of an instance's training DAG (`task.dagStatus`). */
export const DAG_STATUSES = ['success', 'failed', 'untrained', 'pending', 'running'] as const;

/** ListFunctionInstances' default page size (ListFunctionTasks' is 1). */
export const DEFAULT_INSTANCE_PAGE_SIZE = 10;

/**
 * The documented instance-name rule: 1–30 characters, letters, digits and `_`, starting with a letter
 * (case-sensitive). Only for creating instances: reads accept any name the service may already hold.
 */
export const INSTANCE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,29}$/;
