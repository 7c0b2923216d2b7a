/**
 * `fntasks delete APP FN INST GEN`: deletes a finished run (DeleteFunctionTask) through write.ts: it asks first
 * when someone can answer (stdin is a terminal), otherwise it needs `--yes`; `--dry-run` prints the request. The
 * service refuses a running run (`Task.UnableDelete`), reported with its code (exit 4).
 */

import { inert } from '@fntasks/output';
import { OPERATION_ID } from '@fntasks/protocol';
import type { GlobalOptions, Io } from '../io.js';
import { carryOut, checkAnswerable, type WriteFlags } from '../write.js';
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
export interface DeleteOptions extends GlobalOptions, InstanceArgs, WriteFlags {
  /** The run's generation. */
  readonly generation: string;
}

/** Deletes the run after confirmation; says what it did. */
export async function deleteRun(options: DeleteOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  checkAnswerable(options, io, 'delete');
  const client = await clientFor(options, io, deps);
  // The question names the instance `@default` stands for: the user confirms what will be deleted.
  const target = await resolveTarget(client, options, io);
  const what = `run generation ${options.generation} of ${instanceLabel(target)}`;
  const done = await carryOut(
    client,
    {
      operationId: OPERATION_ID.DeleteFunctionTask,
      params: { ...instanceParams(target), generation: options.generation },
      action: `Delete ${what}`,
      context: contextOf(target),
    },
    options,
    io,
  );
  if (done) io.stderr.write(`Deleted ${inert(what)}.\n`);
}
