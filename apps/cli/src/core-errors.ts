/**
 * Turns core's typed errors into CliErrors: one line with the API code and requestId, a hint saying what to
 * check, and the exit code of its kind (auth problems are configuration, 3; other API and network failures, 4).
 */
import {
  FunctionTasksApiError,
  InvalidArgumentError,
  MalformedResponseError,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
} from '@fntasks/core';
import { CliError, ExitCode, UsageError } from './errors.js';

/** API error codes that mean "your credentials, clock or permissions", not "the service failed". */
const AUTH_HINTS: Array<[RegExp, string]> = [
  [
    /^SignatureDoesNotMatch$|^IncompleteSignature$/,
    'Check the AccessKey secret, and that this machine’s clock is right (the signature includes the time).',
  ],
  [
    /^InvalidAccessKeyId/,
    'Check the AccessKey id (ALIBABA_CLOUD_ACCESS_KEY_ID or your aliyun profile), and that the key is enabled.',
  ],
  [/^InvalidTimeStamp/, 'This machine’s clock is off: sync it (e.g. with NTP) and try again.'],
  [
    /^SignatureNonceUsed$/,
    'A request was replayed; try again. If it persists, check for a proxy re-sending requests.',
  ],
  [
    /^InvalidSecurityToken|^SecurityToken/,
    'The STS token is invalid or expired: refresh it (ALIBABA_CLOUD_SECURITY_TOKEN or your profile).',
  ],
  [
    /^Forbidden|^NoPermission|^AccessDenied/,
    'The RAM user lacks permission for opensearch:ListFunctionTasks on this app group.',
  ],
  [
    /^MissingAuthorization|^Unauthorized|^MissingAccessKeyId/,
    'The request was not signed: set credentials (ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET or --profile).',
  ],
];

const API_HINTS: Array<[RegExp, string]> = [
  [
    /^App\.NotFound$|^AppGroup\.NotFound|^App\.NotExist/,
    'Check the app group name (the first argument) and the region.',
  ],
  [
    /^Instance\.NotExist$|^DefaultInstance\.NotExist$/,
    'Check the instance name (the third argument) and the function name.',
  ],
  [/^Function\.NotExist|^Function\.NotFound/, 'Check the function name (the second argument).'],
  [/^Task\.NotExist$/, 'Check the run id or generation.'],
  [
    /^Throttling/,
    'The service throttled the requests even after retries: slow down (e.g. a longer --interval) and try again.',
  ],
  [/^InternalError$|^ServiceUnavailable/, 'The service failed even after retries: try again later.'],
  [
    /^InvalidParameter|^OutOfRange/,
    'A value was rejected by the service: check the options (e.g. --page-size at most 100, --since/--until).',
  ],
  [/^NotFound$/, 'Check the app group, function and instance names, and the region or endpoint.'],
];

/** Converts any error from core (or elsewhere) into a CliError; CliErrors pass through. */
export function toCliError(error: unknown): unknown {
  if (error instanceof CliError) return error;
  if (error instanceof FunctionTasksApiError) {
    const attempts = error.attempts > 1 ? ` after ${error.attempts} attempts` : '';
    const message = `API error ${error.code || `HTTP ${error.httpCode}`}: ${error.apiMessage || '(no message)'} (HTTP ${error.httpCode}, requestId ${error.requestId || 'none'})${attempts}`;
    const auth = AUTH_HINTS.find(([pattern]) => pattern.test(error.code));
    if (auth || error.httpCode === 401 || error.httpCode === 403) {
      return new CliError(message, ExitCode.Config, {
        hint: auth?.[1] ?? 'Check the credentials and their permissions.',
        cause: error,
      });
    }
    const hint = API_HINTS.find(([pattern]) => pattern.test(error.code))?.[1];
    return new CliError(message, ExitCode.Api, { ...(hint ? { hint } : {}), cause: error });
  }
  if (error instanceof NetworkError) {
    return new CliError(
      `Cannot reach ${error.origin}: ${causeMessage(error)}${attempts(error.attempts)}`,
      ExitCode.Api,
      {
        hint: 'Check --endpoint / --region and the network. For a local emulator, start it (fntasks-emulator, default port 8790) or pass its URL to --emulator.',
        cause: error,
      },
    );
  }
  if (error instanceof MalformedResponseError) {
    return new CliError(`${error.message}${attempts(error.attempts)}`, ExitCode.Api, {
      hint: 'The endpoint did not answer like OpenSearch: check --endpoint, or a proxy or gateway in between.',
      cause: error,
    });
  }
  if (error instanceof RequestTimeoutError) {
    return new CliError(error.message, ExitCode.Api, {
      hint: 'Raise --request-timeout, or check the network.',
      cause: error,
    });
  }
  if (error instanceof RequestAbortedError) {
    return new CliError('Interrupted.', ExitCode.Interrupted, { cause: error });
  }
  if (error instanceof InvalidArgumentError) {
    return new UsageError(error.message);
  }
  if (error instanceof Error && error.name === 'CredentialsError') {
    return new CliError(error.message, ExitCode.Config, {
      hint: 'Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with `aliyun configure` (see --profile).',
      cause: error,
    });
  }
  return error;
}

function attempts(count: number): string {
  return count > 1 ? ` (after ${count} attempts)` : '';
}

/** The innermost useful message of a network error (ECONNREFUSED, ENOTFOUND…). */
function causeMessage(error: NetworkError): string {
  let cause: unknown = error.cause;
  let text = '';
  while (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    text = code ? `${code}` : cause.message;
    cause = cause.cause;
  }
  return text || error.message;
}
