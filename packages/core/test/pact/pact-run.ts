/**
 * The one Pact V4 run every consumer suite of this folder adds its interactions to. It writes the pact from
 * scratch into a private temporary folder and, only when every test of the run passed, moves it into `pacts/`
 * with one rename: an interaction removed from a suite also leaves the file, and neither a failed or filtered
 * run (`-t`) nor two runs at once can leave a partial pact. The suites are modules imported by the single test
 * file `fntasks-core.pact.test.ts`, because each vitest file runs in its own process and one pact file must
 * come from one process.
 */
import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MatchersV3, PactV4, type V3MockServer } from '@pact-foundation/pact';
import { expect } from 'vitest';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  type FunctionTasksClientOptions,
} from '../../src/index.js';
import { CONSUMER, PACT_DIR, PACT_FILE, PROVIDER } from './contract.js';
import { CONSUMER_CREDENTIALS, ERROR_BODY_TYPES, SIGNED_AT, stringMatching } from './matchers.js';

const { equal, integer, string } = MatchersV3;

// Pact reports usage over the network unless told not to (turbo and CI set it too).
process.env.PACT_DO_NOT_TRACK ??= 'true';

/** This run's own pact folder; the finished pact is moved into `pacts/` by `publishPactIfAllPassed`. */
const RUN_DIR = mkdtempSync(join(tmpdir(), 'fntasks-core-pact-'));

/** The pact every suite adds interactions to. */
export const pact = new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir: RUN_DIR, logLevel: 'warn' });

/** A node of vitest's task tree, as far as the mover reads it. */
interface TaskNode {
  type: string;
  tasks?: readonly TaskNode[];
  result?: { state?: string };
}

function testsOf(node: TaskNode): TaskNode[] {
  return node.type === 'test' ? [node] : (node.tasks ?? []).flatMap(testsOf);
}

/** Moves the run's pact into `pacts/` when every test of `file` passed; always removes the run folder. */
export function publishPactIfAllPassed(file: unknown): void {
  try {
    const tests = testsOf(file as TaskNode);
    if (tests.length > 0 && tests.every((t) => t.result?.state === 'pass')) {
      // Copy next to the target, then rename: readers of pacts/ never see a half-written file.
      const staged = join(PACT_DIR, `.${basename(PACT_FILE)}.${process.pid}.tmp`);
      copyFileSync(join(RUN_DIR, basename(PACT_FILE)), staged);
      renameSync(staged, PACT_FILE);
    }
  } finally {
    rmSync(RUN_DIR, { recursive: true, force: true });
  }
}

/** The client under test, pointed at the mock server, signing every request at a fixed time. */
export function clientFor(mockServer: V3MockServer, options: Partial<FunctionTasksClientOptions> = {}) {
  return createFunctionTasksClient({
    endpoint: mockServer.url,
    credentials: CONSUMER_CREDENTIALS,
    clock: () => Date.parse(SIGNED_AT),
    ...options,
  });
}

/** The request id of every answer. */
export const REQUEST_ID = '5C3A1B2E-7F64-4C1D-9B0E-2D8F1A6E4B13';

/** The two documented casings of success answers. */
export const CASINGS = [
  { casing: 'camel', label: 'camelCase' },
  { casing: 'pascal', label: 'PascalCase' },
] as const;

/** What the client reports of the sample envelope (`camelEnvelope` / `pascalEnvelope`) in `casing`. */
export function answerMeta(casing: 'camel' | 'pascal') {
  return { requestId: REQUEST_ID, latency: 123, casing, envelopeStatus: casing === 'camel' ? 'OK' : '200' };
}

/** The camelCase success envelope of the API pages' samples, around `fields` (result, totalCount, …). */
export function camelEnvelope(fields: Record<string, unknown> = {}) {
  return {
    status: equal('OK'),
    requestId: string(REQUEST_ID),
    httpCode: equal(200),
    code: equal(''),
    message: equal(''),
    latency: integer(123),
    ...fields,
  };
}

/**
 * The PascalCase success envelope, around `fields`. The pages' PascalCase samples say `Status` "200" where the
 * camelCase ones say "OK" (and `Code` "200" where they say ""): the client accepts both as success.
 */
export function pascalEnvelope(fields: Record<string, unknown> = {}) {
  return {
    Status: stringMatching('^(OK|200)$', '200'),
    RequestId: string(REQUEST_ID),
    HttpCode: equal(200),
    Code: stringMatching('^(200)?$', '200'),
    Message: string(''),
    Latency: integer(123),
    ...fields,
  };
}

/** The v4 error body: camelCase keys, the code exact (the client branches on it), the rest typed. */
export function errorBody(httpCode: number, code: string) {
  return {
    requestId: string(REQUEST_ID),
    httpCode: equal(httpCode),
    code: equal(code),
    message: ERROR_BODY_TYPES.message,
  };
}

/** Asserts `call` rejects with the typed API error the answer names, after one attempt. */
export async function expectApiError(call: Promise<unknown>, expected: { httpCode: number; code: string }) {
  const error = await call.then(
    () => expect.unreachable('the call should have been rejected'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FunctionTasksApiError);
  const apiError = error as FunctionTasksApiError;
  expect({ httpCode: apiError.httpCode, code: apiError.code }).toEqual(expected);
  expect(apiError.requestId).toBe(REQUEST_ID);
  expect(apiError.apiMessage).not.toBe('');
  expect(apiError.attempts).toBe(1);
}
