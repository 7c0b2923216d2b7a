/**
 * Which emulator `--emulator` without a URL means. `pnpm start` (scripts/start.mjs) may have put the emulator on
 * a free port when 8790 was taken; it records the URL it started here, and the CLI reads it, so that the CLI
 * reaches that emulator and never another one on 8790 by accident.
 *
 * The record is `<tmpdir>/fntasks-emulator-<uid>.json` (`FNTASKS_EMULATOR_RECORD` overrides the path):
 * `{ "url": "http://127.0.0.1:PORT", "pid": N }`, written 0600. It is trusted only when it is ours (owner, not
 * writable by others), names a loopback URL, and its process is alive: a stale or foreign record is ignored.
 */
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What `pnpm start` records. */
export interface EmulatorRecord {
  readonly url: string;
  readonly pid: number;
}

/** The record's path. */
export function emulatorRecordPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return (
    env.FNTASKS_EMULATOR_RECORD || join(tmpdir(), `fntasks-emulator-${process.getuid?.() ?? 'user'}.json`)
  );
}

const LOOPBACK_URL = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+\/?$/;

/** Records the emulator `pid` started at `url` (written to a temporary name, then renamed). */
export function writeEmulatorRecord(path: string, record: EmulatorRecord): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(record)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** Removes the record if it is still the one of `pid` (another `pnpm start` may have replaced it). */
export function removeEmulatorRecord(path: string, pid: number): void {
  if (readRecordFile(path)?.pid === pid) rmSync(path, { force: true });
}

/** Why a record was not used, for the message that says which emulator is used instead. */
export type RecordState =
  | { readonly kind: 'live'; readonly record: EmulatorRecord }
  | { readonly kind: 'none' }
  | { readonly kind: 'stale'; readonly record: EmulatorRecord }
  | { readonly kind: 'untrusted'; readonly reason: string };

/** Reads the record and says whether it names a live emulator of ours. */
export function readEmulatorRecord(path: string): RecordState {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch {
    return { kind: 'none' };
  }
  const uid = process.getuid?.();
  if (!stat.isFile() || (uid !== undefined && stat.uid !== uid) || (Number(stat.mode) & 0o022) !== 0) {
    return { kind: 'untrusted', reason: `${path} is not a file of yours that only you can write` };
  }
  const record = readRecordFile(path);
  if (!record || !LOOPBACK_URL.test(record.url)) {
    return { kind: 'untrusted', reason: `${path} does not name a loopback emulator URL` };
  }
  return isAlive(record.pid) ? { kind: 'live', record } : { kind: 'stale', record };
}

function readRecordFile(path: string): EmulatorRecord | null {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (value && typeof value === 'object') {
      const { url, pid } = value as Record<string, unknown>;
      if (typeof url === 'string' && Number.isSafeInteger(pid) && (pid as number) > 0)
        return { url, pid: pid as number };
    }
  } catch {
    // Unreadable or not JSON: no record.
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    // ESRCH: gone. EPERM: the pid now belongs to another user's process, so not the `pnpm start` that wrote it.
    return false;
  }
}
