/**
 * Turns any error into its `error: …` line (+ `hint: …`) on stderr and the exit code. Every line is made inert
 * (issue 12, class 2): messages quote API error text, run ids and values the user typed.
 */
import { inert, inertLines } from '@fntasks/output';
import { CliError, ExitCode } from './errors.js';
import type { Io } from './io.js';

/** Each line of a message made inert, line breaks kept. */

/** Prints the error and returns the exit code for it; stacks only with `debug`. */
export function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CliError) {
    io.stderr.write(`error: ${inert(error.message)}\n`);
    if (error.hint) io.stderr.write(`hint: ${inert(error.hint)}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack)
      io.stderr.write(`${inertLines(error.cause.stack)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: unexpected: ${inert(message)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${inertLines(error.stack)}\n`);
  else
    io.stderr.write(
      'hint: run again with --debug for the stack trace, and report it if it looks like a bug.\n',
    );
  return ExitCode.Unexpected;
}
