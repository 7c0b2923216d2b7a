/** `--load file.ndjson`: one LoadTask per line; a bad line is reported by number and nothing is imported. */
import { readFileSync } from 'node:fs';
import type { Emulator } from './emulator.js';
import { type NewTask, TaskInputError, validateLoadTask } from './task-input.js';

/** A file that cannot be loaded; the message names the file and line. */
export class LoadFileError extends Error {
  override name = 'LoadFileError';
}

/** Parses NDJSON text into validated tasks; throws LoadFileError naming the first bad line. */
export function parseNdjson(text: string, fileName: string): NewTask[] {
  const tasks: NewTask[] = [];
  const lineOfTask: number[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return; // blank lines (and the final newline) are not tasks
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new LoadFileError(`${fileName}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    try {
      tasks.push(validateLoadTask(value, tasks.length));
      lineOfTask.push(i + 1);
    } catch (error) {
      throw new LoadFileError(`${fileName}:${i + 1}: ${(error as Error).message}`);
    }
  });
  lineNumbers.set(tasks, lineOfTask);
  return tasks;
}

// Remembers which line each parsed task came from, so a store error (a duplicate) can name its line.
const lineNumbers = new WeakMap<NewTask[], number[]>();

/** Loads an NDJSON file into the emulator in one transaction; returns how many tasks were added. */
export function loadNdjsonFile(emulator: Emulator, path: string): number {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LoadFileError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const tasks = parseNdjson(text, path);
  try {
    return emulator.store.insertTasks(tasks);
  } catch (error) {
    if (error instanceof TaskInputError) {
      const line = lineNumbers.get(tasks)?.[error.index] ?? '?';
      throw new LoadFileError(`${path}:${line}: ${error.message}`);
    }
    throw error;
  }
}
