/**
 * Prism as a validating proxy (`prism proxy --errors`) in front of the real emulator: every exchange of the
 * catalogue (every operation and the error cases) in both casings passes with 0 violations, and an answer broken
 * on its way (a mutating step between Prism and the emulator) is flagged.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASINGS, EXCHANGES, runCatalogue, send, startFixtureEmulator } from './fixture.js';
import { freePort, type Prism, startPrism } from './prism.js';

// Prism's own security check wants the Authorization header the spec declares; the emulator runs without auth.
const AUTH = { authorization: 'acs LTAIconsumers:c2lnbmF0dXJl' };

let h: EmulatorHandle;
let prism: Prism;
let broken: Prism;
let step: Server;

/** Forwards to the emulator and turns `generation` into a number in every answer: a server gone wrong. */
function startMutatingStep(upstream: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const answer = await fetch(`${upstream}${req.url}`, {
      method: req.method,
      headers: { 'x-fntasks-casing': String(req.headers['x-fntasks-casing'] ?? 'camel') },
      redirect: 'error',
    });
    const text = (await answer.text()).replace(/"(generation|Generation)":"(\d+)"/g, '"$1":$2');
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(text);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  const [port, brokenPort] = await Promise.all([freePort(), freePort()]);
  h = await startFixtureEmulator({ allowedHosts: [`127.0.0.1:${port}`] });
  step = await startMutatingStep(h.url);
  const stepUrl = `http://127.0.0.1:${(step.address() as AddressInfo).port}`;
  [prism, broken] = await Promise.all([
    startPrism('proxy', port, 'proxy', [h.url, '--errors']),
    startPrism('proxy-broken', brokenPort, 'proxy', [stepUrl, '--errors']),
  ]);
});
afterAll(async () => {
  await Promise.all([prism?.close(), broken?.close()]);
  step?.close();
  await h?.close();
});

describe.each(CASINGS)('%s', (casing) => {
  it('every exchange passes through with the emulator status and 0 violations', async () => {
    const answers = await runCatalogue(h, prism.url, casing, AUTH);
    // With --errors, any violation replaces the answer by Prism's own 500 `…#VIOLATIONS` problem.
    const seen = EXCHANGES.map((e) => ({
      name: e.name,
      status: answers.get(e.name)?.status,
      violations: answers.get(e.name)?.text.includes('prism/errors#VIOLATIONS'),
    }));
    expect(seen, await prism.log()).toEqual(
      EXCHANGES.map((e) => ({ name: e.name, status: e.status, violations: false })),
    );
  });
});

it('flags an answer whose generation is a number', async () => {
  const get = EXCHANGES.find((e) => e.name === 'GetFunctionTask');
  if (!get) throw new Error('no GetFunctionTask exchange');
  for (const casing of CASINGS) {
    const answer = await send(broken.url, get, casing, AUTH);
    expect(answer.status, answer.text).toBe(500);
    expect(answer.text).toContain('prism/errors#VIOLATIONS');
    expect(answer.text).toMatch(/generation/i);
  }
});
