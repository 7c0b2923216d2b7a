/** Mapping core's errors to messages, hints and exit codes; the entry's reporting; --debug redaction. */
import {
  FunctionTasksApiError,
  InvalidArgumentError,
  MalformedResponseError,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
} from '@fntasks/core';
import { describe, expect, it } from 'vitest';
import { toCliError } from '../src/core-errors.js';
import { debugPrinter, maskKeyId, redactUrl } from '../src/debug.js';
import { CliError, ExitCode, UsageError } from '../src/errors.js';
import { reportError } from '../src/report-error.js';
import { bufferIo } from './helpers.js';

const apiError = (code: string, httpCode: number, attempts = 1) => {
  const error = new FunctionTasksApiError({ httpCode, code, message: 'the message', requestId: 'req-123' });
  error.attempts = attempts;
  return error;
};

describe('toCliError', () => {
  it.each([
    ['SignatureDoesNotMatch', 400, ExitCode.Config, /secret, and that this machine’s clock/],
    ['InvalidAccessKeyId.NotFound', 404, ExitCode.Config, /Check the AccessKey id/],
    ['InvalidTimeStamp.Expired', 400, ExitCode.Config, /clock is off/],
    ['Forbidden.RAM', 403, ExitCode.Config, /lacks permission/],
    ['App.NotFound', 404, ExitCode.Api, /Check the app group name/],
    ['Instance.NotExist', 404, ExitCode.Api, /Check the instance name/],
    ['Throttling.User', 400, ExitCode.Api, /throttled/],
    ['InternalError', 500, ExitCode.Api, /failed even after retries/],
    ['InvalidParameter', 400, ExitCode.Api, /rejected by the service/],
  ])('%s → exit %d with a hint', (code, httpCode, exitCode, hint) => {
    const error = toCliError(apiError(code, httpCode)) as CliError;
    expect(error).toBeInstanceOf(CliError);
    expect(error.exitCode).toBe(exitCode);
    expect(error.message).toBe(`API error ${code}: the message (HTTP ${httpCode}, requestId req-123)`);
    expect(error.hint).toMatch(hint);
  });

  it('says how many attempts were made', () => {
    expect((toCliError(apiError('InternalError', 500, 4)) as CliError).message).toMatch(
      /requestId req-123\) after 4 attempts$/,
    );
  });

  it('maps the other core errors', () => {
    const network = toCliError(
      new NetworkError(
        'http://127.0.0.1:9',
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      ),
    ) as CliError;
    expect(network.exitCode).toBe(ExitCode.Api);
    expect(network.message).toBe('Cannot reach http://127.0.0.1:9: ECONNREFUSED');
    const malformed = toCliError(
      new MalformedResponseError(502, '<html>', 'the body is not JSON'),
    ) as CliError;
    expect(malformed.exitCode).toBe(ExitCode.Api);
    expect((toCliError(new RequestTimeoutError(3000)) as CliError).hint).toMatch(/--request-timeout/);
    expect((toCliError(new RequestAbortedError()) as CliError).exitCode).toBe(ExitCode.Interrupted);
    const invalid = toCliError(new InvalidArgumentError('regionId', 'x', 'Expected a region id.'));
    expect(invalid).toBeInstanceOf(UsageError);
    const other = new TypeError('boom');
    expect(toCliError(other)).toBe(other);
  });
});

describe('CliError identity across bundles', () => {
  it('instanceof checks the shared brand, not the class copy', () => {
    // What a CliError thrown by another bundle's copy of errors.ts looks like to this one.
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('@fntasks/cli:CliError'), {
      value: true,
    });
    expect(foreign instanceof CliError).toBe(true);
    expect(foreign instanceof UsageError).toBe(false);
    expect(new UsageError('u') instanceof CliError).toBe(true);
    expect(new CliError('c', ExitCode.Api) instanceof UsageError).toBe(false);
    expect(new Error('plain') instanceof CliError).toBe(false);
  });
});

