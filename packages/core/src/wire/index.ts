/** Protocol pieces shared by the client and the emulator: wire names and the rules for reading them. */
export {
  CASING_HEADER,
  type DetectedCasing,
  ENVELOPE_KEYS,
  ERROR_KEYS,
  TASK_KEYS,
  toWireCasing,
  type WireCasing,
  wireKey,
} from './casing.js';
export {
  ACTION,
  API_VERSION,
  DEFAULT_PAGE_NUMBER,
  DEFAULT_PAGE_SIZE,
  encodePathSegment,
  isKnownTaskStatus,
  type KnownTaskStatus,
  LIST_FUNCTION_TASKS_PATH,
  listFunctionTasksPath,
  MAX_PAGE_SIZE,
  PATH_PATTERN,
  TASK_STATUSES,
} from './protocol.js';
