/** Shared test helpers: the real emulator, in-process on 127.0.0.1 port 0, with a clean store. */
import { type EmulatorHandle, startEmulator } from '@fntasks/emulator';

/** Starts an emulator for one test file; close it in `afterAll`. */
export async function startProvider(): Promise<EmulatorHandle> {
  return startEmulator({ host: '127.0.0.1', port: 0 });
}
