/**
 * @fntasks/core/wire: the wire names of both casings, the operation table and protocol constants, shared by the
 * client and the emulator. (`KnownTaskStatus` and `DetectedCasing` are exported by the main entry.)
 */
export {
  CASING_HEADER,
  ENVELOPE_KEYS,
  ERROR_KEYS,
  TASK_KEYS,
  toWireCasing,
  type WireCasing,
  wireKey,
} from './casing.js';
export {
  BELONGS_KEYS,
  DAG_STATUSES,
  DEFAULT_INSTANCE_KEYS,
  DEFAULT_INSTANCE_PAGE_SIZE,
  DEFAULT_INSTANCE_STRAY_KEYS,
  FUNCTION_NAMES,
  FUNCTION_TYPES,
  type FunctionName,
  INSTANCE_KEYS,
  INSTANCE_NAME_PATTERN,
  INSTANCE_OUTPUT_LEVELS,
  INSTANCE_SOURCE_FILTERS,
  INSTANCE_SOURCES,
  INSTANCE_STATUSES,
  INSTANCE_TASK_KEYS,
  MODEL_TYPES,
  PARAMETER_KEYS,
} from './instance.js';
export {
  FUNCTION_OPERATION_IDS,
  FUNCTION_OPERATIONS,
  type FunctionOperationId,
  type FunctionOperationMethod,
  functionOperationPath,
  isFunctionOperationPath,
  type MatchedFunctionOperation,
  matchFunctionOperation,
} from './operations.js';
export {
  ACTION,
  API_VERSION,
  DEFAULT_PAGE_NUMBER,
  DEFAULT_PAGE_SIZE,
  encodePathSegment,
  isKnownTaskStatus,
  LIST_FUNCTION_TASKS_PATH,
  listFunctionTasksPath,
  MAX_PAGE_SIZE,
  PATH_PATTERN,
  TASK_STATUSES,
} from './protocol.js';
