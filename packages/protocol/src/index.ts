/**
 * @fntasks/protocol: the facts of the function-task wire that the client (`@fntasks/core`) and the emulator
 * (`@fntasks/emulator`) share, each written once: the key tables of both casings, the operation table and its path
 * patterns, the documented enums, and Alibaba Cloud request signing as pure functions over a request as sent.
 * Node uses node:crypto, other runtimes Web Crypto (the `#crypto` import map).
 */

/** The function instances' cron: parse, check and the fire times around an instant (UTC). */
export {
  CRON_FORM,
  CronError,
  type CronSchedule,
  checkCron,
  MAX_CRON_TIME,
  parseCron,
} from './cron/cron.js';
/** The table `pnpm generate` writes from the spec: every operation as declared, without the routing patterns. */
export { OPERATION_TABLE } from './generated/operations.js';
/** ACS3-HMAC-SHA256: the canonical request, the string to sign, the signature and the header. */
export {
  ACS3_HMAC_SHA256,
  type Acs3Canonical,
  type Acs3RequestParts,
  type Acs3Signature,
  type Acs3Target,
  acs3Target,
  canonicalizeAcs3,
  canonicalRequestAcs3,
  EMPTY_BODY_SHA256,
  formatAcs3Authorization,
  hashPayload,
  signAcs3,
} from './signing/acs3.js';
/** Parsing an Authorization header back into algorithm, AccessKey id, signed headers and signature. */
export {
  type ParsedAcs3Authorization,
  type ParsedHmacSha1Authorization,
  parseAcs3Authorization,
  parseAuthorization,
} from './signing/authorization.js';
/** The hash primitives of this runtime (node:crypto in Node, Web Crypto elsewhere). */
export {
  hmacSha1Base64,
  hmacSha256Hex,
  hmacSha256Keyed,
  type SigningCrypto,
  sha256Hex,
} from './signing/crypto.js';
/** The `x-acs-date` and `date` formats. */
export { formatAcsDate, formatHttpDate } from './signing/dates.js';
/** Percent-encoding as Alibaba Cloud signs it, the ACS3 canonical URI, and the path the official SDK signed. */
export { canonicalUriAcs3, percentEncode, sdkSignedPath } from './signing/encode.js';
/** Legacy ROA HMAC-SHA1: the string to sign and the signature. */
export {
  HMAC_SHA1,
  type HmacSha1RequestParts,
  type HmacSha1Signature,
  signHmacSha1,
  stringToSignHmacSha1,
} from './signing/hmac-sha1.js';
/** The query and header shapes the pure functions accept; decoding and encoding a query as signing sees it. */
export { type HeaderInput, type QueryInput, queryFromSearch, serializeQuery } from './signing/inputs.js';
/** Application groups (ListAppGroups): key tables. */
export { APP_GROUP_KEYS, APP_GROUP_QUOTA_KEYS, APP_GROUP_TAG_KEYS } from './wire/app-group.js';
/** Which casing a body is in, and the key table of each wire object by canonical (camelCase) name. */
export {
  CASING_HEADER,
  type DetectedCasing,
  ENVELOPE_KEYS,
  ERROR_KEYS,
  TASK_KEYS,
  toWireCasing,
  type WireCasing,
  wireKey,
} from './wire/casing.js';
/** Function instances: key tables, the documented enums and function names. */
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
} from './wire/instance.js';
/** The operation table: each operation from the spec, its path pattern, building a path and routing one back. */
export {
  type BodyCasing,
  FUNCTION_OPERATION_IDS,
  FUNCTION_OPERATIONS,
  type FunctionOperation,
  type FunctionOperationId,
  type FunctionOperationMethod,
  functionOperationPath,
  isFunctionOperationPath,
  isSafeToRepeat,
  listFunctionTasksPath,
  type MatchedFunctionOperation,
  matchFunctionOperation,
  OPERATION_ID,
  type OperationBody,
  type OperationBodyField,
  type OperationTable,
  operationBody,
  READ_OPERATION_IDS,
  type ReadOperationId,
} from './wire/operations.js';
/** Protocol constants: API version, paging defaults, task statuses. */
export {
  API_VERSION,
  DEFAULT_PAGE_NUMBER,
  DEFAULT_PAGE_SIZE,
  encodePathSegment,
  isKnownTaskStatus,
  type KnownTaskStatus,
  MAX_PAGE_SIZE,
  TASK_STATUSES,
} from './wire/protocol.js';
/** Function resources: key tables and the resource types. */
export {
  FEATURE_KEYS,
  GENERATOR_INPUT_KEYS,
  GENERATOR_KEYS,
  RESOURCE_DATA_KEYS,
  RESOURCE_KEYS,
  RESOURCE_TYPES,
  type ResourceType,
} from './wire/resource.js';
/** Function versions (GetFunctionCurrentVersion, GetFunctionVersion): key tables. */
export {
  VERSION_CONFIG_KEYS,
  VERSION_DEPEND_KEYS,
  VERSION_KEYS,
  VERSION_PARAMETER_KEYS,
} from './wire/version.js';
