import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FUNCTION_OPERATION_IDS, FUNCTION_OPERATIONS } from '../src/index.js';

const specPath = createRequire(import.meta.url).resolve('@fntasks/openapi/function-tasks.yaml');
const spec = parse(readFileSync(specPath, 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string; 'x-fntasks-safe-to-repeat'?: unknown }>>;
};

/** The spec's `x-fntasks-safe-to-repeat` of every operation, by operationId. */
function declaredInSpec(): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (typeof operation === 'object' && operation !== null && typeof operation.operationId === 'string') {
        found[operation.operationId] = operation['x-fntasks-safe-to-repeat'];
      }
    }
  }
  return found;
}

describe('safeToRepeat', () => {
  it('equals the spec’s x-fntasks-safe-to-repeat for every operation, and the spec has no other operation', () => {
    const declared = declaredInSpec();
    expect(Object.keys(declared).sort()).toEqual([...FUNCTION_OPERATION_IDS].sort());
    for (const operationId of FUNCTION_OPERATION_IDS) {
      expect(typeof declared[operationId], operationId).toBe('boolean');
      expect(FUNCTION_OPERATIONS[operationId].safeToRepeat, operationId).toBe(declared[operationId]);
    }
  });

  it('marks exactly the Create* operations unsafe: a repeat starts another run or is refused as a duplicate', () => {
    const unsafe = FUNCTION_OPERATION_IDS.filter((id) => !FUNCTION_OPERATIONS[id].safeToRepeat);
    expect(unsafe).toEqual(FUNCTION_OPERATION_IDS.filter((id) => id.startsWith('Create')));
    expect(unsafe).toEqual(expect.arrayContaining(['CreateFunctionTask', 'CreateFunctionInstance']));
  });
});
