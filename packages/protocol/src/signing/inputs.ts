/** The shapes the pure signing functions accept for a query and for headers, and their normal forms. */

/** A query: `[key, value]` pairs (repeats allowed), a record, or URLSearchParams. Values are raw (decoded). */
export type QueryInput =
  | URLSearchParams
  | ReadonlyArray<readonly [string, string]>
  | Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Headers: a Headers object, `[name, value]` pairs, or a record (Node's `IncomingHttpHeaders` fits). */
export type HeaderInput =
  | Headers
  | ReadonlyArray<readonly [string, string]>
  | Readonly<Record<string, string | number | readonly string[] | null | undefined>>;

/** Query pairs sorted by key, then value, by UTF-16 code unit (the official `Object.keys(query).sort()`). */
export function queryPairs(query: QueryInput | undefined): Array<[string, string]> {
  let pairs: Array<[string, string]>;
  if (query === undefined) pairs = [];
  else if (query instanceof URLSearchParams) pairs = [...query];
  else if (Array.isArray(query)) pairs = query.map(([k, v]) => [k, v] as [string, string]);
  else {
    pairs = Object.entries(query as Record<string, unknown>).map(([k, v]) => [k, v == null ? '' : String(v)]);
  }
  return pairs.sort(([ak, av], [bk, bv]) => compare(ak, bk) || compare(av, bv));
}

/** Header values by lower-cased name; repeated names (any case) keep every value. */
export function headerValues(headers: HeaderInput | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  };
  if (headers === undefined) return out;
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    for (const [name, value] of headers) add(name, value);
  } else if (Array.isArray(headers)) {
    for (const [name, value] of headers) add(name, value);
  } else {
    for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
      if (value == null) continue;
      if (Array.isArray(value)) for (const item of value) add(name, String(item));
      else add(name, String(value));
    }
  }
  return out;
}

/** Decodes a raw query string (`?a=1&b=x%20y`, leading `?` optional) into pairs, as a server reads it. */
export function queryFromSearch(search: string): Array<[string, string]> {
  return [...new URLSearchParams(search)];
}

/** Serialises pairs as they go on the wire: sorted, every key and value percent-encoded like the signature. */
export function serializeQuery(query: QueryInput | undefined, encode: (value: string) => string): string {
  return queryPairs(query)
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join('&');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
