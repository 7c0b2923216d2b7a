/**
 * Core's normalised types against the spec's `components['schemas']`: every field of a camelCase body's result is
 * a field of the normalised type, of the same kind, accepting every value the spec allows (the normalised type may
 * be wider: `null` for a missing field, an open status union). Changing a field's name or type on either side
 * fails this file.
 */

import type { FunctionOperationId } from '@fntasks/protocol';
import { describe, expectTypeOf, it } from 'vitest';
import type { components, operations } from '../src/generated/openapi.js';
import type {
  AppGroup,
  FunctionInstance,
  FunctionResource,
  FunctionTask,
  FunctionVersion,
  OperationParams,
  ResourceDataInput,
  VersionDepend,
  VersionParameter,
} from '../src/index.js';

type Schemas = components['schemas'];

type Kind<T> = T extends string
  ? 'string'
  : T extends number
    ? 'number'
    : T extends boolean
      ? 'boolean'
      : T extends readonly unknown[]
        ? 'array'
        : T extends object
          ? 'object'
          : 'other';

/** The element type of an array, or the type itself. */
type Element<T> = T extends readonly (infer E)[] ? E : T;

/** True when the core field `C` can hold every value of the wire field `W`, field by field for objects. */
type FieldAgrees<W, C> = [Kind<NonNullable<W>>] extends [Kind<NonNullable<C>>]
  ? Kind<NonNullable<W>> extends 'object' | 'array'
    ? Kind<Element<NonNullable<W>>> extends 'object'
      ? [Disagreements<Element<NonNullable<W>>, Element<NonNullable<C>>>] extends [never]
        ? true
        : false
      : [Element<NonNullable<W>>] extends [Element<NonNullable<C>>]
        ? true
        : false
    : [NonNullable<W>] extends [C]
      ? true
      : false
  : false;

/**
 * The wire fields of `W` that `C` lacks or types differently; `Renamed` maps a wire field to the core field that
 * carries it (e.g. the raw `extendInfo` string is core's `extendInfoRaw`; core's `extendInfo` is its parsed form).
 */
export type Disagreements<W, C, Renamed extends Partial<Record<keyof W, keyof C>> = Record<never, never>> = {
  [K in keyof W]-?: K extends keyof Renamed
    ? Renamed[K] extends keyof C
      ? FieldAgrees<W[K], C[Renamed[K]]> extends true
        ? never
        : K
      : K
    : K extends keyof C
      ? FieldAgrees<W[K], C[K]> extends true
        ? never
        : K
      : K;
}[keyof W];

type TaskOf<Body> = Body extends { result: infer R } ? Element<R> : never;

describe('normalised types agree with the spec', () => {
  it('a task (ListFunctionTasks and GetFunctionTask camelCase results) is a FunctionTask', () => {
    expectTypeOf<
      Disagreements<
        TaskOf<Schemas['ListFunctionTasksCamelBody']>,
        FunctionTask,
        { extendInfo: 'extendInfoRaw' }
      >
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Disagreements<
        TaskOf<Schemas['GetFunctionTaskCamelBody']>,
        FunctionTask,
        { extendInfo: 'extendInfoRaw' }
      >
    >().toEqualTypeOf<never>();
  });

  it('an instance (ListFunctionInstances and GetFunctionInstance camelCase results) is a FunctionInstance', () => {
    expectTypeOf<
      Disagreements<
        TaskOf<Schemas['ListFunctionInstancesCamelBody']>,
        FunctionInstance,
        { extendInfo: 'extendInfoRaw' }
      >
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Disagreements<
        TaskOf<Schemas['GetFunctionInstanceCamelBody']>,
        FunctionInstance,
        { extendInfo: 'extendInfoRaw' }
      >
    >().toEqualTypeOf<never>();
  });

  it('an application group (ListAppGroups camelCase result) is an AppGroup', () => {
    expectTypeOf<Disagreements<TaskOf<Schemas['ListAppGroupsCamelBody']>, AppGroup>>().toEqualTypeOf<never>();
  });

  it('a version (GetFunctionVersion and GetFunctionCurrentVersion camelCase results) is a FunctionVersion', () => {
    // `required` is the wire's "true"/"false" string, read as a boolean: the one field of another kind.
    expectTypeOf<
      Disagreements<Omit<Schemas['FunctionVersionCamel'], 'versionConfig'>, FunctionVersion>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Disagreements<Omit<Schemas['VersionParameterCamel'], 'required'>, VersionParameter>
    >().toEqualTypeOf<never>();
    expectTypeOf<Disagreements<Schemas['VersionDependCamel'], VersionDepend>>().toEqualTypeOf<never>();
    expectTypeOf<TaskOf<Schemas['GetFunctionVersionCamelBody']>>().toEqualTypeOf<
      Schemas['FunctionVersionCamel']
    >();
    expectTypeOf<TaskOf<Schemas['GetFunctionCurrentVersionCamelBody']>>().toEqualTypeOf<
      Schemas['FunctionVersionCamel']
    >();
  });

  it('a resource (GetFunctionResource and ListFunctionResources camelCase results) is a FunctionResource', () => {
    expectTypeOf<
      Disagreements<TaskOf<Schemas['GetFunctionResourceCamelBody']>, FunctionResource>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Disagreements<TaskOf<Schemas['ListFunctionResourcesCamelBody']>, FunctionResource>
    >().toEqualTypeOf<never>();
  });

  it('the check itself names a missing field, a field of another kind, and a nested disagreement', () => {
    type Wire = { a: string; b?: number; c: { d: string }[]; e: { f?: number } };
    expectTypeOf<
      Disagreements<
        Wire,
        { a: string; b: number | null; c: readonly { d: string }[]; e: { f: number | null } }
      >
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Disagreements<Wire, { b: number; c: { d: string }[]; e: { f: number } }>
    >().toEqualTypeOf<'a'>();
    expectTypeOf<
      Disagreements<Wire, { a: string; b: string; c: { d: string }[]; e: { f: number } }>
    >().toEqualTypeOf<'b'>();
    expectTypeOf<
      Disagreements<Wire, { a: string; b: number; c: { d: number }[]; e: { g: number } }>
    >().toEqualTypeOf<'c' | 'e'>();
    // A narrower core type than the wire allows disagrees: the spec's values would not fit.
    expectTypeOf<Disagreements<{ s: string }, { s: 'x' }>>().toEqualTypeOf<'s'>();
  });
});

