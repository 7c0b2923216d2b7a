/**
 * What the browser gets for a forwarded API call: always a JSON body (served as
 * `application/json; charset=utf-8` with `nosniff`), never the upstream's content type, and with every
 * credential masked (core's `redactSecrets`: the values the server signs with, and the shapes of keys,
 * tokens and signatures) and, in errors, URLs cut to origin and path.
 */
import { isErrorAnswer, type KnownSecrets, redactSecrets } from '@fntasks/core';
import { errorBody } from './errors.js';
import { stripUrlDetails } from './redact.js';

/** The upstream's answer as it came off the wire. */
export interface RawAnswer {
  status: number;
  /** The `content-type` header, when sent. */
  contentType: string | null;
  body: string;
}

/** What goes back to the browser: a status and a JSON text. */
export interface ForwardedResponse {
  status: number;
  body: string;
}

/** The one content type of every forwarded answer. */
export const JSON_TYPE = 'application/json; charset=utf-8';

/** A server-made error in the API's shape; its message is redacted like any upstream text. */
export function localAnswer(
  status: number,
  code: string,
  message: string,
  known?: KnownSecrets,
): ForwardedResponse {
  return { status, body: JSON.stringify(errorBody(status, code, redactSecrets(message, known))) };
}

/** A header value shown in a message: printable ASCII of a media type, at most 60 characters. */
function shownType(contentType: string | null): string {
  if (!contentType) return 'none';
  return contentType.replace(/[^\w/.+;= -]/g, '?').slice(0, 60);
}

/** Turns the upstream's answer into the browser's. */
export function browserAnswer(raw: RawAnswer, known?: KnownSecrets): ForwardedResponse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.body);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return localAnswer(
      502,
      'Dashboard.UpstreamNotJson',
      `The upstream answered HTTP ${raw.status} with a body that is not a JSON object (content-type ${shownType(raw.contentType)}); it was not forwarded.`,
    );
  }
  // Core's rule, the one the browser's core applies to this answer: status first, then the code of either casing.
  const isError = isErrorAnswer(raw.status, parsed);
  // Known values are masked in every answer; the shape patterns only in errors, where echoes happen (a task's
  // own data is shown as it is).
  const body = isError ? stripUrlDetails(redactSecrets(raw.body, known)) : maskKnown(raw.body, known);
  return { status: raw.status, body };
}

/** Only the known values (cheap on large pages): a success body has no business holding them. */
function maskKnown(body: string, known?: KnownSecrets): string {
  if (!known || (!known.accessKeyIds?.length && !known.secrets?.length)) return body;
  if (![...(known.accessKeyIds ?? []), ...(known.secrets ?? [])].some((v) => body.includes(v))) return body;
  return redactSecrets(body, known);
}
