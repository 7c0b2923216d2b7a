#!/usr/bin/env node
// Generates src/generated/operations.ts, the operation table (scripts/operation-table.mjs says what it holds), from
// the hand-written spec. With --check, fails when the committed file differs from a fresh generation.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildOperationTable } from './operation-table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../openapi/function-tasks.yaml');
const outPath = resolve(here, '../src/generated/operations.ts');

const table = buildOperationTable(parse(readFileSync(specPath, 'utf8')));
const ids = Object.keys(table).sort();
const entries = ids
  .map((id) => `  ${id}: ${JSON.stringify(table[id], null, 2).replace(/\n/g, '\n  ')},`)
  .join('\n');
const generated = `/**
 * Generated from openapi/function-tasks.yaml by packages/protocol/scripts/generate-operations.mjs. Do not edit by
 * hand: change the spec and run \`pnpm generate\`. The lint step fails when this file differs from a fresh
 * generation.
 */

/** Every operation of the spec, keyed by operationId (its signed \`x-acs-action\`). */
export const OPERATION_TABLE = {
${entries}
} as const;
`;

if (process.argv.includes('--check')) {
  if (readFileSync(outPath, 'utf8') !== generated) {
    console.error(
      `Drift: ${outPath} differs from a fresh generation of ${specPath}. Run \`pnpm generate\` and commit.`,
    );
    process.exit(1);
  }
  console.log('operation table matches the spec');
} else {
  writeFileSync(outPath, generated);
  console.log(`wrote ${outPath}`);
}
