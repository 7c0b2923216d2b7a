/**
 * The three zod generators: the emulator's real answer of every operation parses in both casings, and answers
 * broken the ways a careless server breaks them (generation a number, progress a string, result renamed, an
 * error code on a 2xx) do not. The request bodies the catalogue sends parse with each generator's body schema,
 * and a create body in the other casing (what a client that guessed the casing would send) does not.
 */
import { join } from 'node:path';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATORS, OUT } from '../src/generators.js';
import {
  type Answer,
  CASINGS,
  type Casing,
  EXCHANGES,
  OPERATIONS,
  type Operation,
  runCatalogue,
  startFixtureEmulator,
} from './fixture.js';

interface Parser {
  safeParse(value: unknown): { success: boolean };
}

/** Where each generator puts the success body's schema of an operation. */
const BODY_NAME: Record<Operation, string> = {
  ListFunctionInstances: 'ListFunctionInstancesBody',
  GetFunctionInstance: 'GetFunctionInstanceBody',
  GetFunctionDefaultInstance: 'GetFunctionDefaultInstanceBody',
  ListFunctionTasks: 'ListFunctionTasksBody',
  GetFunctionTask: 'GetFunctionTaskBody',
  CreateFunctionTask: 'EnvelopeOnlyBody',
  DeleteFunctionTask: 'EnvelopeOnlyBody',
  CreateFunctionInstance: 'EnvelopeOnlyBody',
  UpdateFunctionInstance: 'EnvelopeOnlyBody',
  DeleteFunctionInstance: 'EnvelopeOnlyBody',
  UpdateFunctionDefaultInstance: 'EnvelopeOnlyBody',
  GetFunctionCurrentVersion: 'GetFunctionCurrentVersionBody',
  GetFunctionVersion: 'GetFunctionVersionBody',
  CreateFunctionResource: 'EnvelopeOnlyBody',
  GetFunctionResource: 'GetFunctionResourceBody',
  ListFunctionResources: 'ListFunctionResourcesBody',
  UpdateFunctionResource: 'EnvelopeOnlyBody',
  DeleteFunctionResource: 'EnvelopeOnlyBody',
};
/** The request body schema of each operation that has one (the spec's `…Request` schemas). */
const REQUEST_NAME: Partial<Record<Operation, string>> = {
  CreateFunctionInstance: 'CreateFunctionInstanceRequest',
  UpdateFunctionInstance: 'UpdateFunctionInstanceRequest',
  UpdateFunctionDefaultInstance: 'UpdateFunctionDefaultInstanceRequest',
  CreateFunctionResource: 'CreateFunctionResourceRequest',
  UpdateFunctionResource: 'UpdateFunctionResourceRequest',
};
const lowerFirst = (s: string) => s[0]?.toLowerCase() + s.slice(1);
const SCHEMA_OF: Record<string, (module: Record<string, unknown>, op: Operation) => unknown> = {
  'openapi-zod-client': (m, op) => (m.schemas as Record<string, unknown>)[BODY_NAME[op]],
  orval: (m, op) => m[`${lowerFirst(op)}Response`],
  'typed-openapi': (m, op) => m[BODY_NAME[op]],
};
const REQUEST_SCHEMA_OF: Record<string, (module: Record<string, unknown>, op: Operation) => unknown> = {
  'openapi-zod-client': (m, op) => (m.schemas as Record<string, unknown>)[REQUEST_NAME[op] ?? ''],
  orval: (m, op) => m[`${lowerFirst(op)}Body`],
  'typed-openapi': (m, op) => m[REQUEST_NAME[op] ?? ''],
};

const ZOD = GENERATORS.filter((g) => g.zod);
const answers = new Map<Casing, Map<string, Answer>>();
let h: EmulatorHandle;
beforeAll(async () => {
  h = await startFixtureEmulator();
  for (const casing of CASINGS) answers.set(casing, await runCatalogue(h, h.url, casing));
});
afterAll(() => h.close());

