/**
 * Pact matchers for the ListFunctionTasks wire: exact key names (the casing is the point), types where values
 * vary, and a few combined matchers where a type alone or a regex alone would let a broken provider through.
 */
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

/** JSON responses; a charset parameter is allowed. */
export const JSON_CONTENT = { 'Content-Type': regex('^application/json(;.*)?$', 'application/json') };

/** Typed fields of the error body. */
export const ERROR_BODY_TYPES = { message: string('Request was denied.') } as const;
