/**
 * `--load file.ndjson`: one LoadTask per line. The files of one command line are one transaction: a bad line
 * (or a duplicate run id) in any of them is reported by file and line, and nothing of any file is imported.
 */
import { readFileSync } from 'node:fs';
import type { Emulator } from './emulator.js';
import { type NewTask, TaskInputError, validateLoadTask } from './task-input.js';

/** A file that cannot be loaded; the message names the file and line. */
export class LoadFileError extends Error {
  override name = 'LoadFileError';
}

/** Tasks parsed from files, with the `file:line` each came from (so a store error can name it). */
export interface ParsedTasks {
  tasks: NewTask[];
  origins: string[];
}

/** Parses NDJSON text into validated tasks, appending to `into`; throws LoadFileError naming the first bad line. */
export function parseNdjson(text: string, fileName: string, into: ParsedTasks = { tasks: [], origins: [] }) {
  // Editors on Windows write a byte order mark; it is not part of the first task.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return; // blank lines (and the final newline) are not tasks
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new LoadFileError(`${fileName}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    try {
      into.tasks.push(validateLoadTask(value, into.tasks.length));
      into.origins.push(`${fileName}:${i + 1}`);
    } catch (error) {
      throw new LoadFileError(`${fileName}:${i + 1}: ${(error as Error).message}`);
    }
  });
  return into;
}

/**
 * Loads NDJSON files into the emulator in one transaction (all files or none); returns how many tasks were
 * added. Call it inside a wider transaction to make a seed and the loads one unit too.
 */
export function loadNdjsonFiles(emulator: Emulator, paths: readonly string[]): number {
  const parsed: ParsedTasks = { tasks: [], origins: [] };
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new LoadFileError(`cannot read ${path}: ${(error as Error).message}`);
    }
    parseNdjson(text, path, parsed);
  }
  if (parsed.tasks.length === 0) return 0;
  try {
    return emulator.store.insertTasks(parsed.tasks);
  } catch (error) {
    if (error instanceof TaskInputError)
      throw new LoadFileError(`${parsed.origins[error.index] ?? '?'}: ${error.message}`);
    throw error;
  }
}