describe('reportError (the entry point)', () => {
  it('prints message and hint, returns the exit code', () => {
    const { io, stderr } = bufferIo();
    expect(reportError(new CliError('Broken.', ExitCode.Config, { hint: 'Fix it.' }), io, false)).toBe(3);
    expect(stderr.text).toBe('error: Broken.\nhint: Fix it.\n');
  });

  it('an unexpected error exits 1 with a short message; the stack only with --debug', () => {
    const quiet = bufferIo();
    expect(reportError(new TypeError('cannot read x of undefined'), quiet.io, false)).toBe(
      ExitCode.Unexpected,
    );
    expect(quiet.stderr.text).toBe(
      'error: unexpected: cannot read x of undefined\nhint: run again with --debug for the stack trace, and report it if it looks like a bug.\n',
    );
    const loud = bufferIo();
    expect(reportError(new TypeError('cannot read x of undefined'), loud.io, true)).toBe(1);
    expect(loud.stderr.text).toMatch(
      /^error: unexpected: cannot read x of undefined\nTypeError: cannot read x of undefined\n\s+at /,
    );
  });
});

describe('--debug output', () => {
  it('redacts user info and secret-looking query values', () => {
    expect(redactUrl('http://user:pw@h/x?pageSize=20&Signature=abc&SecurityToken=t')).toBe(
      'http://redacted@h/x?pageSize=20&Signature=redacted&SecurityToken=redacted',
    );
    expect(maskKeyId('LTAI5tABCDEFG')).toBe('LTAI****');
    expect(maskKeyId('abc')).toBe('****');
  });

  it('prints one line per event', () => {
    const { io, stderr } = bufferIo();
    const print = debugPrinter(io.stderr, () => Date.UTC(2025, 0, 1, 12, 0, 0, 5));
    print({ type: 'request', attempt: 1, method: 'GET', url: 'http://h/t?pageSize=20' });
    print({
      type: 'retry',
      attempt: 1,
      delayMs: 180.4,
      error: { name: 'FunctionTasksApiError', code: 'InternalError', httpStatus: 500, message: 'x' },
    });
    print({ type: 'response', attempt: 2, status: 200, requestId: 'r-1', latencyMs: 12.6, serverTime: null });
    print({
      type: 'error',
      attempts: 4,
      error: { name: 'NetworkError', code: null, httpStatus: null, message: 'refused' },
    });
    expect(stderr.text).toBe(
      [
        '[debug 12:00:00.005] → GET http://h/t?pageSize=20',
        '[debug 12:00:00.005] ↻ attempt 1 failed (InternalError: x); retrying in 180ms',
        '[debug 12:00:00.005] ← HTTP 200 requestId=r-1 latency=13ms',
        '[debug 12:00:00.005] ✖ failed after 4 attempt(s): NetworkError: refused',
        '',
      ].join('\n'),
    );
  });
});

describe("core's messages in the user's words", () => {
  it('parameter names become the flags, epochs become ISO times', () => {
    const converted = toCliError(
      new InvalidArgumentError('startTime', 1795748874507, 'It must be before endTime (1795748000000).'),
    );
    expect(converted).toBeInstanceOf(UsageError);
    const message = (converted as UsageError).message;
    expect(message).toContain('Invalid --since: 2026-11-27T03:07:54.507Z.');
    expect(message).toContain('before --until (2026-11-27T02:53:20.000Z)');
    expect(message).not.toMatch(/\d{13}/);
  });

  it('secrets echoed in an API message are redacted, and the CLI error keeps its exit code', () => {
    const error = new FunctionTasksApiError({
      code: 'SignatureDoesNotMatch',
      message:
        'string to sign: x-acs-security-token:CAISverySecretToken1234567890 x-acs-accesskey-id:LTAI5tABCDEFGH',
      httpCode: 400,
      requestId: 'r1',
    });
    const converted = toCliError(error) as CliError;
    expect(converted.exitCode).toBe(ExitCode.Config);
    expect(converted.message).not.toContain('CAISverySecretToken1234567890');
    expect(converted.message).not.toContain('LTAI5tABCDEFGH');
  });
});
