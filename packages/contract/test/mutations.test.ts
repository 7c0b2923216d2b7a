/**
 * Mutation acceptance: a provider that breaks the contract fails verification. The emulator runs unchanged
 * behind a proxy that rewrites its JSON answers the way a broken provider would; the same `verify` the bin
 * runs must reject. A proxy that changes nothing must pass, so every failure below is the mutation's.
 * (The built package is imported: its provider check runs the verifier in a worker process of `dist/`.)
 */
import { describe, expect, it } from 'vitest';
import { verify } from '../dist/index.js';
import type { MUTATIONS } from '../src/mutating-proxy.js';
import type { Problem } from '../src/report/model.js';
import { CORE_PACT_FILE } from './helpers.js';

/** Verifies the core pact against the provider through `mutation`; the failing interactions' problems. */
async function verifyThrough(mutation?: keyof typeof MUTATIONS) {
  const { report, mutated } = await verify({
    pactFiles: [CORE_PACT_FILE],
    checks: ['provider'],
    ...(mutation ? { mutation } : {}),
  });
  const failed = (report.pacts[0]?.interactions ?? []).filter((i) =>
    i.checks.some((c) => c.status === 'failed'),
  );
  const problems: (Problem & { interaction: string })[] = failed.flatMap((i) =>
    i.checks.flatMap((c) => c.problems.map((p) => ({ ...p, interaction: i.description }))),
  );
  return { report, mutated, problems };
}

describe('provider verification fails when the provider breaks the contract', () => {
  it('passes through a proxy that changes nothing (the control)', async () => {
    const { report, problems } = await verifyThrough();
    expect(problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  const cases: { mutation: keyof typeof MUTATIONS; name: string; path: RegExp; message: RegExp }[] = [
    {
      mutation: 'resultPascal',
      name: 'camel mode answers `Result` instead of `result`',
      path: /^\$$/,
      message: /^Actual map is missing the following keys: result$/,
    },
    {
      mutation: 'generationNumber',
      name: '`generation` comes as a number',
      path: /^\$\.result\[\d+\]\.generation$/,
      message: /^Expected \d+ \(Integer\) to be the same type as '3' \(String\)$/,
    },
    {
      mutation: 'extendInfoObject',
      name: '`extendInfo` comes as an object',
      path: /^\$\.result\[\d+\]\.extendInfo$/,
      message: /\(Object\) to be the same type as .* \(String\)$/,
    },
    {
      mutation: 'endTimeNull',
      name: 'a running task has `endTime: null`',
      path: /^\$\.result\[0\]\.endTime$/,
      message: /^Expected null \(Null\) to be equal to 0 \(Integer\)$/,
    },
    {
      mutation: 'instanceTaskPascal',
      name: "GetFunctionInstance's camelCase `task` comes as `Task`",
      path: /^\$\.result$/,
      message: /^Actual map is missing the following keys: task$/,
    },
    {
      mutation: 'errorCodeInSuccess',
      name: 'a camelCase success answer carries an error code',
      path: /^\$\.code$/,
      message: /^Expected 'Task\.NotExist' \(String\) to be equal to '' \(String\)$/,
    },
  ];

  for (const c of cases) {
    it(`fails when ${c.name}`, async () => {
      const { report, mutated, problems } = await verifyThrough(c.mutation);
      expect(mutated).toBeGreaterThan(0);
      expect(report.ok).toBe(false);
      // Every problem is the mutation itself.
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.path).toMatch(c.path);
        expect(p.message).toMatch(c.message);
      }
      if (c.mutation !== 'endTimeNull' && c.mutation !== 'instanceTaskPascal') {
        expect(problems.map((p) => p.interaction)).toContainEqual(
          expect.stringContaining('(camelCase answer)'),
        );
      }
    });
  }
});
