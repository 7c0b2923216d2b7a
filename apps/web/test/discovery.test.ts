/**
 * The overview's discovery state, folded from core's real `discoverInstances` stream against the emulator, and
 * the card order that settles without moving a placed card.
 */
import { createFunctionTasksClient, discoverInstances } from '@fntasks/core';
import { startEmulator } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outOfOrder, placeCards } from '../src/card-order.js';
import { applyDiscoveryEvent, EMPTY_DISCOVERY, instanceKey } from '../src/instances.js';
import { INSTANCE, mixedTasks } from './helpers.js';

let emulator: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
  emulator.loadTasks(mixedTasks(INSTANCE));
});
afterAll(() => emulator?.close());

describe('discovery state', () => {
  it('holds each instance as listed, its default marker and its newest runs', async () => {
    const client = createFunctionTasksClient({ endpoint: emulator.url, retry: false });
    let state = EMPTY_DISCOVERY;
    const seen: string[] = [];
    for await (const event of discoverInstances(client, { appGroups: [INSTANCE.appGroupIdentity] })) {
      state = applyDiscoveryEvent(state, event);
      seen.push(event.kind);
    }
    const key = instanceKey(INSTANCE);
    expect(state.instances.map(instanceKey)).toContain(key);
    const runs = state.runs.get(key);
    expect(runs && 'tasks' in runs ? runs.tasks.length : 0).toBeGreaterThan(0);
    expect(state.runs.size).toBe(state.instances.length);
    // An instance is shown before its runs are in.
    expect(seen.indexOf('instance')).toBeLessThan(seen.indexOf('runs'));
    expect(state.problems).toEqual([]);
  });
});

describe('card order', () => {
  it('keeps placed cards in place and adds a batch after them in attention order', () => {
    const first = placeCards([], ['fine-a']);
    expect(first).toEqual(['fine-a']);
    const second = placeCards(first, ['failing', 'fine-a', 'fine-b']);
    expect(second).toEqual(['fine-a', 'failing', 'fine-b']);
    expect(placeCards(second, ['failing', 'fine-a', 'fine-b'])).toBe(second);
    expect(outOfOrder(second, ['failing', 'fine-a', 'fine-b'])).toBe(true);
    expect(outOfOrder(['failing', 'fine-a'], ['failing', 'fine-a'])).toBe(false);
  });
});
