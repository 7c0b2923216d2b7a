/** The formats of `instance`: a detailed view (every line inert), or the instance as data (json, yaml). */
import { inert, inertLines } from '@fntasks/output';
import type { OutputFormat } from '../args.js';
import type { InstanceDetails } from '../instance-rows.js';
import { printableTask } from './depth.js';
import { type DisplayOptions, formatDuration, formatTime, indent } from './fields.js';
import { lastRunText } from './last-run.js';
import { colorStatus, colors } from './style.js';

/** Renders one instance in `format` (newline-terminated). */
export async function renderInstance(
  format: OutputFormat,
  given: InstanceDetails,
  display: DisplayOptions,
): Promise<string> {
  const details = given.lastRun ? { ...given, lastRun: printableTask(given.lastRun) } : given;
  if (format === 'json') {
    const { renderJson } = await import('./json.js');
    return renderJson(details);
  }
  if (format === 'yaml') {
    const { renderYaml } = await import('./yaml.js');
    return renderYaml(details);
  }
  return renderInstanceDetail(details, display);
}

/** The detailed view: labelled lines, parameters and extendInfo below. */
export function renderInstanceDetail(details: InstanceDetails, display: DisplayOptions): string {
  const c = colors(display.color);
  const state = details.task;
  const rows: Array<[string, string]> = [
    [
      'Instance',
      `${inert(details.instanceName)}${details.isDefault ? ` ${c.green('(default instance)')}` : ''}`,
    ],
    ['Function', inert(details.functionName)],
    ['Model type', inert(details.modelType ?? '-')],
    ['Function type', inert(details.functionType ?? '-')],
    ['Status', inert(details.status ?? '-')],
    ['Source', inert(details.source ?? '-')],
    ['Version', details.versionId === null ? '-' : String(details.versionId)],
    ['Created', details.createTime === null ? '-' : formatTime(details.createTime, display.utc)],
    ['Cron', details.cron ? inert(details.cron) : c.dim('(none: no periodic training)')],
    [
      'Belongs',
      details.belongs
        ? inert(
            `category ${details.belongs.category || '-'}, domain ${details.belongs.domain || '-'}, language ${details.belongs.language || '-'}`,
          )
        : '-',
    ],
    ['Description', inert(details.description || '-')],
    [
      'Training',
      state
        ? `${colorStatus(inert(state.dagStatus), c)}${state.progress === null ? '' : ` ${state.progress}%`}${state.lastRunTime === null ? '' : `, last run took ${formatDuration(state.lastRunTime)}`}`
        : '-',
    ],
    [
      'Last run',
      details.lastRun ? lastRunText(details, display.utc, (s) => colorStatus(s, c)) : c.dim('never'),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${c.bold(label.padEnd(width))}  ${value}`);
  for (const [title, parameters] of [
    ['Create parameters', details.createParameters],
    ['Usage parameters', details.usageParameters],
  ] as const) {
    lines.push('', c.bold(`${title} (${parameters.length})`));
    if (parameters.length === 0) lines.push(`  ${c.dim('(none)')}`);
    for (const parameter of parameters) lines.push(`  ${inert(parameter.name)} = ${inert(parameter.value)}`);
  }
  lines.push('', c.bold('Extend info'));
  if (details.extendInfo) lines.push(indent(inertLines(JSON.stringify(details.extendInfo, null, 2))));
  else if (details.extendInfoRaw !== null)
    lines.push(`  ${inert(details.extendInfoRaw)}  ${c.dim('(shown as sent)')}`);
  else lines.push(`  ${c.dim('(none)')}`);
  if (details.warnings.length > 0) {
    lines.push('', c.bold(`Warnings (${details.warnings.length})`));
    for (const warning of details.warnings)
      lines.push(`  ${c.yellow('!')} ${inert(JSON.stringify(warning))}`);
  }
  return `${lines.join('\n')}\n`;
}
