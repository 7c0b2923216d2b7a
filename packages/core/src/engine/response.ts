/** The WireHeaders of Node's engines (node:http, undici's dispatcher): the header object as they hand it over. */
import type { WireHeaders } from '../http/types.js';

/** Header values by lower-case name, as node:http and undici hand them over. */
export type RawHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** Reads Node's header object in place (nothing is copied unless `all()` is asked for). */
export class NodeHeaders implements WireHeaders {
  constructor(private readonly raw: RawHeaders) {}

  get(name: string): string | null {
    const found = this.raw[name.toLowerCase()];
    return found === undefined ? null : Array.isArray(found) ? found.join(', ') : found;
  }

  all(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(this.raw)) {
      if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
  }
}
