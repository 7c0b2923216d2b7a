#!/usr/bin/env node
// @ts-check
/**
 * Builds the reference docs into packages/release-checks/dist/reference/ (git-ignored), browsable offline:
 * `core/` (TypeDoc of @fntasks/core) and `api/index.html` (the OpenAPI spec, Redoc inlined).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSpecPage, remoteResources, runCoreTypedoc } from './lib/reference-docs.mjs';

const out = resolve(import.meta.dirname, '../dist/reference');
rmSync(out, { recursive: true, force: true });

const typedoc = await runCoreTypedoc(join(out, 'core'));
for (const note of typedoc.notes) console.warn(`TypeDoc: ${note}`);
if (!typedoc.ok) {
  console.error(`TypeDoc of @fntasks/core failed:\n${typedoc.problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
const spec = await buildSpecPage(join(out, 'api/index.html'));
const remote = remoteResources(spec);
if (remote.length > 0) {
  console.error(`The spec page would load from the network: ${remote.join(', ')}`);
  process.exit(1);
}
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>fntasks reference</title>
<h1>fntasks reference</h1>
<ul><li><a href="core/index.html">@fntasks/core API</a></li><li><a href="api/index.html">OpenAPI: function tasks</a></li></ul>
`,
);
// `pnpm run docs` shows this (its builds run quietly): where to open the docs.
const where = (/** @type {string} */ page) => relative(process.cwd(), join(out, page)) || '.';
console.log(`Reference docs written to ${where('')}/:
  ${where('index.html')}  (start here)
  ${where('core/index.html')}  (@fntasks/core API, its README first)
  ${where('api/index.html')}  (OpenAPI: function tasks)`);
