#!/usr/bin/env node
// Inlines @pactflow/swagger-mock-validator into dist/spec/validator.js after tsc (why: src/spec/validator.ts).
// The result is one ES module with no import of the validator's package, so the published package does not
// depend on it and npm never runs its patch-package install script.
import { build } from 'esbuild';

const outfile = new URL('../dist/spec/validator.js', import.meta.url).pathname;

const result = await build({
  entryPoints: [outfile],
  outfile,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The validator's bundle still calls require() for a few CommonJS modules; give the ES module a real one.
  banner: {
    js: "import { createRequire as __fntasksCreateRequire } from 'node:module'; const require = __fntasksCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'eof',
});
if (result.errors.length > 0) process.exit(1);
