import { FUNCTION_OPERATION_IDS, FUNCTION_OPERATIONS } from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../src/operations/index.js';

describe('the client’s operation declarations', () => {
  it('use the wire table’s method and path for every operation, and exist for every operationId', () => {
    expect(Object.keys(OPERATIONS).sort()).toEqual([...FUNCTION_OPERATION_IDS].sort());
    for (const operationId of FUNCTION_OPERATION_IDS) {
      const declared = OPERATIONS[operationId];
      expect(declared.operationId).toBe(operationId);
      expect(declared.method).toBe(FUNCTION_OPERATIONS[operationId].method);
      expect(declared.path).toBe(FUNCTION_OPERATIONS[operationId].path);
    }
  });
});
