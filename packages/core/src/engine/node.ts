/**
 * `#engine` under the `node` condition: Node's default engine, undici's proxy agent when a proxy variable is
 * set, else node:http. Browser builds resolve `#engine` to `web.ts` instead and never see this module.
 */
import type { EngineSend } from '../http/types.js';
import { createHttpSend } from './http.js';
import { createProxySend } from './proxy.js';

/** The engine a client uses when the caller gives no fetch; `null` when this runtime has none of its own. */
export async function createDefaultSend(): Promise<EngineSend | null> {
  return (await createProxySend()) ?? createHttpSend();
}
