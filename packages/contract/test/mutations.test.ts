/**
 * Mutation acceptance: a provider that breaks the contract fails verification. The emulator runs unchanged
 * behind a mutating proxy that rewrites its JSON answers the way a broken provider would, and the Verifier,
 * pointed at the proxy, must reject. A proxy that changes nothing must pass, so every failure below comes
 * from the mutation and nothing else.
 */
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BodyMutation, MUTATIONS, startMutatingProxy } from '../src/mutating-proxy.js';
import { CORE_PACT_FILE } from '../src/paths.js';
import { createStateHandlers } from '../src/provider-states.js';
import { verifyPact } from '../src/verify.js';
import { startProvider } from './helpers.js';

let emulator: EmulatorHandle;

beforeAll(async () => {
  emulator = await startProvider();
});

afterAll(async () => {
  await emulator?.close();
});

/** Verifies the core pact through a proxy applying `mutate` to ListFunctionTasks answers. */
async function verifyThrough(mutate: BodyMutation) {
  // The verifier prints its own report; for a mutated provider its FAILED lines are the expected outcome.
  console.info(`[mutation test] verifying through a body-rewriting proxy: FAILED lines below are expected`);
  const proxy = await startMutatingProxy(emulator.url, (body, path) =>
    path.startsWith('/__fntasks/') ? body : mutate(body, path),
  );
  try {
    const { handlers, failures } = createStateHandlers(emulator);
    const outcome = await verifyPact({
      providerBaseUrl: proxy.url,
      pactFile: CORE_PACT_FILE,
      stateHandlers: handlers,
    });
    expect(failures).toEqual([]);
    return { outcome, mutated: proxy.mutated };
  } finally {
    await proxy.close();
  }
}

describe('provider verification fails when the provider breaks the contract', () => {
  it('passes through a proxy that changes nothing (the control)', async () => {
    const { outcome } = await verifyThrough((body) => body);
    expect(outcome).toEqual({ ok: true });
  });

  const cases: { name: string; mutate: BodyMutation; path: RegExp; mismatch: RegExp }[] = [
    {
      name: 'camel mode answers `Result` instead of `result`',
      mutate: MUTATIONS.resultPascal,
      path: /^\$$/,
      mismatch: /^Actual map is missing the following keys: result$/,
    },
    {
      name: '`generation` comes as a number',
      mutate: MUTATIONS.generationNumber,
      path: /^\$\.result\[\d+\]\.generation$/,
      mismatch: /^Expected \d+ \(Integer\) to be the same type as '3' \(String\)$/,
    },
    {
      name: '`extendInfo` comes as an object',
      mutate: MUTATIONS.extendInfoObject,
      path: /^\$\.result\[\d+\]\.extendInfo$/,
      mismatch: /\(Object\) to be the same type as .* \(String\)$/,
    },
    {
      name: 'a running task has `endTime: null`',
      mutate: MUTATIONS.endTimeNull,
      path: /^\$\.result\[0\]\.endTime$/,
      mismatch: /^Expected null \(Null\) to be equal to 0 \(Integer\)$/,
    },
  ];

  for (const c of cases) {
    it(`fails when ${c.name}`, async () => {
      const { outcome, mutated } = await verifyThrough(c.mutate);
      expect(mutated).toBeGreaterThan(0);
      if (outcome.ok) return expect.unreachable('verification passed against a broken provider');
      // Every mismatch is the mutation itself, and the camelCase page is among the interactions it broke.
      expect(outcome.mismatches.length).toBeGreaterThan(0);
      for (const m of outcome.mismatches) {
        expect(m.path).toMatch(c.path);
        expect(m.mismatch).toMatch(c.mismatch);
      }
      if (c.mutate !== MUTATIONS.endTimeNull) {
        expect(outcome.mismatches.map((m) => m.interaction)).toContainEqual(
          expect.stringContaining('(camelCase answer)'),
        );
      }
    });
  }
});
