#!/usr/bin/env node
/** fntasks-contract: the entry point. Only here does an outcome become the process's exit code. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
