// Types of operation-table.mjs for the tests that call it. Self-contained on purpose: importing src/ from here
// would put the package's .ts sources into API Extractor's program (it reads tsconfig.json, which includes
// scripts/) and fail the API report.

/** A request body as the table records it (`OperationBody` of src/wire/operations.ts is its typed form). */
export interface OperationTableBody {
  casing: 'camel' | 'pascal';
  schema: string;
  required: string[];
  fields: ({ name: string; type: string } & Record<string, unknown>)[];
}

/** One operation as the table records it (the generated file holds the literal form). */
export interface OperationTableEntry {
  method: string;
  path: string;
  pathParams: Record<string, unknown>[];
  query: Record<string, unknown>[];
  paged: boolean;
  safeToRepeat: boolean;
  body: OperationTableBody | null;
  success: { status: number; schemas: string[] };
}

/** The operation table of a parsed OpenAPI document, keyed by operationId. */
export function buildOperationTable(spec: unknown): Record<string, OperationTableEntry>;
