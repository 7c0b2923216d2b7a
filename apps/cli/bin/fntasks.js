#!/usr/bin/env node
// CommonJS (bin/package.json), like dist/cli.cjs: Node then starts without its ES module loader, which
// `--help` does not need. Commands load their ES module bundles from dist/esm/ when they run.
require('../dist/cli.cjs').run();
