/**
 * Turns raw request URLs into decoded path and query values, and validates each operation's query against the
 * parameters the spec declares for it (read from `@fntasks/protocol`'s generated operation table): a precise 400
 * naming the parameter and what is allowed.
 */
import {
  FUNCTION_OPERATIONS,
  type FunctionOperationId,
  MAX_PAGE_SIZE,
  type OperationTable,
} from '@fntasks/protocol';

/** A request URL split into its raw (still encoded) path and its decoded query values. */
export interface SplitUrl {
  /** The path exactly as sent, percent-encoding kept (the signature covers this form). */
  rawPath: string;
  /** Decoded query values by key, in order of appearance. */
  query: Map<string, string[]>;
}

/** A bad parameter: the emulator answers 400 InvalidParameter with this message. */
export class InvalidParameterError extends Error {
  override name = 'InvalidParameterError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** Decodes one percent-encoded path segment or query part; a 400 naming `what` when it is broken. */
export function decodeSegment(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new InvalidParameterError(
      what,
      `Parameter ${what} is not valid percent-encoding: ${JSON.stringify(part)}.`,
    );
  }
}

/** Splits a raw request URL; `+` is kept literally (RFC 3986), as the signers encode spaces as %20. */
export function splitUrl(rawUrl: string): SplitUrl {
  const q = rawUrl.indexOf('?');
  const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = new Map<string, string[]>();
  const rawQuery = q === -1 ? '' : rawUrl.slice(q + 1);
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeSegment(eq === -1 ? pair : pair.slice(0, eq), 'query key');
    const value = decodeSegment(eq === -1 ? '' : pair.slice(eq + 1), key);
    const values = query.get(key);
    if (values) values.push(value);
    else query.set(key, [value]);
  }
  return { rawPath, query };
}

function single(query: Map<string, string[]>, name: string): string | undefined {
  const values = query.get(name);
  if (values === undefined) return undefined;
  if (values.length > 1) {
    throw new InvalidParameterError(
      name,
      `Parameter ${name} was given ${values.length} times; give it at most once.`,
    );
  }
  return values[0];
}

/** One query parameter as the generated table declares it. */
type DeclaredParam = OperationTable[FunctionOperationId]['query'][number];

/** What a declared parameter parses to: its enum's members, a number, or a string. */
type ValueOf<P> = P extends { readonly enum: readonly (infer E)[] }
  ? E
  : P extends { readonly type: 'integer' }
    ? number
    : string;

/**
 * An operation's validated query: every declared parameter, `undefined` when absent, not required and without a
 * default.
 */
export type ParsedQuery<Id extends FunctionOperationId> = {
  readonly [P in OperationTable[Id]['query'][number] as P['name']]: P extends
    | { readonly default: unknown }
    | { readonly required: true }
    ? ValueOf<P>
    : ValueOf<P> | undefined;
};

// The emulator's own limits where the spec declares none: the service caps a page at 100 items.
const ENFORCED_MAXIMUM: Readonly<Record<string, number>> = { pageSize: MAX_PAGE_SIZE };

// The largest value of an integer format; int64 stops at the largest safe JavaScript integer. int32 also keeps
// (pageNumber - 1) * pageSize a safe integer.
const FORMAT_MAXIMUM: Readonly<Record<string, number>> = {
  int32: 2_147_483_647,
  int64: Number.MAX_SAFE_INTEGER,
};

function describeMinimum(min: number): string {
  if (min === 0) return 'a non-negative integer';
  if (min === 1) return 'a positive integer';
  return `an integer of at least ${min}`;
}

function integer(raw: string, param: DeclaredParam & { readonly type: 'integer' }): number {
  const { name } = param;
  const min = 'minimum' in param ? param.minimum : 0;
  const max = Math.min(
    'maximum' in param && typeof param.maximum === 'number' ? param.maximum : Number.MAX_SAFE_INTEGER,
    FORMAT_MAXIMUM[param.format] ?? Number.MAX_SAFE_INTEGER,
    ENFORCED_MAXIMUM[name] ?? Number.MAX_SAFE_INTEGER,
  );
  const kind = describeMinimum(min);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min)
    throw new InvalidParameterError(name, `Parameter ${name} must be ${kind}, got ${JSON.stringify(raw)}.`);
  if (value > max)
    throw new InvalidParameterError(
      name,
      `Parameter ${name} must be at most ${max}, got ${JSON.stringify(raw)}.`,
    );
  return value;
}

function parseValue(raw: string, param: DeclaredParam): string | number {
  if (param.type === 'integer') return integer(raw, param);
  if ('enum' in param && !(param.enum as readonly string[]).includes(raw)) {
    throw new InvalidParameterError(
      param.name,
      `Parameter ${param.name} must be one of ${param.enum.join(', ')}, got ${JSON.stringify(raw)}.`,
    );
  }
  if ('minLength' in param && typeof param.minLength === 'number' && raw.length < param.minLength) {
    throw new InvalidParameterError(
      param.name,
      `Parameter ${param.name} must be at least ${param.minLength} characters, got ${JSON.stringify(raw)}.`,
    );
  }
  return raw;
}

/**
 * Validates the query of one operation against the parameters the spec declares for it, filling in declared
 * defaults. Unknown parameters are ignored, as gateways do.
 */
export function parseQuery<Id extends FunctionOperationId>(
  operationId: Id,
  query: Map<string, string[]>,
): ParsedQuery<Id> {
  const parsed: Record<string, string | number | undefined> = {};
  for (const param of FUNCTION_OPERATIONS[operationId].query as readonly DeclaredParam[]) {
    const raw = single(query, param.name);
    if (raw === undefined && param.required)
      throw new InvalidParameterError(param.name, `Parameter ${param.name} is required.`);
    parsed[param.name] =
      raw !== undefined ? parseValue(raw, param) : 'default' in param ? param.default : undefined;
  }
  return parsed as ParsedQuery<Id>;
}
