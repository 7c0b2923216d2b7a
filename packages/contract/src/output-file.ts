/**
 * The report files (`--junit`, `--json`, `--verifier-log`): checked before any verification starts, so a path
 * that cannot be written fails at once (exit 2) naming it and why, instead of after minutes of work. Folders are
 * created one level at a time from the nearest existing one: Node's recursive mkdir loops forever on a path it
 * can never create (`/proc/self/nope/x.xml`).
 */
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** A report option and the file it names. */
export interface OutputFile {
  /** The option as typed, e.g. `--junit`. */
  option: string;
  file: string;
}

/** Why a file-system call failed, in words, from its error code. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** Creates the folders missing above `file`, one level at a time; returns why it could not, or undefined. */
function ensureFolder(file: string): string | undefined {
  const missing: string[] = [];
  let folder = dirname(resolve(file));
  for (;;) {
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return code === 'ENOTDIR' ? `${folder} is not a folder` : reason(error);
    }
    if (stat) {
      if (!stat.isDirectory()) return `${folder} is not a folder`;
      break;
    }
    missing.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const next of missing) {
    try {
      mkdirSync(next);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      return `cannot create the folder ${next} (${code === 'ENOENT' ? 'that place holds no folders' : reason(error)})`;
    }
  }
  return undefined;
}

/** Why `file` cannot be written (its folder created if missing), or undefined when it can. */
function unwritable(file: string): string | undefined {
  const folderProblem = ensureFolder(file);
  if (folderProblem) return folderProblem;
  try {
    if (statSync(file).isDirectory()) return 'it is a folder';
    accessSync(file, constants.W_OK);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return reason(error);
  }
  try {
    accessSync(dirname(resolve(file)), constants.W_OK);
    return undefined;
  } catch (error) {
    return reason(error);
  }
}

/** Throws `UsageError` for the first report file that cannot be written, or two options naming one file. */
export function checkOutputFiles(outputs: readonly OutputFile[]): void {
  const seen = new Map<string, string>();
  for (const { option, file } of outputs) {
    const other = seen.get(resolve(file));
    if (other)
      throw new UsageError(`${other} and ${option} both name ${file}: give each report its own file`);
    seen.set(resolve(file), option);
    const why = unwritable(file);
    if (why) throw new UsageError(`cannot write ${option} ${file}: ${why}`);
  }
}

/** Writes a report to `file`, creating its folder. */
export function writeOutputFile(file: string, text: string): void {
  const why = ensureFolder(file);
  if (why) throw new Error(`cannot write ${file}: ${why}`);
  writeFileSync(file, text);
}
