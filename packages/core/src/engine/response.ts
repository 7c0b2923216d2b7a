/**
 * The WireResponse of Node's engines (node:http, undici's dispatcher): status, headers as node:http hands them
 * over, and the body already read as text.
 */
import type { WireHeaders, WireResponse } from '../http/types.js';

/** Header values by lower-case name, as node:http and undici hand them over. */
export type RawHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** A response whose body was read into a string (or whose reading failed). */
export class EngineResponse implements WireResponse {
  readonly headers: WireHeaders;

  constructor(
    readonly status: number,
    raw: RawHeaders,
    private readonly readBody: () => Promise<string>,
  ) {
    this.headers = {
      get: (name) => {
        const found = raw[name.toLowerCase()];
        return found === undefined ? null : Array.isArray(found) ? found.join(', ') : found;
      },
      all: () => {
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(raw)) {
          if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
        }
        return out;
      },
    };
  }

  /** The body as UTF-8 text; rejects when the connection was cut mid-body. */
  text(): Promise<string> {
    return this.readBody();
  }
}
