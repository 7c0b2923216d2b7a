/** Where the contract's files live, resolved from this file so any working directory works. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The consumer and provider names of the core pact. */
export const CONSUMER = 'fntasks-core';
export const PROVIDER = 'opensearch-function-tasks';
/** The folder every consumer writes its pact into. */
export const PACT_DIR = join(REPO_ROOT, 'pacts');
/** The pact `@fntasks/core`'s consumer tests write (`<consumer>-<provider>.json`). */
export const CORE_PACT_FILE = join(PACT_DIR, `${CONSUMER}-${PROVIDER}.json`);
/** The hand-written OpenAPI description, the single source of truth. */
export const SPEC_FILE = join(REPO_ROOT, 'openapi', 'function-tasks.yaml');
