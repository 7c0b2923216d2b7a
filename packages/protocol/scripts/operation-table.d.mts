// Types of operation-table.mjs for the tests that call it.
import type { OperationBody } from '../src/wire/operations.ts';

/** One operation as the table records it (the generated file holds the literal form). */
export interface OperationTableEntry {
  method: string;
  path: string;
  pathParams: Record<string, unknown>[];
  query: Record<string, unknown>[];
  paged: boolean;
  safeToRepeat: boolean;
  body: OperationBody | null;
  success: { status: number; schemas: string[] };
}

/** The operation table of a parsed OpenAPI document, keyed by operationId. */
export function buildOperationTable(spec: unknown): Record<string, OperationTableEntry>;
