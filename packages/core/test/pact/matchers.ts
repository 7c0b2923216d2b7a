/**
 * Pact matchers for the ListFunctionTasks wire: exact key names (the casing is the point), types where values
 * vary, and a few combined matchers where a type alone or a regex alone would let a broken provider through.
 */
import { createHash } from 'node:crypto';
import { MatchersV3 } from '@pact-foundation/pact';

const { integer, regex, string } = MatchersV3;

/**
 * A value that must satisfy every given matcher. Pact's integration format takes an array under
 * `pact:matcher:type` and records the rules with `combine: AND`.
 */
export interface AllOf<T> {
  'pact:matcher:type': readonly { 'pact:matcher:type': string; value: T; regex?: string }[];
  value: T;
}

/**
 * A string matching `pattern`. A pact regex alone also accepts a JSON number (the verifier matches the
 * number's decimal form), so the type matcher is combined with it: `"3"` passes, `3` fails.
 */
export function stringMatching(pattern: string, example: string): AllOf<string> {
  return {
    'pact:matcher:type': [
      { 'pact:matcher:type': 'type', value: example },
      { 'pact:matcher:type': 'regex', regex: pattern, value: example },
    ],
    value: example,
  };
}

/** An integer whose decimal form matches `pattern` (used for ranges: progress 0–100, 0–99). */
export function integerMatching(pattern: string, example: number): AllOf<number> {
  return {
    'pact:matcher:type': [
      { 'pact:matcher:type': 'integer', value: example },
      { 'pact:matcher:type': 'regex', regex: pattern, value: example },
    ],
    value: example,
  };
}

/** `generation`: a number encoded as a string ("3"), never a JSON number. */
export function numericString(example: string): AllOf<string> {
  return stringMatching('^[0-9]+$', example);
}

/** A documented task status. */
export const TASK_STATUS = stringMatching('^(success|failed|running)$', 'success');

/** 0–100. */
const PROGRESS = integerMatching('^([0-9]|[1-9][0-9]|100)$', 100);

/** The fields of one task, by canonical (camelCase) name, typed as the client reads them. */
type TaskTemplate = Record<
  'functionName' | 'runId' | 'generation' | 'status' | 'progress' | 'startTime' | 'endTime' | 'extendInfo',
  unknown
>;

/** The API page's sample task as a template: types matched, example values from the page. */
function sampleTask(overrides: Partial<TaskTemplate>): TaskTemplate {
  return {
    functionName: string('ctr'),
    runId: string('trigger__2021-03-05T12:18:41'),
    generation: numericString('3'),
    status: TASK_STATUS,
    progress: PROGRESS,
    startTime: integer(100010),
    endTime: integer(200020),
    // A JSON document encoded as a string: the type matcher rejects an object here.
    extendInfo: string('{"recall":91,"errors":[]}'),
    ...overrides,
  };
}

/** A task with camelCase keys (the API page's "Sample success response"). */
export function camelTask(overrides: Partial<TaskTemplate> = {}): Record<string, unknown> {
  return { ...sampleTask(overrides) };
}

/** A task with PascalCase keys (the response-elements table and the SDK metadata). */
export function pascalTask(overrides: Partial<TaskTemplate> = {}): Record<string, unknown> {
  const task = sampleTask(overrides);
  return {
    FunctionName: task.functionName,
    RunId: task.runId,
    Generation: task.generation,
    Status: task.status,
    Progress: task.progress,
    StartTime: task.startTime,
    EndTime: task.endTime,
    ExtendInfo: task.extendInfo,
  };
}

/** The AccessKey the consumer signs with (its secret is not the provider's: see the signature interaction). */
export const CONSUMER_CREDENTIALS = {
  accessKeyId: 'LTAI5tContractTestKey0001',
  accessKeySecret: 'consumer-side-secret',
};

/** The consumer's fixed signing time; the pact's `x-acs-date` example, which the provider state's clock matches. */
export const SIGNED_AT = '2025-11-28T12:00:00Z';

/** The headers the client signs, exactly as it lists them in `SignedHeaders`. */
const SIGNED_HEADER_NAMES =
  'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version';

/**
 * The headers of a signed request for `action` (ACS3-HMAC-SHA256) without a body: the content hash is the empty
 * string's. The signature and nonce change with every request (the mock server's port is signed too), so they
 * are matched by pattern with a fixed example: the pact stays byte-identical from run to run, and replaying it can
 * only ever fail signature verification.
 */
export function signedHeaders(action: string, signedNames = SIGNED_HEADER_NAMES) {
  return {
    Accept: 'application/json',
    'x-acs-action': action,
    'x-acs-version': '2017-12-25',
    'x-acs-date': regex('^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$', SIGNED_AT),
    'x-acs-signature-nonce': regex('^[0-9A-Za-z_-]{16,64}$', '6f1c0e5a3b2d4c8e9f7a1b2c3d4e5f60'),
    // SHA-256 of the empty body.
    'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    Authorization: regex(
      `^ACS3-HMAC-SHA256 Credential=${CONSUMER_CREDENTIALS.accessKeyId},SignedHeaders=${signedNames},Signature=[0-9a-f]{64}$`,
      `ACS3-HMAC-SHA256 Credential=${CONSUMER_CREDENTIALS.accessKeyId},SignedHeaders=${signedNames},Signature=${'5f2b'.repeat(16)}`,
    ),
  };
}

/**
 * The headers of a signed request for `action` with the JSON `body`: its content type is signed, and the content
 * hash is the SHA-256 of exactly the bytes the client sends (`JSON.stringify` of the body, fields in the spec's
 * order), so the pact fixes both the body and its hash.
 */
