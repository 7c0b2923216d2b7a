/**
 * Turns core's typed errors into CliErrors: one line with the API code and requestId, a hint saying what to
 * check (with the connection flags in use, so a suggested command can be pasted), and the exit code of its kind
 * (auth problems are configuration, 3; other API and network failures, 4). Messages and hints pass through
 * core's `redactSecrets` (issue 12, class 5): an API message may echo the string to sign.
 */
import {
  FunctionTasksApiError,
  InvalidArgumentError,
  isAppGroupNotFound,
  isInstanceNotFound,
  isInUse,
  isInvalidParameter,
  isNameTaken,
  isNoDefaultInstance,
  isNotFound,
  isResourceNotFound,
  isServiceFailure,
  isTaskNotFound,
  isTaskRunning,
  isTaskUndeletable,
  isThrottled,
  isVersionNotFound,
  MalformedResponseError,
  NetworkError,
  PaginationStalledError,
  RequestAbortedError,
  RequestTimeoutError,
  redactSecrets,
  UnexpectedRedirectError,
  WriteOutcomeUnknownError,
} from '@fntasks/core';
import { type CommandLineContext, fntasksCommand } from './command-line.js';
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

/** What to check for each kind of API error, by core's predicates (the codes the spec lists); the first match wins. */
const API_HINTS: Array<[(error: FunctionTasksApiError) => boolean, string]> = [
  [isAppGroupNotFound, 'Check the app group name (the first argument) and the region.'],
  [
    isVersionNotFound,
    'Check the version id; the current one: fntasks versions current FUNCTION --model-type TYPE.',
  ],
  [isNameTaken, 'That name is taken: choose another, or change the existing one with update.'],
  [
    isInUse,
    'It is in use: an instance with a run in progress cannot be deleted until the run ends; a resource an instance uses (see its "Used by") cannot be deleted until no instance does.',
  ],
  [
    (error) => isInstanceNotFound(error) || isNoDefaultInstance(error),
    'Check the instance name (the third argument) and the function name.',
  ],
  [
    isResourceNotFound,
    "Check the resource name (the third argument); the function's resources: fntasks resources list APP FUNCTION.",
  ],
  [isTaskNotFound, 'Check the run id or generation.'],
  [isTaskRunning, 'A run of this instance is still running: wait for it to end, then start another.'],
  [
    isTaskUndeletable,
    'The service refuses to delete this run (a running run cannot be deleted): wait for it to end.',
  ],
  [
    isThrottled,
    'The service throttled the requests even after retries: slow down (e.g. a longer --interval) and try again.',
  ],
  [isServiceFailure, 'The service failed even after retries: try again later.'],
  [
    isInvalidParameter,
    'A value was rejected by the service: check the options (e.g. --page-size at most 100, --since/--until).',
  ],
  [isNotFound, 'Check the app group, function and instance names, and the region or endpoint.'],
];

/** Converts any error from core (or elsewhere) into a CliError, secrets redacted; CliErrors pass through. */
export function toCliError(error: unknown, context: CommandLineContext = {}): unknown {
  const converted = convert(error, context);
  if (!(converted instanceof CliError)) return converted;
  const message = redactSecrets(converted.message);
  const hint = converted.hint === undefined ? undefined : redactSecrets(converted.hint);
  if (message === converted.message && hint === converted.hint) return converted;
  return converted instanceof UsageError
    ? new UsageError(message, hint === undefined ? {} : { hint })
    : new CliError(message, converted.exitCode, {
        ...(hint === undefined ? {} : { hint }),
        cause: converted.cause,
      });
}

