#!/usr/bin/env node
// Rebundles tsc's `dist/index.js` into one module. Why: @fntasks/core imports this package at start-up, and
// ~12 small ES modules loaded one by one would cost its cold import (target ≤ 1.35x of `node -e 0`) several
// milliseconds. `#crypto` stays an import, so the package's `node`/`default` condition still picks node:crypto
// or Web Crypto. Type declarations stay tsc's (`dist/**/*.d.ts`).
import { build } from 'esbuild';

await build({
  absWorkingDir: new URL('..', import.meta.url).pathname,
  entryPoints: ['dist/index.js'],
  outfile: 'dist/index.js',
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  // Neutral: the entry must stay browser-safe; Node built-ins are reached only through `#crypto`.
  platform: 'neutral',
  target: 'es2022',
  sourcemap: 'linked',
  external: ['#crypto'],
  logLevel: 'warning',
});
