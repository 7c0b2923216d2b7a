/**
 * Removing credentials from text a caller may see. The service's `SignatureDoesNotMatch` message echoes the
 * string to sign (and so the STS token and the AccessKey id signed in it), gateways echo headers, and a hostile
 * server can echo anything: every error message, `apiMessage`, body snippet and event passes through here.
 *
 * Two layers: values the client knows it sent (the token, the AccessKey id, the signature of each attempt) are
 * replaced wherever they occur, and patterns catch the same kinds of secret when the value is not known (a
 * header line `x-acs-security-token:…`, `Signature=…`, `acs <id>:<signature>`, an `LTAI…` / `STS.…` id).
 */

/** Values to remove wherever they occur, as the client sent them. */
export interface KnownSecrets {
  /** Kept to its first 4 characters. */
  readonly accessKeyIds?: readonly string[];
  /** Removed whole: security tokens, signatures, secrets. */
  readonly secrets?: readonly string[];
}

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]';

/** An AccessKey id cut to its first 4 characters, e.g. `LTAI…`. */
export function maskAccessKeyId(id: string): string {
  return `${id.slice(0, 4)}…`;
}

// Headers and fields whose value is secret: `name: value`, `name=value`, `"name":"value"`, in any casing.
const SECRET_FIELD =
  /((?:x-acs-security-token|securitytoken|security_token|sts_token|x-acs-signature|signature|access_?key_?secret)["']?\s*[:=]\s*["']?)([^\s"',&;\\]+)/gi;
const ID_FIELD =
  /((?:x-acs-accesskey-id|credential|accesskeyid|access_key_id)["']?\s*[:=]\s*["']?)([^\s"',&;\\]+)/gi;
// HMAC-SHA1 `Authorization: acs <id>:<base64 signature>`.
const ACS_AUTHORIZATION = /\bacs\s+([^\s:"]+):([A-Za-z0-9+/=]+)/g;
// AccessKey ids by their documented shapes (long-term `LTAI…`, STS `STS.…`).
const ACCESS_KEY_ID = /\b(LTAI|STS\.)[A-Za-z0-9]{6,}/g;

/**
 * Removes credentials from a text: the known values first, then every pattern of a secret. AccessKey ids keep
 * their first 4 characters (enough to tell two keys apart); tokens and signatures become `[redacted]`.
 */
export function redactSecrets(text: string, known?: KnownSecrets): string {
  if (typeof text !== 'string' || text === '') return text;
  let out = text;
  for (const secret of known?.secrets ?? []) {
    // Short values would match innocent text; real tokens and signatures are long.
    if (secret.length >= 8) out = removeTruncated(out.split(secret).join(REDACTED), secret);
  }
  for (const id of known?.accessKeyIds ?? []) {
    if (id.length > 4) out = out.split(id).join(maskAccessKeyId(id));
  }
  return out
    .replace(SECRET_FIELD, (_, name: string) => `${name}${REDACTED}`)
    .replace(ID_FIELD, (_, name: string, value: string) =>
      value.endsWith('…') ? `${name}${value}` : `${name}${maskAccessKeyId(value)}`,
    )
    .replace(
      ACS_AUTHORIZATION,
      (_, id: string) => `acs ${id.endsWith('…') ? id : maskAccessKeyId(id)}:${REDACTED}`,
    )
    .replace(ACCESS_KEY_ID, (match: string, prefix: string) => (match.length > 4 ? `${prefix}…` : match));
}

/** Removes a secret's beginning cut off by an ellipsis (a body snippet cut at 200 characters). */
function removeTruncated(text: string, secret: string): string {
  let out = text;
  for (let end = out.indexOf('…'); end !== -1; end = out.indexOf('…', end + 1)) {
    const start = out.lastIndexOf(secret.slice(0, 8), end - 8);
    if (start === -1 || end - start >= secret.length || !secret.startsWith(out.slice(start, end))) continue;
    out = `${out.slice(0, start)}${REDACTED}${out.slice(end)}`;
    end = start + REDACTED.length;
  }
  return out;
}

/** The secrets a signed request carries, read from its headers (lower-case names). */
export function secretsOfHeaders(headers: Readonly<Record<string, string>>): KnownSecrets {
  const secrets: string[] = [];
  const accessKeyIds: string[] = [];
  const token = headers['x-acs-security-token'];
  if (token) secrets.push(token);
  const id = headers['x-acs-accesskey-id'];
  if (id) accessKeyIds.push(id);
  const authorization = headers.authorization ?? '';
  const acs3 = /Credential=([^,\s]+).*Signature=([0-9a-fA-F]+)/.exec(authorization);
  if (acs3) {
    accessKeyIds.push(acs3[1] as string);
    secrets.push(acs3[2] as string);
  }
  const sha1 = /^acs\s+([^:\s]+):(\S+)$/.exec(authorization);
  if (sha1) {
    accessKeyIds.push(sha1[1] as string);
    secrets.push(sha1[2] as string);
  }
  return { secrets, accessKeyIds };
}