function convert(error: unknown, context: CommandLineContext): unknown {
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
    let hint = API_HINTS.find(([applies]) => applies(error))?.[1];
    if (isTaskNotFound(error) && context.instance) {
      hint = `${hint} List the runs: ${fntasksCommand(['list', ...context.instance], context.options)}`;
    } else if (isInstanceNotFound(error) && context.instance) {
      hint = `${hint} List the instances: ${fntasksCommand(['instances', context.instance[0], context.instance[1]], context.options)}`;
    }
    return new CliError(message, ExitCode.Api, { ...(hint ? { hint } : {}), cause: error });
  }
  if (error instanceof WriteOutcomeUnknownError && context.outcome) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    return new CliError(
      `The outcome of ${error.operation} is unknown: the request was sent and no clear answer came back (${cause}). ${context.outcome.effect}; it was not sent again.`,
      ExitCode.WriteOutcomeUnknown,
      {
        hint: `Check before trying again: ${fntasksCommand(context.outcome.check, context.options)}`,
        cause: error,
      },
    );
  }
  if (error instanceof WriteOutcomeUnknownError) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    const check = error.check;
    const looked = check
      ? ` No generation above ${check.generationBefore ?? '(none)'} was listed within ${Math.round(check.checkedForMs / 1000)}s after it.`
      : '';
    const list = context.instance
      ? fntasksCommand(['list', ...context.instance], context.options)
      : 'fntasks list APP FN INSTANCE';
    return new CliError(
      `The outcome of ${error.operation} is unknown: the request was sent and no clear answer came back (${cause}). A run may have started; it was not sent again.${looked}`,
      ExitCode.WriteOutcomeUnknown,
      { hint: `Check whether the run started before starting another: ${list}`, cause: error },
    );
  }
  if (error instanceof PaginationStalledError) {
    return new CliError(error.message, ExitCode.Api, {
      hint: 'The endpoint does not page as OpenSearch does (a proxy, or not the real service): check --endpoint, or list one page at a time with --page.',
      cause: error,
    });
  }
  if (error instanceof UnexpectedRedirectError) {
    return new CliError(error.message, ExitCode.Api, {
      hint: 'Point --endpoint (or --region) at the API itself; a redirect is never followed, so nothing was sent to its target.',
      cause: error,
    });
  }
  if (error instanceof NetworkError) {
    return new CliError(
      `Cannot reach ${error.origin}: ${causeMessage(error)}${attempts(error.attempts)}`,
      ExitCode.Api,
      {
        hint:
          context.options?.emulator !== undefined && context.options.emulator !== false
            ? 'Is the emulator running? Start one with `pnpm start` (it prints the exact command line) or `fntasks-emulator --seed`, or pass its URL: --emulator http://127.0.0.1:PORT.'
            : 'Check --endpoint / --region and the network. For a local emulator, start it (`pnpm start`) and pass --emulator.',
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
    const term = context.userTerms?.(error.argument);
    const opening = `Invalid ${error.argument}:`;
    if (term !== undefined && error.message.startsWith(opening)) {
      const rest = error.message.slice(opening.length);
      // A value not given at all: say what to give, not "undefined".
      return new UsageError(
        error.value === undefined
          ? `Missing ${term}.${rest.replace(/^ undefined\./, '')}`
          : `Invalid ${term}:${rest}`,
      );
    }
    return new UsageError(inUserTerms(error.message));
  }
  if (error instanceof Error && error.name === 'CredentialsError') {
    return new CliError(error.message, ExitCode.Config, {
      hint: 'Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with `aliyun configure` (see --profile).',
      cause: error,
    });
  }
  return error;
}

/** Core's parameter names as the flags the user typed them with. */
const FLAG_FOR_PARAMETER: Record<string, string> = {
  startTime: '--since',
  endTime: '--until',
  pageSize: '--page-size',
  pageNumber: '--page',
  timeoutMs: '--timeout',
  intervalMs: '--interval',
  status: '--status',
  limit: '--limit',
};

/** A core message in the user's words: flags instead of parameter names, ISO times instead of epochs. */
export function inUserTerms(message: string): string {
  return message
    .replace(
      /\b(startTime|endTime|pageSize|pageNumber|timeoutMs|intervalMs|status|limit)\b/g,
      (name) => FLAG_FOR_PARAMETER[name] ?? name,
    )
    .replace(/\b1\d{12}\b/g, (epoch) => new Date(Number(epoch)).toISOString());
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
