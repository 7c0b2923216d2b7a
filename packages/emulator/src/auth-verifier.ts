/**
 * Verify mode: checks ACS3-HMAC-SHA256 and HMAC-SHA1 signatures the way the gateway does, with a settable
 * clock (15 minutes of skew allowed) and replay detection on `x-acs-signature-nonce`. The canonical forms and
 * signatures come from `@fntasks/protocol`, the same code the client signs with.
 */
import { timingSafeEqual } from 'node:crypto';
import { hashPayload, parseAuthorization, sdkSignedPath, signAcs3, signHmacSha1 } from '@fntasks/protocol';

/** One AccessKey pair the emulator accepts. */
export interface AccessKey {
  accessKeyId: string;
  accessKeySecret: string;
}

/** Auth settings as `PUT /__fntasks/auth` and `setAuth` take them. */
export interface AuthSettings {
  /** `off` accepts anything; `verify` checks the signature and action of every API request. */
  mode: 'off' | 'verify';
  /** Replaces the key pairs when given; omitted keeps the current ones. */
  keys?: AccessKey[];
}

/** A rejected request: the gateway error to answer with. */
export interface AuthFailure {
  httpCode: number;
  code: string;
  message: string;
}

/** The parts of a received request that a signature covers. */
export interface SignedRequest {
  method: string;
  /** The path exactly as received (still percent-encoded). */
  rawPath: string;
  /** Decoded query pairs. */
  query: [string, string][];
  /** Header name/value pairs as received (Node's `rawHeaders`, paired). */
  headers: [string, string][];
  body: string;
  /** The action the method and path route to (the operationId): the signed `x-acs-action` must name it. */
  action: string;
}

/**
 * The refusal of a request signed for another operation. No reference gives the service's code for a signed
 * `x-acs-action` that is not the action of the method and path: this code is the emulator's assumption,
 * documented in its README and in the spec's error description.
 */
export const ACTION_MISMATCH_CODE = 'InvalidAction.Mismatch';

/** The gateway's tolerance for clock skew. */
export const MAX_SKEW_MS = 15 * 60_000;

/** Validates an auth settings body; throws an Error naming the bad field. */
export function parseAuthSettings(body: unknown): AuthSettings {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error('expected a JSON object');
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (key !== 'mode' && key !== 'keys') throw new Error(`unknown field "${key}" (allowed: mode, keys)`);
  }
  if (input.mode !== 'off' && input.mode !== 'verify')
    throw new Error(`mode must be "off" or "verify", got ${JSON.stringify(input.mode)}`);
  const settings: AuthSettings = { mode: input.mode };
  if (input.keys !== undefined) {
    if (!Array.isArray(input.keys))
      throw new Error('keys must be an array of {accessKeyId, accessKeySecret}');
    settings.keys = input.keys.map((k: unknown, i) => {
      const key = (typeof k === 'object' && k !== null ? k : {}) as Record<string, unknown>;
      if (
        typeof key.accessKeyId !== 'string' ||
        key.accessKeyId === '' ||
        typeof key.accessKeySecret !== 'string' ||
        key.accessKeySecret === ''
      ) {
        throw new Error(`keys[${i}] must have a non-empty accessKeyId and accessKeySecret`);
      }
      return { accessKeyId: key.accessKeyId, accessKeySecret: key.accessKeySecret };
    });
  }
  return settings;
}

/** Parses `id:secret` (as in `--access-key` and FNTASKS_EMULATOR_ACCESS_KEYS); the secret may contain `:`. */
export function parseAccessKeySpec(spec: string): AccessKey {
  const colon = spec.indexOf(':');
  if (colon <= 0 || colon === spec.length - 1)
    throw new Error('an access key must be given as <AccessKeyId>:<AccessKeySecret>');
  return { accessKeyId: spec.slice(0, colon), accessKeySecret: spec.slice(colon + 1) };
}

