/**
 * Issue 12 against the real emulator: its SignatureDoesNotMatch echoes the string to sign (as the service does),
 * which for HMAC-SHA1 holds the security token and the AccessKey id. Nothing of either reaches the caller.
 */
import { createFunctionTasksClient, FunctionTasksApiError, type FunctionTasksEvent } from '@fntasks/core';
import { type EmulatorHandle, startEmulator } from '@fntasks/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { INSTANCE } from './helpers.js';

const KEY = { accessKeyId: 'LTAI5tHardeningKey01', accessKeySecret: 'the-right-secret' };
const TOKEN = `CAIS${'h'.repeat(120)}`;

const open: EmulatorHandle[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

describe('a mismatched signature against the emulator', () => {
  it.each(['ACS3-HMAC-SHA256', 'HMAC-SHA1'] as const)(
    '%s: no token or full AccessKey id in the error',
    async (signatureAlgorithm) => {
      const emulator = await startEmulator({ auth: { mode: 'verify', keys: [KEY] }, clock: {} });
      open.push(emulator);
      const events: FunctionTasksEvent[] = [];
      const client = createFunctionTasksClient({
        endpoint: emulator.url,
        credentials: { ...KEY, accessKeySecret: 'a-wrong-secret', securityToken: TOKEN },
        signatureAlgorithm,
        retry: false,
        onEvent: (event) => events.push(event),
      });
      const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FunctionTasksApiError);
      expect((error as FunctionTasksApiError).code).toBe('SignatureDoesNotMatch');
      const shown = [
        (error as Error).message,
        (error as FunctionTasksApiError).apiMessage,
        String((error as Error).stack),
        JSON.stringify(error),
        JSON.stringify(events),
      ].join('\n');
      expect(shown).not.toContain(TOKEN.slice(0, 16));
      expect(shown).not.toContain(KEY.accessKeyId);
      expect(shown).toContain('string to sign');
    },
  );
});
