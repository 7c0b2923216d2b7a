/**
 * The Response the pipeline reads from Node's engines: status, `ok`, header lookup and the body as text. No
 * WHATWG `Response`, `Headers` or stream is built: their first use in a Node process loads Node's internal
 * undici, which costs more than a whole short-lived `fntasks list` otherwise does.
 */

/** Header values by lower-case name, as node:http and undici hand them over. */
export type RawHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** The parts of a `Response` that core reads. */
export class EngineResponse {
  /** True for 2xx. */
  readonly ok: boolean;
  /** Read-only header access, like `Headers#get` / `Headers#forEach`. */
  readonly headers: {
    get(name: string): string | null;
    forEach(fn: (value: string, name: string) => void): void;
  };

  constructor(
    readonly status: number,
    raw: RawHeaders,
    private readonly readBody: () => Promise<string>,
  ) {
    this.ok = status >= 200 && status < 300;
    const value = (name: string) => {
      const found = raw[name.toLowerCase()];
      return found === undefined ? null : Array.isArray(found) ? found.join(', ') : found;
    };
    this.headers = {
      get: value,
      forEach: (fn) => {
        for (const name of Object.keys(raw)) fn(value(name) ?? '', name);
      },
    };
  }

  /** Always empty: HTTP/1.1 reason phrases carry nothing core uses. */
  get statusText(): string {
    return '';
  }

  /** The body as UTF-8 text; rejects when the connection was cut mid-body. */
  text(): Promise<string> {
    return this.readBody();
  }

  /** The body parsed as JSON. */
  async json(): Promise<unknown> {
    return JSON.parse(await this.readBody());
  }
}
