/**
 * Every request the CLI's end-to-end suite sent to the emulator (recorded by request-recorder.ts during
 * `vitest run`) matches an interaction of a pact in `pacts/` (pact-match.ts). Runs after the suite
 * (`pnpm test` runs `vitest.pact-coverage.config.ts` second); turbo runs `@fntasks/core#test`, which writes
 * `pacts/`, before this package's tests (apps/cli/turbo.json). A command that changes what it sends fails here
 * until the consumer tests (packages/core/test/pact) record the new request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchesInteraction, type PactHttpInteraction } from './pact-match.js';
import { REQUESTS_DIR, type RecordedRequest } from './request-recorder.js';

const PACT_DIR = fileURLToPath(new URL('../../../pacts/', import.meta.url));

const interactions: PactHttpInteraction[] = readdirSync(PACT_DIR)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => JSON.parse(readFileSync(join(PACT_DIR, name), 'utf8')).interactions);

/** Every request recorded by the last run of the suite. */
function recorded(): RecordedRequest[] {
  let files: string[];
  try {
    files = readdirSync(REQUESTS_DIR);
  } catch {
    throw new Error(
      `no requests recorded in ${REQUESTS_DIR}: run the CLI's suite first (pnpm test runs both)`,
    );
  }
  return files.flatMap((name) =>
    readFileSync(join(REQUESTS_DIR, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RecordedRequest),
  );
}

describe('the pact covers what the CLI sends', () => {
  it('every request of the CLI end-to-end suite matches an interaction of the pact', () => {
    const requests = recorded();
    // The suite reaches every read and write the CLI makes; a recorder that saw little recorded nothing useful.
    expect(requests.length).toBeGreaterThan(100);
    const unmatched = requests.filter(
      (r) => !interactions.some((i) => matchesInteraction(r.method, r.url, i)),
    );
    const shapes = [...new Set(unmatched.map((r) => `${r.method} ${r.url}  (${r.test})`))];
    expect(shapes, 'requests no interaction of pacts/ matches').toEqual([]);
  });

  it('the defaults of list, instances and the newest-run read each have an interaction of their own', () => {
    const path = '/v4/openapi/app-groups/a/functions/f/instances';
    for (const [method, url] of [
      ['GET', `${path}/i/tasks?pageNumber=1&pageSize=20`],
      ['GET', `${path}?pageNumber=1`],
      ['GET', `${path}/i/tasks?pageSize=1`],
    ] as const) {
      expect(
        interactions.some((i) => matchesInteraction(method, url, i)),
        url,
      ).toBe(true);
    }
  });

  it('a request the pact does not hold is caught: an extra key, a value no rule allows, another operation', () => {
    const tasks = '/v4/openapi/app-groups/a/functions/f/instances/i/tasks';
    for (const [method, url] of [
      ['GET', `${tasks}?pageNumber=1&pageSize=20&foo=1`],
      ['GET', `${tasks}?pageNumber=1&pageSize=abc`],
      ['GET', `${tasks}?pageNumber=1&pageSize=20&status=bogus`],
      ['PUT', tasks],
    ] as const) {
      expect(
        interactions.some((i) => matchesInteraction(method, url, i)),
        url,
      ).toBe(false);
    }
  });
});
