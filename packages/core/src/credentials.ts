/**
 * Credentials: an explicit AccessKey pair (optionally with an STS token) or an async provider called for
 * every request. The secret and the token are kept out of every message, enumerable field, JSON and
 * `util.inspect` output: they live in #private fields behind prototype getters.
 */
import { FunctionTasksError, InvalidArgumentError } from './errors.js';

/** An AccessKey pair, with the STS token when the pair is temporary. */
export interface Credentials {
  /** The AccessKey id (not secret: it is sent in every `Authorization` header). */
  readonly accessKeyId: string;
  /** The AccessKey secret. Never sent, never logged. */
  readonly accessKeySecret: string;
  /** The STS security token of temporary credentials (sent as `x-acs-security-token`). */
  readonly securityToken?: string | undefined;
}

/** Returns the credentials to sign the next request with; called per request, so it may rotate and cache. */
export type CredentialsProvider = () => Promise<Credentials>;

/** The `credentials` option: explicit keys or a provider. */
export type CredentialsOption = Credentials | CredentialsProvider;

/** Credentials were missing, malformed, or could not be loaded. Never carries the secret or the token. */
export class CredentialsError extends FunctionTasksError {
  override name = 'CredentialsError';
  /** Where the credentials came from, e.g. `/home/me/.aliyun/config.json` or `the credentials provider`. */
  readonly source: string;
  /** The offending field or variable, when one is to blame (e.g. `access_key_secret`). */
  readonly field: string | undefined;
  constructor(message: string, init: { source: string; field?: string; cause?: unknown }) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.source = init.source;
    this.field = init.field;
  }
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[redacted]';

/** Credentials whose secret and token are #private: JSON and `util.inspect` show them as `[redacted]`. */
class ProtectedCredentials implements Credentials {
  readonly accessKeyId: string;
  readonly #secret: string;
  readonly #token: string | undefined;
  constructor(accessKeyId: string, secret: string, token: string | undefined) {
    this.accessKeyId = accessKeyId;
    this.#secret = secret;
    this.#token = token;
    Object.freeze(this);
  }
  get accessKeySecret(): string {
    return this.#secret;
  }
  get securityToken(): string | undefined {
    return this.#token;
  }
  toJSON(): Record<string, string> {
    return this.#token === undefined
      ? { accessKeyId: this.accessKeyId, accessKeySecret: REDACTED }
      : { accessKeyId: this.accessKeyId, accessKeySecret: REDACTED, securityToken: REDACTED };
  }
  toString(): string {
    return `Credentials(${this.accessKeyId}, secret ${REDACTED}${this.#token === undefined ? '' : `, token ${REDACTED}`})`;
  }
  [INSPECT](): string {
    return this.toString();
  }
}

const HEADER_SAFE = /^[\x21-\x7e]+$/;

/**
 * Checks an AccessKey pair and returns a copy whose secret and token never show in JSON or `util.inspect`.
 * Errors name the field, never its value.
 */
export function createCredentials(value: unknown, source = 'the credentials option'): Credentials {
  if (typeof value !== 'object' || value === null) {
    throw new CredentialsError(
      `Invalid credentials from ${source}: expected an object { accessKeyId, accessKeySecret, securityToken? }, got ${value === null ? 'null' : typeof value}.`,
      { source },
    );
  }
  const record = value as Record<string, unknown>;
  const id = record.accessKeyId;
  const secret = record.accessKeySecret;
  const token = record.securityToken;
  if (typeof id !== 'string' || !HEADER_SAFE.test(id) || /[,:;]/.test(id)) {
    throw new CredentialsError(
      `Invalid credentials from ${source}: accessKeyId must be a non-empty string of visible ASCII without ",", ":" or ";".`,
      { source, field: 'accessKeyId' },
    );
  }
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new CredentialsError(
      `Invalid credentials from ${source}: accessKeySecret must be a non-empty string.`,
      { source, field: 'accessKeySecret' },
    );
  }
  if (
    token !== undefined &&
    token !== null &&
    token !== '' &&
    (typeof token !== 'string' || !HEADER_SAFE.test(token))
  ) {
    throw new CredentialsError(
      `Invalid credentials from ${source}: securityToken must be a string of visible ASCII (it is sent as a header).`,
      { source, field: 'securityToken' },
    );
  }
  return new ProtectedCredentials(id, secret, typeof token === 'string' && token !== '' ? token : undefined);
}

/** Turns the `credentials` option into a provider that checks every answer; explicit keys are checked once. */
export function toCredentialsProvider(option: CredentialsOption): CredentialsProvider {
  if (typeof option === 'function') {
    const source = 'the credentials provider';
    return async () => {
      let value: unknown;
      try {
        value = await option();
      } catch (error) {
        if (error instanceof CredentialsError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new CredentialsError(`The credentials provider failed: ${reason}`, { source, cause: error });
      }
      return createCredentials(value, source);
    };
  }
  if (typeof option !== 'object' || option === null) {
    throw new InvalidArgumentError(
      'credentials',
      `(${option === null ? 'null' : typeof option})`,
      'Expected { accessKeyId, accessKeySecret, securityToken? } or an async function returning it.',
    );
  }
  const fixed = createCredentials(option);
  return async () => fixed;
}
