/** `#engine` outside Node: no engine of core's own; the pipeline uses the global (or the caller's) fetch. */
import type { EngineSend } from '../http/types.js';

/** Always `null` here: browsers and workers send with `fetch`. */
export async function createDefaultSend(): Promise<EngineSend | null> {
  return null;
}
