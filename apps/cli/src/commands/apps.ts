/**
 * `fntasks apps`: every application group of the account through core's `iterateAppGroups` (ListAppGroups), as a
 * table (name, type, status, instance, created), as data (json, ndjson, yaml) or csv. Wire text is made inert in
 * the table (and in csv on a terminal); json stays exact JSON.
 */
import type { AppGroup } from '@fntasks/core';
import { inert, toCsv } from '@fntasks/output';
import Table from 'cli-table3';
import type { OutputFormat } from '../args.js';
import { toCliError } from '../core-errors.js';
import { formatIsoTime, formatTime } from '../format/fields.js';
import { colors } from '../format/style.js';
import type { GlobalOptions, Io } from '../io.js';
import { type CommandDeps, clientFor, displayFor, outputFormat } from './shared.js';

/** Options of `apps`. */
export interface AppsOptions extends GlobalOptions {
  readonly name?: string | undefined;
  readonly type?: 'standard' | 'enhanced' | undefined;
  readonly output?: OutputFormat | undefined;
}

/** `created` in ms: the SDK model's example is in seconds, so a value below 1e11 is taken as seconds. */
function createdMs(group: AppGroup): number | null {
  if (group.created === null) return null;
  return group.created < 1e11 ? group.created * 1000 : group.created;
}

/** Renders the groups in `format` (newline-terminated). */
function render(format: OutputFormat, groups: readonly AppGroup[], display: ReturnType<typeof displayFor>) {
  switch (format) {
    case 'json':
      return import('../format/json.js').then(({ renderJson }) => renderJson(groups));
    case 'ndjson':
      return import('../format/ndjson.js').then(({ renderNdjson }) => renderNdjson(groups));
    case 'yaml':
      return import('../format/yaml.js').then(({ renderYaml }) => renderYaml(groups));
    case 'csv':
      return toCsv(
        [
          ['id', 'name', 'type', 'status', 'instanceId', 'chargeType', 'created', 'description'],
          ...groups.map((g) => [
            g.id,
            g.name,
            g.type ?? '',
            g.status ?? '',
            g.instanceId ?? '',
            g.chargeType ?? '',
            formatIsoTime(createdMs(g), display.utc),
            g.description,
          ]),
        ],
        { terminal: display.terminal },
      );
    case 'table': {
      if (groups.length === 0) return 'No application groups.\n';
      const c = colors(display.color);
      const table = new Table({
        head: ['NAME', 'TYPE', 'STATUS', 'INSTANCE', 'CREATED'].map((h) => c.bold(h)),
        style: { head: [], border: display.color ? ['grey'] : [] },
        chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
      });
      for (const g of groups) {
        table.push([
          inert(g.name),
          inert(g.type ?? '-'),
          inert(g.status ?? '-'),
          inert(g.instanceId ?? '-'),
          formatTime(createdMs(g), display.utc),
        ]);
      }
      return `${table.toString()}\n`;
    }
  }
}

/** Lists the application groups and prints them. */
export async function apps(options: AppsOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const format = outputFormat(options.output, io.stdout, 'table', 'ndjson');
  const client = await clientFor(options, io, deps);
  const groups: AppGroup[] = [];
  try {
    for await (const group of client.iterateAppGroups(
      {
        ...(options.name !== undefined ? { name: options.name } : {}),
        ...(options.type !== undefined ? { type: options.type } : {}),
      },
      io.signal ? { signal: io.signal } : {},
    )) {
      groups.push(group);
    }
  } catch (error) {
    throw toCliError(error, { options });
  }
  io.stdout.write(await render(format, groups, displayFor(options, io, io.stdout)));
}
