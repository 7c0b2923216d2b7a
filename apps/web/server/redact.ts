/**
 * Keeps credentials and upstream URLs out of what the browser receives. The upstream's error messages can
 * echo the AccessKey id (`InvalidAccessKeyId.NotFound`), the STS token and the signature (the string to sign
 * of `SignatureDoesNotMatch`): the server learns the exact values from the headers it signed with and masks
 * them wherever they appear, in any casing of JSON escaping.
 */

/** The credential values a signed request carried (AccessKey id, STS token, signature). */
export interface SentSecrets {
  accessKeyIds: string[];
  /** Values hidden completely: the STS token and signatures. */
  hidden: string[];
}

/** An empty set, for unsigned upstreams. */
export const NO_SECRETS: SentSecrets = { accessKeyIds: [], hidden: [] };

/** Reads the credential values out of the headers of a signed request (ACS3 and the older `acs id:sig`). */
export function secretsOfRequest(headers: Headers): SentSecrets {
  const ids = new Set<string>();
  const hidden = new Set<string>();
  const id = headers.get('x-acs-accesskey-id');
  if (id) ids.add(id);
  const token = headers.get('x-acs-security-token');
  if (token) hidden.add(token);
  const authorization = headers.get('authorization') ?? '';
  const acs3 = /Credential=([^,\s]+).*Signature=([0-9a-fA-F]+)/.exec(authorization);
  if (acs3?.[1]) ids.add(acs3[1]);
  if (acs3?.[2]) hidden.add(acs3[2]);
  const sha1 = /^acs\s+([^:\s]+):(\S+)$/i.exec(authorization);
  if (sha1?.[1]) ids.add(sha1[1]);
  if (sha1?.[2]) hidden.add(sha1[2]);
  return { accessKeyIds: [...ids], hidden: [...hidden] };
}

/** An AccessKey id as the browser may see it: its first 4 characters. */
export function maskAccessKeyId(id: string): string {
  return `${id.slice(0, 4)}****`;
}

/** Replaces every sent credential value in `text`; ids keep 4 characters, tokens and signatures none. */
export function redactSecrets(text: string, secrets: SentSecrets): string {
  let out = text;
  // Longest first, so a token that contains an id is hidden whole.
  const pairs: [string, string][] = [
    ...secrets.hidden.map((s): [string, string] => [s, '[redacted]']),
    ...secrets.accessKeyIds.map((s): [string, string] => [s, maskAccessKeyId(s)]),
  ].sort((a, b) => b[0].length - a[0].length);
  for (const [secret, shown] of pairs) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(shown);
    // The same value as it appears inside a JSON string (escaped `/`, `+` stays).
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(shown);
  }
  return out;
}

/**
 * Shortens every URL in a message to its origin and path: no user name, password, query or fragment
 * (where signatures, tokens and request details travel) reaches the browser.
 */
export function stripUrlDetails(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>]+/gi, (found) => {
    try {
      const url = new URL(found);
      return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
    } catch {
      return '[url]';
    }
  });
}
