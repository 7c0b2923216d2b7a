/** Header maps from callers (the client's and a call's `headers`, a hook's additions): checked, lower-case names. */
import { InvalidArgumentError } from './errors.js';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Header names to trimmed values with lower-case names, checked before any request is sent; `argument` names the option. */
export function checkHeaders(extra: unknown, argument = 'headers'): Record<string, string> {
  const headers: Record<string, string> = {};
  if (extra === null || typeof extra !== 'object') {
    throw new InvalidArgumentError(argument, extra, 'Expected an object of header names to string values.');
  }
  for (const [name, value] of Object.entries(extra)) {
    if (!HEADER_NAME.test(name)) {
      throw new InvalidArgumentError(
        argument,
        name,
        "A header name is a token: letters, digits and !#$%&'*+-.^_`|~.",
      );
    }
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      throw new InvalidArgumentError(
        `${argument}.${name}`,
        typeof value === 'string' ? '(a value with a line break or NUL)' : value,
        'Expected a string without CR, LF or NUL.',
      );
    }
    headers[name.toLowerCase()] = value.trim();
  }
  return headers;
}

/** The client's `headers` option, with the default `accept`. */
export function normalizeHeaders(extra: Record<string, string> | undefined): Record<string, string> {
  return { accept: 'application/json', ...(extra === undefined ? {} : checkHeaders(extra)) };
}