type Body = Record<string, unknown>;
const clone = (v: unknown) => structuredClone(v) as Body;
const key = (casing: Casing, camel: string) =>
  casing === 'camel' ? camel : camel[0]?.toUpperCase() + camel.slice(1);
/** The same object with each top-level key in the other casing (a body a casing-guessing client would send). */
const otherCasing = (body: Body): Body =>
  Object.fromEntries(
    Object.entries(body).map(([k, v]) => [
      k[0] === k[0]?.toUpperCase() ? lowerFirst(k) : k[0]?.toUpperCase() + k.slice(1),
      v,
    ]),
  );

/** The task inside a body (the first of a list), for the mutations of its fields. */
function taskOf(body: Body, casing: Casing): Body {
  const result = body[key(casing, 'result')];
  return (Array.isArray(result) ? result[0] : result) as Body;
}

/** Broken copies of a real answer: each must be rejected. */
function mutations(op: Operation, body: Body, casing: Casing): [string, Body][] {
  const out: [string, Body][] = [];
  const withCode = clone(body);
  withCode[key(casing, 'code')] = 'Task.NotExist';
  out.push(['an error code on a 2xx', withCode]);
  if (op === 'ListFunctionTasks' || op === 'GetFunctionTask') {
    const generation = clone(body);
    const t = taskOf(generation, casing);
    t[key(casing, 'generation')] = Number(t[key(casing, 'generation')]);
    out.push(['generation as a number', generation]);
    const progress = clone(body);
    const p = taskOf(progress, casing);
    p[key(casing, 'progress')] = String(p[key(casing, 'progress')]);
    out.push(['progress as a string', progress]);
  }
  if (BODY_NAME[op] !== 'EnvelopeOnlyBody') {
    const renamed = clone(body);
    renamed[key(casing, 'results')] = renamed[key(casing, 'result')];
    delete renamed[key(casing, 'result')];
    out.push(['result renamed', renamed]);
  }
  return out;
}

describe.each(ZOD.map((g) => g.name))('%s', (name) => {
  const generator = ZOD.find((g) => g.name === name);
  let module: Record<string, unknown>;
  beforeAll(async () => {
    module = await import(join(OUT, name, generator?.zod ?? ''));
  });

  describe.each(CASINGS)('%s', (casing) => {
    it.each(OPERATIONS)('%s: the real answer parses, the broken ones do not', (op) => {
      const schema = SCHEMA_OF[name]?.(module, op) as Parser | undefined;
      expect(schema?.safeParse, `no schema for ${op}`).toBeTypeOf('function');
      const answer = answers.get(casing)?.get(op);
      expect(answer?.status).toBe(200);
      const body = answer?.json as Body;
      expect(schema?.safeParse(body).success, JSON.stringify(body)).toBe(true);
      for (const [what, broken] of mutations(op, body, casing)) {
        expect(schema?.safeParse(broken).success, `${what}: ${JSON.stringify(broken)}`).toBe(false);
      }
    });
  });
});

describe.each(ZOD.map((g) => g.name))('%s request bodies', (name) => {
  const generator = ZOD.find((g) => g.name === name);
  let module: Record<string, unknown>;
  beforeAll(async () => {
    module = await import(join(OUT, name, generator?.zod ?? ''));
  });

  it.each(EXCHANGES.filter((e) => e.body !== undefined).map((e) => [e.name, e] as const))(
    '%s: the body the catalogue sends parses; a create body in the other casing does not',
    (_name, exchange) => {
      const schema = REQUEST_SCHEMA_OF[name]?.(module, exchange.operation) as Parser | undefined;
      expect(schema?.safeParse, `no body schema for ${exchange.operation}`).toBeTypeOf('function');
      expect(schema?.safeParse(exchange.body).success, JSON.stringify(exchange.body)).toBe(true);
      if (exchange.operation.startsWith('Create')) {
        const swapped = otherCasing(exchange.body as Body);
        expect(schema?.safeParse(swapped).success, JSON.stringify(swapped)).toBe(false);
      }
    },
  );
});
