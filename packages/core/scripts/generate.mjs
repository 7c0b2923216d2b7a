#!/usr/bin/env node
// Generates src/generated/openapi.ts from the hand-written spec; with --check, fails when the committed file drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../openapi/function-tasks.yaml');
const outPath = resolve(here, '../src/generated/openapi.ts');
const header = `/**
 * Generated from openapi/function-tasks.yaml by openapi-typescript. Do not edit by hand:
 * change the spec and run \`pnpm generate\`. CI fails when this file differs from a fresh generation.
 */

`;

const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: true });
const generated = header + astToString(ast);

if (process.argv.includes('--check')) {
  const committed = readFileSync(outPath, 'utf8');
  if (committed !== generated) {
    console.error(
      `Drift: ${outPath} differs from a fresh generation of ${specPath}. Run \`pnpm generate\` and commit.`,
    );
    process.exit(1);
  }
  console.log('generated types match the spec');
} else {
  writeFileSync(outPath, generated);
  console.log(`wrote ${outPath}`);
}
