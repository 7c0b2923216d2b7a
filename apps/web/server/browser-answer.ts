/**
 * What the browser gets for a forwarded API call: always a JSON body (served as
 * `application/json; charset=utf-8` with `nosniff`), never the upstream's content type, never a redirect,
 * and with every credential value the request carried masked.
 */
import { errorBody } from './errors.js';
import { NO_SECRETS, redactSecrets, type SentSecrets, stripUrlDetails } from './redact.js';

/** The upstream's answer as it came off the wire. */
export interface RawAnswer {
  status: number;
  /** The `content-type` and `location` headers, when sent. */
  contentType: string | null;
  location: string | null;
  body: string;
}

/** What goes back to the browser: a status and a JSON text. */
export interface ForwardedResponse {
  status: number;
  body: string;
}

/** The one content type of every forwarded answer. */
export const JSON_TYPE = 'application/json; charset=utf-8';

const SUCCESS_CODES = new Set(['', '200', 'OK']);

/** A server-made error in the API's shape. */
export function localAnswer(status: number, code: string, message: string): ForwardedResponse {
  return { status, body: JSON.stringify(errorBody(status, code, message)) };
}

/** A header value shown in a message: printable ASCII of a media type, at most 60 characters. */
function shownType(contentType: string | null): string {
  if (!contentType) return 'none';
  return contentType.replace(/[^\w/.+;= -]/g, '?').slice(0, 60);
}

/** The origin a `Location` names (resolved against the upstream), or null when it is not a URL. */
function locationOrigin(location: string | null, base: string): string | null {
  if (!location) return null;
  try {
    return new URL(location, base).origin;
  } catch {
    return null;
  }
}

/** Turns the upstream's answer into the browser's; `upstream` is the upstream's base URL (for Location). */
export function browserAnswer(
  raw: RawAnswer,
  upstream: string,
  secrets: SentSecrets = NO_SECRETS,
): ForwardedResponse {
  if (raw.status >= 300 && raw.status < 400) {
    const target = locationOrigin(raw.location, upstream);
    return localAnswer(
      502,
      'Dashboard.UpstreamRedirect',
      `The upstream answered HTTP ${raw.status}${target ? ` (a redirect to ${target})` : ''}; the dashboard server follows no redirects, so nothing was sent there.`,
    );
  }
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
  const record = parsed as Record<string, unknown>;
  const code = record.code ?? record.Code;
  const isError = raw.status >= 400 || (code !== undefined && !SUCCESS_CODES.has(String(code)));
  const body = redactSecrets(raw.body, secrets);
  return { status: raw.status, body: isError ? stripUrlDetails(body) : body };
}
