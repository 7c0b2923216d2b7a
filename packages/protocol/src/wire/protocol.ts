/** Facts of the protocol the spec does not carry (API version, paging defaults, task statuses, segment encoding). */

/** The API version sent as `x-acs-version`. */
export const API_VERSION = '2017-12-25';

/** The documented task statuses. */
export const TASK_STATUSES = ['success', 'failed', 'running'] as const;

/** A task status the API page documents. */
export type KnownTaskStatus = (typeof TASK_STATUSES)[number];

/** True when the value is one of the documented task statuses. */
export function isKnownTaskStatus(value: unknown): value is KnownTaskStatus {
  return typeof value === 'string' && (TASK_STATUSES as readonly string[]).includes(value);
}

/** The service's default page number. */
export const DEFAULT_PAGE_NUMBER = 1;

/** The service's default page size: one task per page unless asked. */
export const DEFAULT_PAGE_SIZE = 1;

/**
 * The largest page size fntasks asks for and the emulator accepts. The service documents no maximum;
 * 100 is our documented assumption (the emulator answers InvalidParameter above it).
 */
export const MAX_PAGE_SIZE = 100;

/**
 * Percent-encodes one path segment as the official SDK does (`$dara.URL.percentEncode`: `encodeURIComponent`,
 * then `*` → `%2A`; `! ' ( )` stay raw). The official SDK rewrites only the first `*` on the wire but signs
 * every `*` as `%2A`; we send `%2A` for each, so the path on the wire is exactly its signed CanonicalURI.
 */
export function encodePathSegment(segment: string): string {
  const encoded = encodeURIComponent(segment);
  return encoded.includes('*') ? encoded.replace(/\*/g, '%2A') : encoded;
}
