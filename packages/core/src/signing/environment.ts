/** Detecting a browser-like runtime, where scripts may not set the `Date` header that HMAC-SHA1 signs. */

/** True in a browser page or a web worker (their fetch drops a script-set `Date` header). */
export function isBrowserLike(scope: object = globalThis): boolean {
  const g = scope as {
    window?: unknown;
    document?: unknown;
    importScripts?: unknown;
    WorkerGlobalScope?: unknown;
  };
  const page =
    typeof g.window === 'object' &&
    g.window !== null &&
    typeof g.document === 'object' &&
    g.document !== null;
  const worker = typeof g.importScripts === 'function' && g.WorkerGlobalScope !== undefined;
  return page || worker;
}
