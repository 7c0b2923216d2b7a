/**
 * The Response the pipeline reads from Node's engines: status, `ok`, header lookup and the body as text. No
 * WHATWG `Response`, `Headers` or stream is built: their first use in a Node process loads Node's internal
 * undici, which costs more than a whole short-lived `fntasks list` otherwise does.
 */

/** Header values by lower-case name, as node:http and undici hand them over. */
export type RawHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** The parts of a `Response` that core reads: status, `ok`, `headers.get` and the body as text. */
export class EngineResponse {
  /** True for 2xx. */
  readonly ok: boolean;
  /** Read-only header access, like `Headers#get`. */
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly status: number,
    raw: RawHeaders,
    private readonly readBody: () => Promise<string>,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = {
      get: (name) => {
        const found = raw[name.toLowerCase()];
        return found === undefined ? null : Array.isArray(found) ? found.join(', ') : found;
      },
    };
  }

  /** The body as UTF-8 text; rejects when the connection was cut mid-body. */
  text(): Promise<string> {
    return this.readBody();
  }
}
