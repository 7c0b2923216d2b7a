/**
 * `fntasks delete APP FN INST GEN`: deletes a finished run (DeleteFunctionTask). It asks first when someone can
 * answer (stdin is a terminal); otherwise it needs `--yes`. The service refuses a running run
 * (`Task.UnableDelete`), reported with its code (exit 4).
 */
import { inert } from '@fntasks/output';
import { toCliError } from '../core-errors.js';
import { UsageError } from '../errors.js';
import type { GlobalOptions, Io } from '../io.js';
import {
  type CommandDeps,
  clientFor,
  contextOf,
  type InstanceArgs,
  instanceLabel,
  instanceParams,
} from './shared.js';

/** Options of `delete`. */
export interface DeleteOptions extends GlobalOptions, InstanceArgs {
  /** The run's generation. */
  readonly generation: string;
  /** Do not ask. */
  readonly yes: boolean;
}

/** Deletes the run after confirmation; says what it did. */
export async function deleteRun(options: DeleteOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const what = `run generation ${options.generation} of ${inert(instanceLabel(options))}`;
  if (!options.yes) {
    if (!io.stdin?.isTTY) {
      throw new UsageError(`delete asks before deleting, and stdin is not a terminal: nobody can answer.`, {
        hint: 'Add --yes to delete without asking.',
      });
    }
    const answer = await io.stdin.question(`Delete ${what}? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) {
      io.stderr.write('Nothing deleted.\n');
      return;
    }
  }
  const client = await clientFor(options, io, deps);
  try {
    await client.deleteFunctionTask(
      { ...instanceParams(options), generation: options.generation },
      io.signal ? { signal: io.signal } : undefined,
    );
  } catch (error) {
    throw toCliError(error, contextOf(options));
  }
  io.stderr.write(`Deleted ${what}.\n`);
}
