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
import { resolveTarget } from './target.js';

/** Options of `delete`. */
export interface DeleteOptions extends GlobalOptions, InstanceArgs {
  /** The run's generation. */
  readonly generation: string;
  /** Do not ask. */
  readonly yes: boolean;
}

/** Deletes the run after confirmation; says what it did. */
export async function deleteRun(options: DeleteOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  if (!options.yes && !io.stdin?.isTTY) {
    throw new UsageError(`delete asks before deleting, and stdin is not a terminal: nobody can answer.`, {
      hint: 'Add --yes to delete without asking.',
    });
  }
  const client = await clientFor(options, io, deps);
  // The question names the instance `@default` stands for: the user confirms what will be deleted.
  const target = await resolveTarget(client, options, io);
  const what = `run generation ${options.generation} of ${inert(instanceLabel(target))}`;
  if (!options.yes && io.stdin?.isTTY) {
    const answer = await io.stdin.question(`Delete ${what}? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) {
      io.stderr.write('Nothing deleted.\n');
      return;
    }
  }
  try {
    await client.deleteFunctionTask(
      { ...instanceParams(target), generation: options.generation },
      io.signal ? { signal: io.signal } : undefined,
    );
  } catch (error) {
    throw toCliError(error, contextOf(target));
  }
  io.stderr.write(`Deleted ${what}.\n`);
}
