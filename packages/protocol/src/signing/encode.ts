/** Percent-encoding exactly as the official Alibaba Cloud SDK signs it (`@alicloud/openapi-util` `encode`). */

/** `encodeURIComponent` plus `! ' ( ) *` → `%21 %27 %28 %29 %2A`: RFC 3986 unreserved characters kept, `~` too. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The ACS3 CanonicalURI of a path as sent: `+` → `%20`, `*` → `%2A`, `%7E` → `~` (the official rewrite). */
export function canonicalUriAcs3(pathname: string): string {
  return pathname.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}

/**
 * The path the official SDK signed, from the path a server received: each segment decoded, then re-encoded
 * as the SDK encodes (`encodeURIComponent`, `*` → `%2A`). Verifiers need it because the official SDK signs
 * `'` raw but its HTTP layer (Node's legacy `url.parse`) sends `%27`. Segments that do not decode stay as received.
 */
export function sdkSignedPath(receivedPath: string): string {
  return receivedPath
    .split('/')
    .map((segment) => {
      try {
        return encodeURIComponent(decodeURIComponent(segment)).replace(/\*/g, '%2A');
      } catch {
        return segment;
      }
    })
    .join('/');
}
