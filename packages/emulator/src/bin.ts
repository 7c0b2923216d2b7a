#!/usr/bin/env node
/** fntasks-emulator: starts the emulator, prints its URL on a line of its own, stops cleanly on SIGINT/SIGTERM. */
import { parseCli, USAGE } from './cli-options.js';
import { type EmulatorHandle, type StartEmulatorOptions, startEmulator } from './index.js';
import { formatSeedSummary } from './seed.js';

async function main(): Promise<void> {
  let options: StartEmulatorOptions | 'help';
  try {
    options = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(
      `fntasks-emulator: ${(error as Error).message}\nRun fntasks-emulator --help for the options.`,
    );
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  let handle: EmulatorHandle;
  try {
    handle = await startEmulator(options);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const hint =
      e.code === 'EADDRINUSE'
        ? ` (port ${options.port} is taken: pass --port 0 for a free one, or another port)`
        : '';
    console.error(`fntasks-emulator: ${e.message}${hint}`);
    process.exitCode = 1;
    return;
  }
  // The URL goes to stdout alone, so scripts can read it; everything for humans goes to stderr.
  console.log(handle.url);
  if (handle.seeded) console.error(formatSeedSummary(handle.seeded));
  if (options.load?.length) console.error(`loaded ${options.load.join(', ')}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.error(`fntasks-emulator: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    handle.close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        console.error(`fntasks-emulator: error while closing: ${(error as Error).message}`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
