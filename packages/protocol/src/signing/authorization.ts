/** Reading an `Authorization` header back into its parts (for verifiers and for tests). */
import { ACS3_HMAC_SHA256 } from './acs3.js';

/** A parsed ACS3 `Authorization` header. */
export interface ParsedAcs3Authorization {
  /** Always `ACS3-HMAC-SHA256`. */
  algorithm: typeof ACS3_HMAC_SHA256;
  /** The AccessKey id from `Credential=`. */
  accessKeyId: string;
  /** The lower-case names from `SignedHeaders=`, in the order given. */
  signedHeaders: string[];
  /** The hex signature from `Signature=`. */
  signature: string;
}

/** A parsed HMAC-SHA1 `Authorization` header (`acs <id>:<signature>`). */
export interface ParsedHmacSha1Authorization {
  /** Always `HMAC-SHA1`. */
  algorithm: 'HMAC-SHA1';
  /** The AccessKey id. */
  accessKeyId: string;
  /** The base64 signature. */
  signature: string;
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`; `null` when it is not one. */
export function parseAcs3Authorization(value: string | null | undefined): ParsedAcs3Authorization | null {
  if (typeof value !== 'string') return null;
  const match = /^ACS3-HMAC-SHA256\s+(.*)$/s.exec(value.trim());
  if (!match) return null;
  const fields = new Map<string, string>();
  for (const part of (match[1] ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!accessKeyId || signedHeaders === undefined || !signature || !/^[0-9a-f]{64}$/i.test(signature))
    return null;
  return {
    algorithm: ACS3_HMAC_SHA256,
    accessKeyId,
    signedHeaders: signedHeaders === '' ? [] : signedHeaders.split(';').map((name) => name.toLowerCase()),
    signature: signature.toLowerCase(),
  };
}

/** Parses `acs <AccessKeyId>:<signature>`; `null` when it is not one. */
export function parseHmacSha1Authorization(
  value: string | null | undefined,
): ParsedHmacSha1Authorization | null {
  if (typeof value !== 'string') return null;
  const match = /^acs\s+([^:\s]+):([A-Za-z0-9+/]+={0,2})$/.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  return { algorithm: 'HMAC-SHA1', accessKeyId: match[1], signature: match[2] };
}

/** Parses either kind of `Authorization` header; `null` when it is neither. */
export function parseAuthorization(
  value: string | null | undefined,
): ParsedAcs3Authorization | ParsedHmacSha1Authorization | null {
  return parseAcs3Authorization(value) ?? parseHmacSha1Authorization(value);
}
