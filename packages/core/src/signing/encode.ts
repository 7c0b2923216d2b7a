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
