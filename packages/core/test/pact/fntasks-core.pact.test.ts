/**
 * Consumer contract of `@fntasks/core` with the OpenSearch function-task API (pact `fntasks-core` →
 * `opensearch-function-tasks`), one interaction per thing the client relies on. The suites are modules of this
 * folder; this file runs them in one process, so the one pact file is written by one Pact run (see
 * `pact-run.ts`). `@fntasks/contract` then verifies the pact against the emulator and checks it against the spec.
 */
import { afterAll } from 'vitest';
import { publishPactIfAllPassed } from './pact-run.js';
import './list-function-tasks.pact.js';
import './get-function-task.pact.js';
import './function-instances.pact.js';
import './task-runs.pact.js';
import './cli-and-dashboard.pact.js';
import './instance-health.pact.js';
import './app-groups.pact.js';
import './instance-writes.pact.js';
import './versions.pact.js';
import './resources.pact.js';

// biome-ignore lint/correctness/noEmptyPattern: vitest wants a destructured context first; the file's tasks come second.
afterAll(({}, file) => publishPactIfAllPassed(file));
