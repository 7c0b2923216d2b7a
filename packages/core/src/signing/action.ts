/**
 * The action a request performs, from its method and path through the spec's operation table: a signer that is
 * not told the action (an openapi-fetch user's middleware) signs what the request really does.
 */
import { matchFunctionOperation } from '@fntasks/protocol';
import { InvalidArgumentError } from '../errors.js';

/**
 * The operationId that `method` and the URL's path address. The endpoint may carry a base path (a proxy's
 * prefix), so every suffix of the path that starts at a segment is tried, longest first. Throws
 * InvalidArgumentError naming the request when no operation of the family matches.
 */
export function actionOf(method: string, url: string): string {
  const { pathname } = new URL(url);
  for (let at = 0; at !== -1; at = pathname.indexOf('/', at + 1)) {
    const match = matchFunctionOperation(method, pathname.slice(at));
    if (match) return match.operationId;
  }
  throw new InvalidArgumentError(
    'request',
    `${method.toUpperCase()} ${pathname}`,
    'Expected a request to one of the function-task operations, or the `action` option (the x-acs-action to sign).',
  );
}
