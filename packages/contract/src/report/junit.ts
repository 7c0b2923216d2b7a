/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, GitHub test reporters): a `testsuite` per pact, a
 * `testcase` per interaction and check, `failure` with the problems, `skipped` for what did not run.
 */
import type { PactReport, VerifyReport } from './model.js';
import { xmlText } from './printable.js';

function suite(pact: PactReport, index: number): { xml: string; tests: number; failures: number } {
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const interaction of pact.interactions) {
    for (const check of interaction.checks) {
      const name = xmlText(`${check.check}: ${interaction.description}`);
      const classname = xmlText(`${pact.consumer}.${check.check}`);
      const open = `    <testcase classname="${classname}" name="${name}">`;
      if (check.status === 'failed') {
        failures += 1;
        const first = check.problems[0];
        const message = first ? `${first.path}: ${first.message}` : 'failed';
        const body = check.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
        cases.push(
          `${open}\n      <failure message="${xmlText(message)}">${xmlText(body, true)}</failure>\n    </testcase>`,
        );
      } else if (check.status === 'skipped') {
        skipped += 1;
        cases.push(
          `${open}\n      <skipped message="${xmlText(check.reason ?? 'skipped')}"/>\n    </testcase>`,
        );
      } else {
        cases.push(`${open}</testcase>`);
      }
    }
  }
  for (const error of pact.errors) {
    failures += 1;
    cases.push(
      `    <testcase classname="${xmlText(pact.consumer)}" name="${xmlText(`pact: ${pact.source}`)}">\n      <failure message="${xmlText(error)}"/>\n    </testcase>`,
    );
  }
  const warnings = pact.warnings.length
    ? `\n    <system-out>${xmlText(pact.warnings.map((w) => `warning: ${w}`).join('; '))}</system-out>`
    : '';
  const name = xmlText(`${pact.consumer} -> ${pact.provider} (${pact.source})`);
  const xml = `  <testsuite id="${index}" name="${name}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join('\n')}${warnings}\n  </testsuite>`;
  return { xml, tests: cases.length, failures };
}

/** The JUnit XML document of a run. */
export function formatJunit(report: VerifyReport): string {
  const suites = report.pacts.map(suite);
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const name = xmlText(`${report.tool.name} ${report.tool.version}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${name}" tests="${tests}" failures="${failures}" errors="0">\n${suites.map((s) => s.xml).join('\n')}\n</testsuites>\n`;
}
