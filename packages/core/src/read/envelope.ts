/** The envelope facts every answer carries (request id, latency, casing, status), read from either casing. */

import { ENVELOPE_KEYS } from '@fntasks/protocol';
import type { ResponseMeta } from '../types.js';
import { CasingTracker, type Json, pick, toNumber } from './fields.js';

/** Reads the envelope of a success body; `tracker` has seen the rest of the body, so it gives the casing. */
export function readMeta(body: Json, tracker: CasingTracker): ResponseMeta {
  const requestId = pick(body, ENVELOPE_KEYS, 'requestId', tracker);
  const latency = toNumber(pick(body, ENVELOPE_KEYS, 'latency', tracker));
  const envelopeStatus = pick(body, ENVELOPE_KEYS, 'status', tracker);
  return {
    requestId: requestId == null ? '' : String(requestId),
    latency: latency ?? null,
    casing: tracker.result(),
    envelopeStatus: envelopeStatus == null ? null : String(envelopeStatus),
  };
}

/** Reads an answer that is the envelope only (the writes): its facts, in the casing its keys came in. */
export function readEnvelopeOnly(body: Json): ResponseMeta {
  return readMeta(body, new CasingTracker());
}