function header(request: SignedRequest, name: string): string | undefined {
  const found = request.headers.find(([n]) => n.toLowerCase() === name);
  return found?.[1];
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const fail = (httpCode: number, code: string, message: string): AuthFailure => ({ httpCode, code, message });

/** Holds the mode, the keys and the nonces seen; verifies requests against the emulator clock. */
export class AuthVerifier {
  private currentMode: 'off' | 'verify' = 'off';
  private readonly keys = new Map<string, string>();
  // nonce → the emulator time after which the request it came with would be expired anyway.
  private readonly nonces = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** Applies settings; also forgets the nonces seen, so a recorded request can be replayed after a change. */
  set(settings: AuthSettings): { mode: 'off' | 'verify'; accessKeyIds: string[] } {
    this.currentMode = settings.mode;
    if (settings.keys) {
      this.keys.clear();
      for (const key of settings.keys) this.keys.set(key.accessKeyId, key.accessKeySecret);
    }
    this.nonces.clear();
    return this.current();
  }

  /** `off` or `verify`. */
  get mode(): 'off' | 'verify' {
    return this.currentMode;
  }

  /** The mode and the key ids (never the secrets). */
  current(): { mode: 'off' | 'verify'; accessKeyIds: string[] } {
    return { mode: this.currentMode, accessKeyIds: [...this.keys.keys()] };
  }

  /** Forgets the nonces seen (on reset, so Pact can replay a recorded request per interaction). */
  forgetNonces(): void {
    this.nonces.clear();
  }

  /** Null when the request may pass, else the gateway error. */
  async verify(request: SignedRequest): Promise<AuthFailure | null> {
    if (this.currentMode === 'off') return null;
    const authorization = header(request, 'authorization');
    if (!authorization)
      return fail(
        400,
        'IncompleteSignature',
        'The request is not signed: the Authorization header is missing.',
      );
    const parsed = parseAuthorization(authorization);
    if (!parsed) {
      return fail(
        400,
        'IncompleteSignature',
        'The Authorization header is neither "ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…" nor "acs <AccessKeyId>:<signature>".',
      );
    }
    const secret = this.keys.get(parsed.accessKeyId);
    if (secret === undefined)
      return fail(
        404,
        'InvalidAccessKeyId.NotFound',
        `Specified access key is not found: ${parsed.accessKeyId}.`,
      );

    const nonce = header(request, 'x-acs-signature-nonce');
    let expected: { signature: string; stringToSign: string };
    let timeHeader: string;
    if (parsed.algorithm === 'HMAC-SHA1') {
      timeHeader = 'date';
      expected = await signHmacSha1({
        method: request.method,
        pathname: request.rawPath,
        query: request.query,
        headers: request.headers,
        accessKeyId: parsed.accessKeyId,
        accessKeySecret: secret,
      });
    } else {
      timeHeader = 'x-acs-date';
      for (const required of ['host', 'x-acs-action', 'x-acs-date', 'x-acs-signature-nonce']) {
        if (!parsed.signedHeaders.includes(required)) {
          return fail(
            400,
            'IncompleteSignature',
            `SignedHeaders must include ${required}; got "${parsed.signedHeaders.join(';')}".`,
          );
        }
      }
      const bodyHash = await hashPayload(request.body);
      const declared = header(request, 'x-acs-content-sha256');
      if (declared !== undefined && declared !== bodyHash) {
        return fail(
          400,
          'SignatureDoesNotMatch',
          `x-acs-content-sha256 ${declared} is not the SHA-256 of the body (${bodyHash}).`,
        );
      }
      const acs3For = (pathname: string) =>
        signAcs3({
          method: request.method,
          pathname,
          query: request.query,
          headers: request.headers,
          hashedPayload: bodyHash,
          signedHeaders: parsed.signedHeaders,
          accessKeyId: parsed.accessKeyId,
          accessKeySecret: secret,
        });
      expected = await acs3For(request.rawPath);
      // The official SDK signs `'` raw but its HTTP layer sends `%27`: also accept the path as the SDK signed it.
      const sdkPath = sdkSignedPath(request.rawPath);
      if (!sameText(expected.signature, parsed.signature) && sdkPath !== request.rawPath) {
        const asSdkSigned = await acs3For(sdkPath);
        if (sameText(asSdkSigned.signature, parsed.signature)) expected = asSdkSigned;
      }
    }
    if (!sameText(expected.signature, parsed.signature)) {
      // Like the gateway, show the server's string to sign (never the secret) so a client can find its mistake.
      return fail(
        400,
        'SignatureDoesNotMatch',
        `Specified signature does not match our calculation. Server string to sign is: ${JSON.stringify(expected.stringToSign)}`,
      );
    }

    // Checked once the signature holds: the action a caller signed is then known to be the one it meant.
    const signedAction = header(request, 'x-acs-action');
    if (signedAction !== request.action) {
      return fail(
        400,
        ACTION_MISMATCH_CODE,
        signedAction === undefined
          ? `The x-acs-action header is missing; ${request.method} ${request.rawPath} is ${request.action}.`
          : `The signed x-acs-action ${JSON.stringify(signedAction)} is not the action of ${request.method} ${request.rawPath} (${request.action}).`,
      );
    }

    const timeText = header(request, timeHeader);
    const sentAt = timeText === undefined ? Number.NaN : Date.parse(timeText);
    if (Number.isNaN(sentAt)) {
      return fail(
        400,
        'InvalidTimeStamp.Format',
        `The ${timeHeader} header is missing or not a valid time: ${JSON.stringify(timeText ?? null)}.`,
      );
    }
    const now = this.now();
    if (Math.abs(now - sentAt) > MAX_SKEW_MS) {
      return fail(
        400,
        'InvalidTimeStamp.Expired',
        `Specified time stamp or date value is expired: ${timeHeader} ${timeText} is more than 15 minutes from the server time ${new Date(now).toISOString()}.`,
      );
    }
    if (!nonce) return fail(400, 'IncompleteSignature', 'The x-acs-signature-nonce header is required.');
    this.forgetExpiredNonces(now);
    if (this.nonces.has(nonce))
      return fail(400, 'SignatureNonceUsed', `Specified signature nonce was used already: ${nonce}.`);
    this.nonces.set(nonce, sentAt + MAX_SKEW_MS);
    return null;
  }

  private forgetExpiredNonces(now: number): void {
    if (this.nonces.size < 10_000) return;
    for (const [nonce, until] of this.nonces) if (until < now) this.nonces.delete(nonce);
  }
}
