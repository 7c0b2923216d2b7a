/** The JUnit and summary writers on a hand-made report: structure, escaping, and no raw control characters. */
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../src/report/junit.js';
import { type PactReport, summarise, type VerifyReport } from '../src/report/model.js';
import { formatSummary } from '../src/report/summary.js';

const pact: PactReport = {
  source: 'pacts/a.json',
  consumer: 'team <a>',
  provider: 'opensearch-function-tasks',
  specification: 3,
  interactions: [
    {
      description: 'a request \u001b[31mred\u001b[0m',
      states: [{ name: 'an instance with tasks', params: {} }],
      request: { method: 'GET', path: '/x' },
      checks: [
        { check: 'spec', status: 'passed', problems: [], warnings: [] },
        {
          check: 'provider',
          status: 'failed',
          problems: [
            { path: '$.result', message: 'missing <result> & more' },
            { path: 'status', message: 'expected 200 but was 404' },
          ],
          warnings: [],
        },
      ],
    },
  ],
  warnings: [],
  errors: [],
};
const report: VerifyReport = {
  tool: { name: 'fntasks-contract', version: '0.0.0' },
  stateCatalogue: '1.2',
  checks: ['spec', 'provider'],
  pacts: [pact],
  ...summarise([pact]),
};

describe('formatJunit', () => {
  const xml = formatJunit(report);

  it('writes a test case per interaction and check, with the failures counted', () => {
    expect(xml).toMatch(/<testsuites name="fntasks-contract 0.0.0" tests="2" failures="1" errors="0">/);
    expect(xml.match(/<testcase /g)).toHaveLength(2);
  });

  it('escapes XML, shows control characters visibly, and keeps one problem per line', () => {
    expect(xml).toContain('classname="team &lt;a&gt;.provider"');
    expect(xml).toContain('name="provider: a request \\x1b[31mred\\x1b[0m"');
    expect(xml).toContain(
      '<failure message="$.result: missing &lt;result&gt; &amp; more">$.result: missing &lt;result&gt; &amp; more\nstatus: expected 200 but was 404</failure>',
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting none is there.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe('formatSummary', () => {
  it('names the failing interaction, the check and the path, and ends with the totals', () => {
    const text = formatSummary(report);
    expect(text).toContain(
      '  FAIL a request \\x1b[31mred\\x1b[0m (given "an instance with tasks")  [spec ok, provider FAILED]',
    );
    expect(text).toContain('         provider: $.result: missing <result> & more');
    expect(text.split('\n').at(-1)).toBe('FAILED: spec: 1 passed, 0 failed; provider: 0 passed, 1 failed');
  });
});
