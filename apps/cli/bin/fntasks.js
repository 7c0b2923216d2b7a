#!/usr/bin/env node
// The whole CLI is bundled into dist/ (scripts/build.mjs) so start-up reads as few files as possible.
import { run } from '../dist/cli.js';

await run();