export function signedJsonHeaders(action: string, body: unknown) {
  return {
    ...signedHeaders(action, `content-type;${SIGNED_HEADER_NAMES}`),
    'Content-Type': 'application/json; charset=utf-8',
    'x-acs-content-sha256': createHash('sha256').update(JSON.stringify(body), 'utf8').digest('hex'),
  };
}

/** The headers of a signed ListFunctionTasks request. */
export const SIGNED_REQUEST_HEADERS = signedHeaders('ListFunctionTasks');

/** JSON responses; a charset parameter is allowed. */
export const JSON_CONTENT = { 'Content-Type': regex('^application/json(;.*)?$', 'application/json') };

/** Typed fields of the error body. */
export const ERROR_BODY_TYPES = { message: string('Request was denied.') } as const;

/** What the client makes of the sample task of `camelTask()` / `pascalTask()`. */
export const SAMPLE_TASK_READ = {
  functionName: 'ctr',
  runId: 'trigger__2021-03-05T12:18:41',
  generation: '3',
  status: 'success',
  progress: 100,
  startTime: 100010,
  endTime: 200020,
  extendInfo: { recall: 91, errors: [] },
  extendInfoRaw: '{"recall":91,"errors":[]}',
  warnings: [],
} as const;

/** The fields of one instance at the default `output` level, by canonical (camelCase) name. */
type InstanceTemplate = Record<
  | 'instanceName'
  | 'functionName'
  | 'functionType'
  | 'modelType'
  | 'versionId'
  | 'description'
  | 'status'
  | 'source'
  | 'createTime'
  | 'cron'
  | 'belongs'
  | 'createParameters'
  | 'usageParameters',
  unknown
> & { extendInfo?: unknown; task?: unknown };

/** One `{name, value}` parameter; the list may be empty (`usageParameters` often is). */
function parameters(casing: 'camel' | 'pascal') {
  const entry =
    casing === 'camel'
      ? { name: string('fg_json'), value: string('{}') }
      : { Name: string('fg_json'), Value: string('{}') };
  return MatchersV3.constrainedArrayLike(entry, 0, 100, 1);
}

/** An instance (the ListFunctionInstances page sample, completed): types matched, enums by pattern. */
function sampleInstance(casing: 'camel' | 'pascal', overrides: Partial<InstanceTemplate>): InstanceTemplate {
  const belongs = { category: string('general'), domain: string(''), language: string('') };
  return {
    instanceName: string('ctr_test'),
    functionName: string('ctr'),
    functionType: stringMatching('^(PAAS|SAAS)$', 'PAAS'),
    modelType: stringMatching('^(tf_checkpoint|pop|offline_inference|near_realtime|text)$', 'tf_checkpoint'),
    versionId: integer(100),
    description: string(''),
    status: stringMatching('^(available|unavailable)$', 'available'),
    source: stringMatching('^(user|builtin)$', 'user'),
    createTime: integer(1761984000000),
    cron: string(''),
    belongs:
      casing === 'camel'
        ? belongs
        : { Category: belongs.category, Domain: belongs.domain, Language: belongs.language },
    createParameters: parameters(casing),
    usageParameters: parameters(casing),
    ...overrides,
  };
}

/** An instance's `extendInfo`: a JSON string whose `errors` is an object (an object here fails the type). */
export const INSTANCE_EXTEND_INFO = string('{"dataReport":{},"errors":{}}');

/** GetFunctionInstance's `task` of a finished run: dagStatus by pattern, lastRunTime a duration, progress. */
export function instanceTask(casing: 'camel' | 'pascal') {
  const task = {
    dagStatus: stringMatching('^(success|failed|untrained|pending|running)$', 'success'),
    lastRunTime: integer(1200000),
    progress: PROGRESS,
  };
  return casing === 'camel'
    ? task
    : { DagStatus: task.dagStatus, LastRunTime: task.lastRunTime, Progress: task.progress };
}

/** An instance with camelCase keys. */
export function camelInstance(overrides: Partial<InstanceTemplate> = {}): Record<string, unknown> {
  return { ...sampleInstance('camel', overrides) };
}

/** An instance with PascalCase keys (the SDK model). */
export function pascalInstance(overrides: Partial<InstanceTemplate> = {}): Record<string, unknown> {
  const instance = sampleInstance('pascal', overrides);
  return Object.fromEntries(
    Object.entries(instance)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [`${key[0]?.toUpperCase()}${key.slice(1)}`, value]),
  );
}

/** What the client makes of the sample instance (either casing), with `extendInfo` and `task` as given. */
export function instanceRead(extra: { extendInfo?: boolean; task?: boolean } = {}) {
  return {
    instanceName: 'ctr_test',
    functionName: 'ctr',
    functionType: 'PAAS',
    modelType: 'tf_checkpoint',
    versionId: 100,
    description: '',
    status: 'available',
    source: 'user',
    createTime: 1761984000000,
    cron: '',
    belongs: { category: 'general', domain: '', language: '' },
    createParameters: [{ name: 'fg_json', value: '{}' }],
    usageParameters: [{ name: 'fg_json', value: '{}' }],
    extendInfo: extra.extendInfo ? { dataReport: {}, errors: {} } : null,
    extendInfoRaw: extra.extendInfo ? '{"dataReport":{},"errors":{}}' : null,
    task: extra.task ? { dagStatus: 'success', lastRunTime: 1200000, progress: 100 } : null,
    warnings: [],
  };
}
