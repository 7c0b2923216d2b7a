/**
 * Provider verification: the pact-js Verifier replays every interaction of the `fntasks-core` pact against the
 * real emulator, after the state handler named by the interaction's `given` text has set the emulator up.
 */
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('the emulator honours the fntasks-core pact', () => {
  it('passes verification of every interaction', async () => {
    const { handlers, failures } = createStateHandlers(emulator);
    const outcome = await verifyPact({
      providerBaseUrl: emulator.url,
      pactFile: CORE_PACT_FILE,
      stateHandlers: handlers,
    });
    // pact-js only logs a failing state handler; a broken state must fail this test by itself.
    expect(failures).toEqual([]);
    expect(outcome).toEqual({ ok: true });
  });
});
