/**
 * `fntasks …` command lines for hints, with the connection flags of the current run, so that pasting a
 * suggested command reaches the same endpoint or emulator (a hint without `--emulator` exits 3).
 */
import type { GlobalOptions } from './io.js';

/** What a hint may repeat: the connection options, and the `APP FN INST` of the command that failed. */
export interface CommandLineContext {
  readonly options?: GlobalOptions;
  readonly instance?: readonly [appGroup: string, functionName: string, instance: string];
  /**
   * For a write whose outcome may be unknown (exit 8): what may have happened, and the command (its words, without
   * `fntasks` and the connection flags) that shows whether it did. Without it, the text is `run`'s.
   */
  readonly outcome?: { readonly effect: string; readonly check: readonly string[] };
  /** Core's parameter names as the user gave them (`cron` → `--cron`); `undefined` leaves a name as it is. */
  readonly userTerms?: (argument: string) => string | undefined;
}

/** Quotes a word for a POSIX shell when it needs it. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The connection flags of `options`, as typed: `--emulator URL`, `--endpoint URL`, `--region ID`, `--profile NAME`. */
export function connectionFlags(options: GlobalOptions | undefined): string[] {
  if (!options) return [];
  const flags: string[] = [];
  if (options.emulator === true) flags.push('--emulator');
  else if (typeof options.emulator === 'string' && options.emulator !== '')
    flags.push('--emulator', options.emulator);
  if (options.endpoint !== undefined) flags.push('--endpoint', options.endpoint);
  if (options.region !== undefined) flags.push('--region', options.region);
  if (options.profile !== undefined) flags.push('--profile', options.profile);
  return flags;
}

/** `fntasks <words> <connection flags>`, each word shell-quoted. */
export function fntasksCommand(words: readonly string[], options: GlobalOptions | undefined): string {
  return ['fntasks', ...words, ...connectionFlags(options)].map(shellWord).join(' ');
}