/** The names of a parameter group (`never` for an operation without one: `keyof never` would be every key). */
type NamesOf<G> = [NonNullable<G>] extends [never] ? never : keyof NonNullable<G>;
/** The JSON request body the spec declares for an operation (`never` without one). */
type BodyOf<Id extends FunctionOperationId> = operations[Id] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** Every path and query parameter the spec declares for an operation, and its body fields by their camelCase names. */
type SpecNames<Id extends FunctionOperationId> =
  | NamesOf<operations[Id]['parameters']['path']>
  | NamesOf<operations[Id]['parameters']['query']>
  | Uncapitalize<NamesOf<BodyOf<Id>> & string>;

/** An array type without `readonly` (core takes read-only lists; the generated types write mutable ones). */
type Writable<T> = T extends readonly (infer E)[] ? E[] : T;
/** Per operation with a body: the body fields whose core parameter type lets through a value the spec refuses. */
type BodyTooWide = {
  [Id in FunctionOperationId]: {
    [K in NamesOf<BodyOf<Id>> & string]: OperationParams<Id> extends { [P in Uncapitalize<K>]?: infer C }
      ? [Writable<NonNullable<C>>] extends [NonNullable<BodyOf<Id>[K & keyof BodyOf<Id>]>]
        ? never
        : K
      : K;
  }[NamesOf<BodyOf<Id>> & string];
};

/** Per operation: spec parameters core does not take, and core parameters the spec does not declare. */
type ParamDisagreements = {
  [Id in FunctionOperationId]: {
    missing: Exclude<SpecNames<Id>, keyof OperationParams<Id>>;
    extra: Exclude<keyof OperationParams<Id>, SpecNames<Id>>;
  };
};

describe("each method's parameters are the spec's", () => {
  it('every spec parameter is taken under its wire name; the only extra is core’s documented option', () => {
    expectTypeOf<ParamDisagreements[FunctionOperationId]['missing']>().toEqualTypeOf<never>();
    expectTypeOf<
      ParamDisagreements['ListFunctionTasks']['extra']
    >().toEqualTypeOf<'allowSecondsLikeTimestamps'>();
    expectTypeOf<
      ParamDisagreements[Exclude<FunctionOperationId, 'ListFunctionTasks'>]['extra']
    >().toEqualTypeOf<never>();
  });

  it('every body parameter takes only values the spec’s body allows (camelCase bodies, field by field)', () => {
    expectTypeOf<BodyTooWide['CreateFunctionInstance']>().toEqualTypeOf<never>();
    expectTypeOf<BodyTooWide['UpdateFunctionInstance']>().toEqualTypeOf<never>();
    expectTypeOf<BodyTooWide['UpdateFunctionDefaultInstance']>().toEqualTypeOf<never>();
  });

  it('the PascalCase resource bodies: every top-level field, and data written from its camelCase form', () => {
    // `data` is camelCase in the parameters and written PascalCase: checked against the spec's camelCase data.
    expectTypeOf<Exclude<BodyTooWide['CreateFunctionResource'], 'Data'>>().toEqualTypeOf<never>();
    expectTypeOf<Exclude<BodyTooWide['UpdateFunctionResource'], 'Data'>>().toEqualTypeOf<never>();
    expectTypeOf<Disagreements<Schemas['ResourceDataCamel'], ResourceDataInput>>().toEqualTypeOf<never>();
  });
});
