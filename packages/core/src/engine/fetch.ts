/**
 * A WHATWG `fetch` (the caller's, or the global one outside Node) as an engine: a thin adapter, so that the
 * pipeline has one engine interface. `redirect: 'manual'`: a followed redirect would carry the signed headers
 * (the security token, the AccessKey id) to another host; the pipeline turns the 3xx into an error. A failed
 * fetch says nothing of how far the request got (a browser's TypeError has no detail), so its failures are never
 * claimed unwritten: a write that is not safe to repeat is then an unknown outcome, not retried.
 */
import type { EngineSend } from '../http/types.js';

/** The engine over a fetch function. */
export function fetchEngine(fetchImpl: typeof fetch): EngineSend {
  return async (request, scope) => {
    const signal = scope.signal;
    // Called as a plain function: a browser's fetch refuses any other `this` than the window.
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal,
      redirect: 'manual',
    });
    const headers = {
      get: (name: string) => response.headers.get(name),
      all: () => Object.fromEntries(response.headers),
    };
    const base = { status: response.status, type: response.type, headers };
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      // A redirect's body is never read (and an unread stream would hold the connection).
      response.body?.cancel().catch(() => {});
      return { ...base, text: '' };
    }
    try {
      return { ...base, text: await response.text() };
    } catch (error) {
      if (scope.ended) throw scope.ended;
      return { ...base, text: '', bodyError: error };
    }
  };
}
