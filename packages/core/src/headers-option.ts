/** The `headers` option: checked at creation, sent with lower-case names. */
import { InvalidArgumentError } from './errors.js';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The `headers` option as lower-case names with trimmed values, checked before any request is sent. */
export function normalizeHeaders(extra: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (extra === undefined) return headers;
  if (extra === null || typeof extra !== 'object') {
    throw new InvalidArgumentError('headers', extra, 'Expected an object of header names to string values.');
  }
  for (const [name, value] of Object.entries(extra)) {
    if (!HEADER_NAME.test(name)) {
      throw new InvalidArgumentError(
        'headers',
        name,
        "A header name is a token: letters, digits and !#$%&'*+-.^_`|~.",
      );
    }
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      throw new InvalidArgumentError(
        `headers.${name}`,
        typeof value === 'string' ? '(a value with a line break or NUL)' : value,
        'Expected a string without CR, LF or NUL.',
      );
    }
    headers[name.toLowerCase()] = value.trim();
  }
  return headers;
}
