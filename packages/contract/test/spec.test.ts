/**
 * The pact against the hand-written spec: every interaction the consumer relies on must be one the spec
 * allows. And the check has teeth: copies of an interaction with one field's type or casing changed must fail.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidationOutcome, ValidationResult } from '@pactflow/swagger-mock-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PactInteraction, readPact } from '../src/pact-file.js';
import { CORE_PACT_FILE, SPEC_FILE } from '../src/paths.js';
import { checkPactAgainstSpec } from '../src/spec-check.js';

/** One line per finding, for readable failures. */
function describeFindings(results: ValidationResult[]): string[] {
  return results.map(
    (r) =>
      `${r.code} in "${r.mockDetails?.interactionDescription ?? '?'}" at ${r.mockDetails?.location ?? '?'}: ${r.message}`,
  );
}

describe('the fntasks-core pact agrees with openapi/function-tasks.yaml', () => {
  let outcome: ValidationOutcome;
  beforeAll(async () => {
    outcome = await checkPactAgainstSpec(CORE_PACT_FILE, SPEC_FILE);
  });

  it('has no errors', () => {
    expect(describeFindings(outcome.errors)).toEqual([]);
    expect(outcome.success).toBe(true);
  });

  it('warns only about the x-acs-* signing headers, which the spec describes under its security schemes', () => {
    const others = outcome.warnings.filter(
      (w) =>
        !(
          w.code === 'request.header.unknown' &&
          /\.request\.headers\.x-acs-[a-z0-9-]+$/.test(w.mockDetails?.location ?? '')
        ),
    );
    expect(describeFindings(others)).toEqual([]);
  });
});

/** Contract breaks, each applied to its own copy of the camelCase page interaction. */
const BREAKS: {
  name: string;
  edit: (body: Record<string, unknown>, task: Record<string, unknown>) => void;
}[] = [
  {
    name: 'generation as a number',
    edit: (_body, task) => {
      task.generation = 3;
    },
  },
  {
    name: 'result renamed Result in a camelCase body',
    edit: (body) => {
      body.Result = body.result;
      delete body.result;
    },
  },
  {
    name: 'extendInfo as an object',
    edit: (_body, task) => {
      task.extendInfo = { recall: 91, errors: [] };
    },
  },
  {
    name: 'runId renamed RunId inside a camelCase task',
    edit: (_body, task) => {
      task.RunId = task.runId;
      delete task.runId;
    },
  },
  {
    name: 'progress as a numeric string',
    edit: (_body, task) => {
      task.progress = '100';
    },
  },
];

describe('the spec check has teeth', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-broken-pact-'));
  let outcome: ValidationOutcome;

  beforeAll(async () => {
    // One pact holding the original interactions plus one broken copy per break: one validator run for all.
    const pact = readPact(CORE_PACT_FILE);
    const camel = pact.interactions.find((i) => i.description.includes('(camelCase answer)'));
    if (!camel) throw new Error('the core pact has no camelCase page interaction');
    for (const brk of BREAKS) {
      const copy = structuredClone(camel) as PactInteraction;
      copy.description = `broken copy: ${brk.name}`;
      const body = copy.response.body?.content as Record<string, unknown>;
      brk.edit(body, (body.result as Record<string, unknown>[])[0] as Record<string, unknown>);
      pact.interactions.push(copy);
    }
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(pact, null, 2));
    outcome = await checkPactAgainstSpec(file, SPEC_FILE);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the broken pact, and only on the broken copies', () => {
    expect(outcome.success).toBe(false);
    const failing = new Set(outcome.errors.map((e) => e.mockDetails?.interactionDescription));
    expect([...failing].sort()).toEqual(BREAKS.map((b) => `broken copy: ${b.name}`).sort());
  });

  for (const brk of BREAKS) {
    it(`rejects ${brk.name}`, () => {
      const errors = outcome.errors.filter(
        (e) => e.mockDetails?.interactionDescription === `broken copy: ${brk.name}`,
      );
      expect(errors.map((e) => e.code)).toContain('response.body.incompatible');
    });
  }
});
