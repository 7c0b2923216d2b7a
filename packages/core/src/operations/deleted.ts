/**
 * What a delete answers (the envelope only), and how a repeat that finds the thing gone reads: a Delete* is safe
 * to repeat because, when an attempt was sent and got no clear answer, the retry's "does not exist" code means
 * the first one deleted it; the call then succeeds with `alreadyDeleted: true`.
 */
import { readEnvelopeOnly } from '../read/envelope.js';
import type { Json } from '../read/fields.js';
import type { ResponseMeta } from '../types.js';

/** The answer of a delete. */
export interface DeletedResult extends ResponseMeta {
  /**
   * True when an earlier attempt was sent without a clear answer and the retry found the thing gone (its
   * "does not exist" code): that earlier attempt deleted it. The envelope fields are then the retry's error envelope.
   */
  readonly alreadyDeleted: boolean;
}

/** The `read` and `repeat` of a delete whose repeat answers `goneCode` once the first attempt deleted. */
export function deleteDeclaration(goneCode: string) {
  return {
    read: (body: Json): DeletedResult => ({ ...readEnvelopeOnly(body), alreadyDeleted: false }),
    repeat: {
      doneCode: goneCode,
      read: (body: Json): DeletedResult => ({ ...readEnvelopeOnly(body), alreadyDeleted: true }),
    },
  };
}
