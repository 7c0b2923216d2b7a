/** The `table` format of `get`: one task in full, `extendInfo` pretty-printed, errors and warnings listed. */
import { type FunctionTask, taskDurationMs, taskErrorMessages } from '@fntasks/core';
import { inert, inertLines } from '@fntasks/output';
import { type DisplayOptions, formatDuration, formatTime, indent } from './fields.js';
import { colorStatus, colors, progressBar } from './style.js';

/** Renders one task as labelled lines (with a trailing newline). */
export function renderDetail(task: FunctionTask, options: DisplayOptions): string {
  const c = colors(options.color);
  const duration = taskDurationMs(task, options.now);
  const rows: Array<[string, string]> = [
    ['Function', inert(task.functionName)],
    ['Run id', inert(task.runId)],
    ['Generation', inert(task.generation ?? '-')],
    ['Status', colorStatus(inert(task.status), c)],
    ['Progress', task.status === 'running' ? progressBar(task.progress, 20, c) : `${task.progress}%`],
    ['Started', formatTime(task.startTime, options.utc)],
    ['Ended', task.endTime === null ? '- (still running)' : formatTime(task.endTime, options.utc)],
    [
      'Duration',
      duration === null ? '-' : formatDuration(duration) + (task.endTime === null ? ' so far' : ''),
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${c.bold(label.padEnd(width))}  ${value}`);

  lines.push('', c.bold('Extend info'));
  if (task.extendInfo) {
    lines.push(indent(inertLines(JSON.stringify(task.extendInfo, null, 2))));
  } else if (task.extendInfoRaw !== null) {
    const why = task.warnings.some((w) => w.kind === 'extend-info-too-deep')
      ? 'nested too deep to show parsed'
      : 'not valid JSON';
    lines.push(indent(`${inert(task.extendInfoRaw)}  ${c.dim(`(${why}, shown as sent)`)}`));
  } else {
    lines.push(indent(c.dim('(none)')));
  }

  const errors = taskErrorMessages(task);
  lines.push('', c.bold(`Errors (${errors.length})`));
  lines.push(
    errors.length === 0
      ? indent(c.dim('(none)'))
      : errors.map((e) => indent(`${c.red('✖')} ${inert(e)}`)).join('\n'),
  );

  if (task.warnings.length > 0) {
    lines.push('', c.bold(`Warnings (${task.warnings.length})`));
    for (const warning of task.warnings)
      lines.push(indent(`${c.yellow('!')} ${inert(describeWarning(warning))}`));
  }
  return `${lines.join('\n')}\n`;
}

/** One line for a normaliser warning. */
export function describeWarning(warning: FunctionTask['warnings'][number]): string {
  switch (warning.kind) {
    case 'unknown-status':
      return `undocumented status ${JSON.stringify(warning.value)}`;
    case 'invalid-extend-info':
      return `extendInfo is not valid JSON (${warning.reason})`;
    case 'extend-info-too-deep':
      return `extendInfo nests deeper than ${warning.maxDepth} levels; kept as the raw text`;
    case 'double-encoded-extend-info':
      return 'extendInfo was JSON-encoded twice';
    case 'coerced-field':
      return `field ${warning.field} had the wrong type (${JSON.stringify(warning.value)}) and was converted`;
    case 'missing-field':
      return `field ${warning.field} was missing`;
    default:
      return JSON.stringify(warning);
  }
}
