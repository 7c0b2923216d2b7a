/**
 * `fntasks resources list|get APP FN [NAME]`: a function's resources through core's `iterateFunctionResources`
 * (ListFunctionResources, every page) or one by name (GetFunctionResource), as a table or detailed view (wire
 * text inert), as data (json, ndjson, yaml: core's `FunctionResource`) or csv.
 */
import type { FunctionResource } from '@fntasks/core';
import { inert, inertLines, toCsv } from '@fntasks/output';
import type { OutputFormat } from '../args.js';
import { toCliError } from '../core-errors.js';
import { formatIsoTime, formatTime, indent } from '../format/fields.js';
import { colors } from '../format/style.js';
import type { GlobalOptions, Io } from '../io.js';
import { MAX_PAGE_SIZE } from '../limits.js';
import { type CommandDeps, clientFor, displayFor, outputFormat } from './shared.js';

/** The app group and function whose resources are meant. */
export interface FunctionArgs {
  readonly appGroup: string;
  readonly functionName: string;
}

/** Options of `resources list`. */
export interface ListResourcesOptions extends GlobalOptions, FunctionArgs {
  readonly type?: string | undefined;
  readonly output?: OutputFormat | undefined;
}

/** Options of `resources get`. */
export interface GetResourceOptions extends GlobalOptions, FunctionArgs {
  readonly resource: string;
  readonly output?: OutputFormat | undefined;
}

/** Core's parameter names as the options and arguments that give them. */
const TERMS: Readonly<Record<string, string>> = {
  appGroupIdentity: 'the app group (first argument)',
  functionName: 'the function (second argument)',
  resourceName: 'resource name (the third argument)',
  resourceType: '--type',
};

type Display = ReturnType<typeof displayFor>;

/** What a resource holds, in a few words: its content's size, or its generators. */
function dataSummary(resource: FunctionResource): string {
  const { content, generators } = resource.data;
  if (generators && generators.length > 0) {
    return `${generators.length} generator${generators.length === 1 ? '' : 's'}: ${generators.map((g) => g.generator).join(', ')}`;
  }
  if (typeof content === 'string') return `${content.length} characters`;
  return '-';
}

/** Renders the resources in `format` (newline-terminated). */
async function renderList(format: OutputFormat, resources: readonly FunctionResource[], display: Display) {
  switch (format) {
    case 'json':
      return (await import('../format/json.js')).renderJson(resources);
    case 'ndjson':
      return (await import('../format/ndjson.js')).renderNdjson(resources);
    case 'yaml':
      return (await import('../format/yaml.js')).renderYaml(resources);
    case 'csv':
      return toCsv(
        [
          [
            'resourceName',
            'resourceType',
            'description',
            'referencedInstances',
            'created',
            'modified',
            'data',
          ],
          ...resources.map((r) => [
            r.resourceName,
            r.resourceType ?? '',
            r.description ?? '',
            r.referencedInstances.join(';'),
            formatIsoTime(r.createTime ?? null, display.utc),
            formatIsoTime(r.modifyTime ?? null, display.utc),
            JSON.stringify(r.data),
          ]),
        ],
        { terminal: display.terminal },
      );
    case 'table': {
      if (resources.length === 0) return 'No resources.\n';
      const { default: Table } = await import('cli-table3');
      const c = colors(display.color);
      const table = new Table({
        head: ['NAME', 'TYPE', 'DATA', 'USED BY', 'MODIFIED', 'DESCRIPTION'].map((h) => c.bold(h)),
        style: { head: [], border: display.color ? ['grey'] : [] },
        chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
      });
      for (const r of resources) {
        table.push([
          inert(r.resourceName),
          inert(r.resourceType ?? '-'),
          inert(dataSummary(r)),
          r.referencedInstances.length > 0 ? inert(r.referencedInstances.join(', ')) : c.dim('-'),
          formatTime(r.modifyTime ?? null, display.utc),
          inert(r.description || '-'),
        ]);
      }
      return `${table.toString()}\n`;
    }
  }
}

/** Lists the resources (every page) and prints them. */
export async function listResources(
  options: ListResourcesOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  const format = outputFormat(options.output, io.stdout, 'table', 'ndjson');
  const client = await clientFor(options, io, deps);
  const resources: FunctionResource[] = [];
  try {
    for await (const resource of client.iterateFunctionResources(
      {
        appGroupIdentity: options.appGroup,
        functionName: options.functionName,
        // The largest page (the API's default is 10): a long list in fewer calls.
        pageSize: MAX_PAGE_SIZE,
        ...(options.type !== undefined ? { resourceType: options.type } : {}),
      } as Parameters<typeof client.iterateFunctionResources>[0],
      io.signal ? { signal: io.signal } : {},
    )) {
      resources.push(resource);
    }
  } catch (error) {
    throw toCliError(error, { options, userTerms: (argument) => TERMS[argument] });
  }
  io.stdout.write(await renderList(format, resources, displayFor(options, io, io.stdout)));
}

/** Prints one resource. */
export async function getResource(
  options: GetResourceOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  const format = outputFormat(options.output, io.stdout, 'table', 'json');
  const client = await clientFor(options, io, deps);
  let resource: FunctionResource;
  try {
    ({ resource } = await client.getFunctionResource(
      {
        appGroupIdentity: options.appGroup,
        functionName: options.functionName,
        resourceName: options.resource,
      },
      io.signal ? { signal: io.signal } : undefined,
    ));
  } catch (error) {
    throw toCliError(error, { options, userTerms: (argument) => TERMS[argument] });
  }
  if (format === 'json') io.stdout.write((await import('../format/json.js')).renderJson(resource));
  else if (format === 'yaml') io.stdout.write((await import('../format/yaml.js')).renderYaml(resource));
  else io.stdout.write(renderResource(resource, displayFor(options, io, io.stdout)));
}

/** The detailed view: labelled lines, then the data (the content as sent, or the generators). */
export function renderResource(resource: FunctionResource, display: Display): string {
  const c = colors(display.color);
  const rows: Array<[string, string]> = [
    ['Resource', inert(resource.resourceName)],
    ['Function', inert(resource.functionName ?? '-')],
    ['Type', inert(resource.resourceType ?? '-')],
    ['Description', inert(resource.description || '-')],
    ['Created', formatTime(resource.createTime ?? null, display.utc)],
    ['Modified', formatTime(resource.modifyTime ?? null, display.utc)],
    [
      'Used by',
      resource.referencedInstances.length > 0
        ? inert(resource.referencedInstances.join(', '))
        : c.dim('(no instance: it can be deleted)'),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${c.bold(label.padEnd(width))}  ${value}`);
  const { content, generators } = resource.data;
  if (generators !== undefined) {
    // One line each: the generator, its input features (name and type), the feature it makes.
    lines.push('', c.bold(`Generators (${generators.length})`));
    const name = Math.max(0, ...generators.map((g) => inert(g.generator).length));
    for (const g of generators) {
      const features = g.input.features.map((f) => `${inert(f.name)} (${inert(f.type)})`).join(', ');
      lines.push(
        `  ${inert(g.generator).padEnd(name)}  ${features || c.dim('(no input)')} → ${inert(g.output)}`,
      );
    }
  }
  if (content !== undefined) {
    lines.push('', c.bold('Content'));
    lines.push(indent(inertLines(String(content))));
  }
  if (resource.warnings.length > 0) {
    lines.push('', c.bold(`Warnings (${resource.warnings.length})`));
    for (const warning of resource.warnings)
      lines.push(`  ${c.yellow('!')} ${inert(JSON.stringify(warning))}`);
  }
  return `${lines.join('\n')}\n`;
}
