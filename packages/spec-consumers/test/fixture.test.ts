/** The catalogue itself: every exchange gets the status it is there for, in both casings. */
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASINGS, EXCHANGES, runCatalogue, startFixtureEmulator } from './fixture.js';

let h: EmulatorHandle;
beforeAll(async () => {
  h = await startFixtureEmulator();
});
afterAll(() => h.close());

describe.each(CASINGS)('%s', (casing) => {
  it('each exchange gets its status, and the errors name their code', async () => {
    const answers = await runCatalogue(h, h.url, casing);
    for (const exchange of EXCHANGES) {
      const answer = answers.get(exchange.name);
      expect({ name: exchange.name, status: answer?.status }).toEqual({
        name: exchange.name,
        status: exchange.status,
      });
      if (exchange.status >= 400 && exchange.status !== 502) expect(answer?.text).toContain(exchange.name);
    }
  });
});
