import {
  FUNCTION_OPERATION_IDS,
  FUNCTION_OPERATIONS,
  type FunctionOperationId,
  functionOperationPath,
  MAX_PAGE_SIZE,
} from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/query-parser.js';
import { rawRequest, startTestEmulator } from './helpers.js';

const NAMES = {
  appGroupIdentity: 'app',
  functionName: 'ctr',
  instanceName: 'inst',
  generation: '1',
  versionId: '101',
  resourceName: 'res',
};

/** Every query parameter the spec declares, with its operation. */
const declared = FUNCTION_OPERATION_IDS.flatMap((id) =>
  FUNCTION_OPERATIONS[id].query.map((param) => ({ id, param: param as Record<string, unknown> })),
);

/** A valid value of a declared parameter (its first enum member, else a number or a string long enough). */
function validValue(param: Record<string, unknown>): string {
  if (Array.isArray(param.enum)) return String(param.enum[0]);
  return param.type === 'integer' ? '1' : 'x'.repeat(Math.max(1, Number(param.minLength ?? 1)));
}

/** Sends `search`, plus a valid value of every other required parameter (so only the one tested is wrong). */
function send(h: { url: string }, id: FunctionOperationId, search: string) {
  const others = (FUNCTION_OPERATIONS[id].query as readonly Record<string, unknown>[])
    .filter((p) => p.required === true && !search.startsWith(`${String(p.name)}=`))
    .map((p) => `&${String(p.name)}=${validValue(p)}`)
    .join('');
  const path = `${functionOperationPath(id, NAMES)}?${search}${others}`;
  return rawRequest(h.url, path, { method: FUNCTION_OPERATIONS[id].method });
}

describe('query parsing reads the spec: every declared parameter is validated as declared', () => {
  it('the table declares query parameters, each an enum, an integer or a minimum length (a new kind needs a case below)', () => {
    expect(
      declared.filter(
        ({ param }) =>
          param.type !== 'integer' && !Array.isArray(param.enum) && typeof param.minLength !== 'number',
      ),
    ).toEqual([]);
    expect(declared.some(({ param }) => Array.isArray(param.enum))).toBe(true);
    expect(declared.some(({ param }) => param.type === 'integer')).toBe(true);
  });

  for (const { id, param } of declared) {
    const name = String(param.name);
    it(`${id} ${name}: a value outside the declaration is a 400 naming it`, async () => {
      const h = await startTestEmulator();
      const bad =
        param.type === 'integer'
          ? 'x1'
          : Array.isArray(param.enum)
            ? 'not-declared'
            : 'x'.repeat(Number(param.minLength) - 1);
      const res = await send(h, id, `${name}=${bad}`);
      expect(res.status).toBe(400);
      expect(res.json.code).toBe('InvalidParameter');
      expect(res.json.message).toMatch(new RegExp(`^Parameter ${name} must be .*got "${bad}"\\.$`));
      if (Array.isArray(param.enum)) expect(res.json.message).toContain(param.enum.join(', '));
      const twice = await send(h, id, `${name}=${bad}&${name}=${bad}`);
      expect(twice.json.message).toBe(`Parameter ${name} was given 2 times; give it at most once.`);
    });
  }

  it('defaults come from the spec; the page size cap is the emulator rule', () => {
    const tasks = parseQuery('ListFunctionTasks', new Map());
    const instances = parseQuery('ListFunctionInstances', new Map());
    for (const [parsed, id] of [
      [tasks, 'ListFunctionTasks'],
      [instances, 'ListFunctionInstances'],
    ] as const) {
      for (const param of FUNCTION_OPERATIONS[id].query as readonly Record<string, unknown>[]) {
        expect((parsed as Record<string, unknown>)[String(param.name)], String(param.name)).toBe(
          param.default,
        );
      }
    }
    expect(() =>
      parseQuery('ListFunctionInstances', new Map([['pageSize', [String(MAX_PAGE_SIZE + 1)]]])),
    ).toThrow(`Parameter pageSize must be at most ${MAX_PAGE_SIZE}, got "${MAX_PAGE_SIZE + 1}".`);
    expect(parseQuery('ListFunctionTasks', new Map([['pageNumber', ['2147483647']]])).pageNumber).toBe(
      2147483647,
    );
    expect(() => parseQuery('ListFunctionTasks', new Map([['pageNumber', ['2147483648']]]))).toThrow(
      'Parameter pageNumber must be at most 2147483647, got "2147483648".',
    );
  });
});
