#!/usr/bin/env node
// Rebundles tsc's output of the public entries (`.`, `./node`, `./signing`, `./raw`, `./normalize`) with shared chunks.
// Why: a cold `import '@fntasks/core'` otherwise loads ~30 ES modules one by one (issue 6 target: at most 1.35x
// of `node -e 0`). Splitting keeps one copy of every module across entries, so `instanceof` on the error classes
// holds whichever entry a caller imported them from. Type declarations stay tsc's (`dist/**/*.d.ts`).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
// Chunk names carry content hashes: drop the previous build's so none goes stale.
await rm(new URL('dist/chunks', root), { recursive: true, force: true });

const result = await build({
  absWorkingDir: root.pathname,
  metafile: true,
  // The `#engine` targets too, each one file: the engine a first request imports is then one module, not four.
  entryPoints: [
    'dist/index.js',
    'dist/node/index.js',
    'dist/signing/index.js',
    'dist/raw/index.js',
    'dist/normalize/index.js',
    'dist/engine/node.js',
    'dist/engine/web.js',
  ],
  outdir: 'dist',
  outbase: 'dist',
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  // Neutral: the main entry must stay browser-safe; Node built-ins and the condition-mapped crypto stay imports.
  platform: 'neutral',
  target: 'es2022',
  mainFields: ['module', 'main'],
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  // `@fntasks/protocol` stays a runtime import (a dependency), not bundled in: core's declarations name its types
  // anyway, a process running the client and the emulator's verifier then holds one copy of the signing maths, and
  // its own `#crypto` import map keeps choosing node:crypto or Web Crypto (a bundled copy would need core to map
  // `#crypto` into another package's files). It is one pre-bundled module, so the cold import stays cheap.
  external: ['@fntasks/protocol', '#engine', 'undici', 'node:*'],
  logLevel: 'warning',
});

// esbuild imports every chunk of an entry's graph, some only for evaluation order (`import "./chunks/x.js";`).
// Ours hold declarations only, and the package says `sideEffects: false`, so every consumer's bundler drops
// those imports and warns about each one. They go here instead, as blank lines so the source maps still match
// (each such chunk is also imported by name wherever its code is used).
for (const output of Object.keys(result.metafile.outputs).filter((path) => path.endsWith('.js'))) {
  const url = new URL(output, root);
  const code = await readFile(url, 'utf8');
  const cleaned = code.replace(/^import "\.{1,2}\/(?:chunks\/)?[^"]+\.js";$/gm, '');
  if (cleaned !== code) await writeFile(url, cleaned);
}
