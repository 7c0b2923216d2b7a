/** The short human summary: one line per interaction, the problems under it, one line of totals. */
import type { CheckResult, InteractionReport, PactReport, VerifyReport } from './model.js';
import { printable } from './printable.js';

/** Problems shown per check; the JSON and JUnit reports carry all of them. */
const MAX_PROBLEMS = 4;

function checkWord(check: CheckResult): string {
  return check.status === 'passed' ? 'ok' : check.status === 'failed' ? 'FAILED' : 'skipped';
}

function interactionLines(interaction: InteractionReport): string[] {
  const failed = interaction.checks.some((c) => c.status === 'failed');
  const checks = interaction.checks.map((c) => `${c.check} ${checkWord(c)}`).join(', ');
  const states = interaction.states.length
    ? ` (given ${interaction.states.map((s) => JSON.stringify(s.name)).join(' and ')})`
    : '';
  const lines = [
    `  ${failed ? 'FAIL' : 'ok  '} ${printable(interaction.description)}${printable(states)}  [${checks}]`,
  ];
  for (const check of interaction.checks) {
    for (const problem of check.problems.slice(0, MAX_PROBLEMS)) {
      lines.push(`         ${check.check}: ${printable(problem.path)}: ${printable(problem.message)}`);
    }
    const more = check.problems.length - MAX_PROBLEMS;
    if (more > 0)
      lines.push(`         ${check.check}: … and ${more} more (all of them are in --json and --junit)`);
  }
  return lines;
}

/** Each distinct warning of the pact's checks once, with how many interactions had it. */
function warningLines(pact: PactReport): string[] {
  const counts = new Map<string, number>();
  for (const interaction of pact.interactions) {
    for (const check of interaction.checks) {
      for (const warning of check.warnings) {
        const key = `${check.check}: ${warning}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...counts].map(
    ([warning, n]) => `  warning (${n} of ${pact.interactions.length} interactions) ${printable(warning)}`,
  );
}

function pactLines(pact: PactReport): string[] {
  const version = pact.specification === null ? 'from the broker' : `Pact V${pact.specification}`;
  const lines = [
    `${printable(pact.source)}: ${printable(pact.consumer)} -> ${printable(pact.provider)} (${version}, ${pact.interactions.length} interactions)`,
  ];
  for (const warning of pact.warnings) lines.push(`  warning: ${printable(warning)}`);
  for (const error of pact.errors) lines.push(`  ERROR: ${printable(error)}`);
  for (const interaction of pact.interactions) lines.push(...interactionLines(interaction));
  lines.push(...warningLines(pact));
  return lines;
}

/** The summary of a run, ready to print. */
export function formatSummary(report: VerifyReport): string {
  const totals = report.checks
    .map((kind) => {
      const c = report.counts[kind];
      return `${kind}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
    })
    .join('; ');
  return [
    `${report.tool.name} ${report.tool.version} (provider-state catalogue v${report.stateCatalogue})`,
    ...report.pacts.flatMap(pactLines),
    `${report.ok ? 'PASSED' : 'FAILED'}: ${totals}`,
  ].join('\n');
}
