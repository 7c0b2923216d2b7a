#!/usr/bin/env node
// CommonJS (bin/package.json), like every bundle in dist/: Node never starts its ES module loader.
// The compile cache (src/compile-cache.ts) goes first, so that dist/cli.cjs and the command bundles load from
// it; --debug runs without it, so that its stack traces come from freshly compiled, source-mapped code.
if (!process.argv.includes('--debug')) require('../dist/compile-cache.cjs').installCompileCache();
require('../dist/cli.cjs').run();
