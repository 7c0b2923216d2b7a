/**
 * `fntasks versions current|get`: one version of a function (GetFunctionCurrentVersion for a model type, or
 * GetFunctionVersion by id) as a detailed view — its name and id, and the create and usage parameters an instance
 * of it takes, with their dependencies — or as data (json, yaml: core's `FunctionVersion`).
 */
import type { FunctionVersion } from '@fntasks/core';
import { inert } from '@fntasks/output';
import type { OutputFormat } from '../args.js';
import { toCliError } from '../core-errors.js';
import { colors } from '../format/style.js';
import type { GlobalOptions, Io } from '../io.js';
import { type CommandDeps, clientFor, displayFor, outputFormat } from './shared.js';

/** Options of `versions current`. */
export interface CurrentVersionOptions extends GlobalOptions {
  readonly functionName: string;
  readonly modelType: string;
  readonly functionType?: string | undefined;
  readonly domain?: string | undefined;
  readonly category?: string | undefined;
  readonly output?: OutputFormat | undefined;
}

/** Options of `versions get`. */
export interface GetVersionOptions extends GlobalOptions {
  readonly functionName: string;
  readonly versionId: string;
  readonly output?: OutputFormat | undefined;
}

/** Core's parameter names as the options and arguments that give them. */
const TERMS: Readonly<Record<string, string>> = {
  functionName: 'the function (first argument)',
  versionId: 'the version id (second argument)',
  modelType: '--model-type',
  functionType: '--function-type',
  domain: '--domain',
  category: '--category',
};

/** Prints the current version for a model type. */
export async function currentVersion(
  options: CurrentVersionOptions,
  io: Io,
  deps: CommandDeps = {},
): Promise<void> {
  const client = await clientFor(options, io, deps);
  let version: FunctionVersion;
  try {
    // Core checks the enums (model type, function type, domain) before sending.
    ({ version } = await client.getFunctionCurrentVersion(
      {
        functionName: options.functionName,
        modelType: options.modelType,
        ...(options.functionType !== undefined ? { functionType: options.functionType } : {}),
        ...(options.domain !== undefined ? { domain: options.domain } : {}),
        ...(options.category !== undefined ? { category: options.category } : {}),
      } as Parameters<typeof client.getFunctionCurrentVersion>[0],
      io.signal ? { signal: io.signal } : undefined,
    ));
  } catch (error) {
    throw toCliError(error, { options, userTerms: (argument) => TERMS[argument] });
  }
  await print(version, options, io);
}

/** Prints one version by id. */
export async function getVersion(options: GetVersionOptions, io: Io, deps: CommandDeps = {}): Promise<void> {
  const client = await clientFor(options, io, deps);
  let version: FunctionVersion;
  try {
    ({ version } = await client.getFunctionVersion(
      { functionName: options.functionName, versionId: options.versionId },
      io.signal ? { signal: io.signal } : undefined,
    ));
  } catch (error) {
    throw toCliError(error, { options, userTerms: (argument) => TERMS[argument] });
  }
  await print(version, options, io);
}

async function print(
  version: FunctionVersion,
  options: GlobalOptions & { output?: OutputFormat | undefined },
  io: Io,
) {
  const format = outputFormat(options.output, io.stdout, 'table', 'json');
  if (format === 'json') {
    const { renderJson } = await import('../format/json.js');
    io.stdout.write(renderJson(version));
  } else if (format === 'yaml') {
    const { renderYaml } = await import('../format/yaml.js');
    io.stdout.write(renderYaml(version));
  } else {
    io.stdout.write(renderVersion(version, displayFor(options, io, io.stdout).color));
  }
}

/** The detailed view: labelled lines, then each parameter list; every wire string inert. */
export function renderVersion(version: FunctionVersion, color: boolean): string {
  const c = colors(color);
  const rows: Array<[string, string]> = [
    ['Function', inert(version.functionName)],
    [
      'Version',
      `${version.versionId ?? '-'}${version.versionName ? ` (${inert(version.versionName)})` : ''}`,
    ],
    ['Model type', inert(version.modelType ?? '-')],
    ['Function type', inert(version.functionType ?? '-')],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${c.bold(label.padEnd(width))}  ${value}`);
  const config = version.versionConfig;
  for (const [title, parameters] of [
    ['Create parameters', config.createParameters],
    ['Usage parameters', config.usageParameters],
  ] as const) {
    lines.push('', c.bold(`${title} (${parameters.length})`));
    if (parameters.length === 0) lines.push(`  ${c.dim('(none)')}`);
    for (const parameter of parameters) {
      lines.push(`  ${inert(parameter.name)}${parameter.required ? ` ${c.yellow('required')}` : ''}`);
      for (const [key, value] of [
        ['formItemProps', parameter.formItemProps],
        ['componentProps', parameter.componentProps],
      ] as const) {
        if (value !== undefined && value !== null) {
          lines.push(`    ${key}: ${inert(typeof value === 'string' ? value : JSON.stringify(value))}`);
        }
      }
    }
  }
  lines.push('', c.bold(`Depends (${config.depends.length})`));
  if (config.depends.length === 0) lines.push(`  ${c.dim('(none)')}`);
  for (const depend of config.depends) {
    lines.push(
      `  ${inert(depend.dependency)}${depend.condition ? ` when ${inert(depend.condition)}` : ''}${depend.description ? `: ${inert(depend.description)}` : ''}`,
    );
  }
  if (version.warnings.length > 0) {
    lines.push('', c.bold(`Warnings (${version.warnings.length})`));
    for (const warning of version.warnings)
      lines.push(`  ${c.yellow('!')} ${inert(JSON.stringify(warning))}`);
  }
  return `${lines.join('\n')}\n`;
}
