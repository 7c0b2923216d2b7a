/**
 * How every command that changes something carries it out, once: `--yes` required when nobody can answer; the
 * request validated and signed by core's `prepareRequest` before anything is asked or sent (a bad value is exit
 * 2 before any request); `--dry-run` prints that request (credentials redacted by core) and sends nothing; on a
 * terminal the user confirms; the write is sent once through the client (core decides what may be repeated), and
 * an unknown outcome is exit 8 with the command that checks it.
 */
import type { FunctionTasksClient } from '@fntasks/core';
import {
  callOperation,
  type OperationParams,
  type OperationResult,
  type PreparedRequest,
  prepareRequest,
} from '@fntasks/core/raw';
import { inert, inertJson, inertLines } from '@fntasks/output';
import type { FunctionOperationId } from '@fntasks/protocol';
import type { CommandLineContext } from './command-line.js';
import { toCliError } from './core-errors.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/** `--yes` and `--dry-run`. */
export interface WriteFlags {
  /** Do not ask. */
  readonly yes: boolean;
  /** Print the request, send nothing. */
  readonly dryRun: boolean;
}

/**
 * A write needs someone to say yes: `--yes`, or a terminal to ask on. A dry run sends nothing and needs neither.
 * Checked first, before any file is read or request made.
 */
export function checkAnswerable(flags: WriteFlags, io: Io, command: string): void {
  if (flags.yes || flags.dryRun || io.stdin?.isTTY) return;
  throw new UsageError(
    `${command} asks before changing anything, and stdin is not a terminal: nobody can answer.`,
    {
      hint: 'Add --yes to go ahead without asking (or --dry-run to see the request without sending it).',
    },
  );
}

/** Asks `question` on a terminal unless `--yes`; true to go ahead. Anything but y/yes is no. */
export async function confirmed(question: string, flags: WriteFlags, io: Io): Promise<boolean> {
  if (flags.yes || !io.stdin?.isTTY) return true;
  const answer = await io.stdin.question(`${question}? [y/N] `);
  return /^y(es)?$/i.test(answer.trim());
}

/** One write: the operation, its parameters, and what it does in words. */
export interface Write<Id extends FunctionOperationId> {
  readonly operationId: Id;
  readonly params: OperationParams<Id>;
  /** What it does, as the question and the dry run's note say it: `Create instance my-app/ctr/exp1`. */
  readonly action: string;
  /** Where hints point: the connection flags, and the command that shows whether it happened (exit 8). */
  readonly context: CommandLineContext;
  /** Core's parameter names as the user gave them (`cron` → `--cron`), for messages about a bad value. */
  readonly userTerms?: (argument: string) => string | undefined;
}

/**
 * Carries out `write`: validated and signed first; printed and not sent with `--dry-run`; confirmed on a terminal;
 * sent once, through the client's method for the same operation. Resolves with the result, or `undefined` when
 * nothing was sent (dry run, or the user said no).
 */
export async function carryOut<Id extends FunctionOperationId>(
  client: FunctionTasksClient,
  write: Write<Id>,
  flags: WriteFlags,
  io: Io,
): Promise<OperationResult<Id> | undefined> {
  let prepared: PreparedRequest;
  try {
    prepared = await prepareRequest(client, write.operationId, write.params);
  } catch (error) {
    throw toCliError(error, { ...write.context, ...(write.userTerms ? { userTerms: write.userTerms } : {}) });
  }
  if (flags.dryRun) {
    io.stdout.write(renderRequest(prepared));
    io.stderr.write(`Dry run: nothing was sent (${inert(write.action)}).\n`);
    return undefined;
  }
  if (!(await confirmed(inert(write.action), flags, io))) {
    io.stderr.write('Nothing changed.\n');
    return undefined;
  }
  try {
    return await callOperation(
      client,
      write.operationId,
      write.params,
      io.signal ? { signal: io.signal } : undefined,
    );
  } catch (error) {
    throw toCliError(error, write.context);
  }
}

/**
 * A prepared request as text: the request line, the headers (sorted, as signed), a blank line and the body as it
 * would be sent. Every piece is inert: values the user typed reach the terminal escaped, JSON stays JSON.
 */
export function renderRequest(request: PreparedRequest): string {
  const headers = Object.entries(request.headers)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${inert(name)}: ${inert(String(value))}\n`)
    .join('');
  const body = request.body === undefined ? '' : `\n${inertLines(inertJson(request.body))}\n`;
  return `${inert(request.method)} ${inert(request.url)}\n${headers}${body}`;
}
