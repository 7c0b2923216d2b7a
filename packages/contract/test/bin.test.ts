/**
 * `fntasks-contract verify` as another team runs it: the worked pact-jvm example passes, its mutation fails
 * naming the interaction and the path, reports are written, usage errors exit 2 naming the file and why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../src/report/model.js';
import {
  EXAMPLE_PACT,
  MUTATED_EXAMPLE_PACT,
  reportPath,
  runBin,
  shown,
  V2_EXAMPLE_PACT,
  V2_MUTATED_EXAMPLE_PACT,
} from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'fntasks-contract-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The parts of the example pact the tests edit. */
interface ExamplePact {
  provider: { name: string };
  interactions: { providerStates: { name: string; params: Record<string, unknown> }[] }[];
  metadata: { pactSpecification: { version: string } };
}

/** A copy of the example pact, edited by `edit`, written to a scratch file. */
function examplePact(name: string, edit: (pact: ExamplePact) => void): string {
  const pact = JSON.parse(readFileSync(EXAMPLE_PACT, 'utf8')) as ExamplePact;
  edit(pact);
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(pact, null, 2));
  return file;
}

describe('the V2 example recorded with the Ruby mock service: every operation in both casings', () => {
  it('passes both checks: the "(PascalCase)" state variants answer in PascalCase', async () => {
    const run = await runBin('example-v2', ['verify', V2_EXAMPLE_PACT]);
    expect(run.code, shown(run)).toBe(0);
    expect(run.stdout).toMatch(
      /python-ranking-job -> opensearch-function-tasks \(Pact V2, 14 interactions\)/,
    );
    expect(run.stdout).toMatch(/^PASSED: spec: 14 passed, 0 failed; provider: 14 passed, 0 failed$/m);
    for (const operation of [
      'ListFunctionTasks',
      'GetFunctionTask',
      'CreateFunctionTask',
      'DeleteFunctionTask',
      'ListFunctionInstances',
      'GetFunctionInstance',
      'GetFunctionDefaultInstance',
    ]) {
      expect(run.stdout).toMatch(
        new RegExp(`ok   .*\\(${operation}, camelCase answer\\) \\(given "[^"]+"\\)`),
      );
      expect(run.stdout).toMatch(
        new RegExp(`ok   .*\\(${operation}, PascalCase answer\\) \\(given "[^"]+ \\(PascalCase\\)"\\)`),
      );
    }
  });

  it('its mutated copy (Results for Result) fails, naming the interaction', async () => {
    const run = await runBin('mutated-v2', ['verify', V2_MUTATED_EXAMPLE_PACT]);
    expect(run.code, shown(run)).toBe(1);
    expect(run.stdout).toMatch(
      /^ {2}FAIL a page of training runs \(ListFunctionTasks, PascalCase answer\) \(given "an instance with tasks \(PascalCase\)"\) {2}\[spec FAILED, provider FAILED\]$/m,
    );
    expect(run.stdout).toMatch(/^ +provider: \$: Actual map is missing the following keys: Results$/m);
    expect(run.stdout).toMatch(/^FAILED: spec: 13 passed, 1 failed; provider: 13 passed, 1 failed$/m);
  });

  it('warns about a prefix regex the Ruby verifier passed, naming the rule and the fix', async () => {
    const pact = JSON.parse(readFileSync(V2_EXAMPLE_PACT, 'utf8'));
    pact.interactions = pact.interactions.slice(0, 2);
    pact.interactions[0].response.matchingRules['$.headers.Content-Type'].regex = '^application/json';
    const file = join(scratch, 'prefix-regex.json');
    writeFileSync(file, JSON.stringify(pact, null, 2));
    const run = await runBin('prefix-regex', ['verify', '--provider-only', file]);
    // The whole-value match fails on the emulator's `application/json;charset=utf-8`, as in any Pact core verifier.
    expect(run.code, shown(run)).toBe(1);
    expect(run.stdout).toMatch(/Expected 'application\/json;charset=utf-8' to match '\^application\/json'/);
    expect(run.stdout).toContain(
      'warning (1 of 2 interactions) provider: matching rule response.matchingRules.$.headers.Content-Type: regex "^application/json" is matched against the whole value by the Pact core (pact-js, the Rust and JVM verifiers), not as a prefix as the Ruby verifier does; a longer value fails it: write "^application/json.*"',
    );
  });
});

describe('the worked pact-jvm example', () => {
  it('passes both checks, with a summary, JUnit XML and a JSON report', async () => {
    const junit = reportPath('example.junit.xml');
    const json = reportPath('example.report.json');
    const run = await runBin('example', ['verify', EXAMPLE_PACT, '--junit', junit, '--json', json]);
    expect(run.code, shown(run)).toBe(0);
    expect(run.stdout).toMatch(/ranking-service -> opensearch-function-tasks \(Pact V3, 5 interactions\)/);
    expect(run.stdout).toMatch(/^PASSED: spec: 5 passed, 0 failed; provider: 5 passed, 0 failed$/m);
    // A consumer that records no signing headers gets a warning, not a failure.
    expect(run.stdout).toMatch(/warning .*request\.authorization\.missing/);

    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites [^>]*tests="10" failures="0"/,
    );
    expect(xml.match(/<testcase /g)).toHaveLength(10);
    expect(xml).toContain(
      '<testcase classname="ranking-service.provider" name="provider: a page of training tasks read by the Java ranking service">',
    );

    const report = JSON.parse(readFileSync(json, 'utf8')) as VerifyReport;
    expect(report.ok).toBe(true);
    expect(report.stateCatalogue).toBe('1.2');
    expect(report.pacts[0]?.interactions[0]?.states).toEqual([
      {
        name: 'an instance with tasks',
        params: {
          appGroupIdentity: 'ranking-app',
          functionName: 'ctr',
          instanceName: 'ctr_ranking',
          succeeded: 3,
          failed: 1,
          casing: 'pascal',
        },
      },
    ]);
  });

  it('fails when mutated to expect `Results`, naming the interaction and the path', async () => {
    const junit = reportPath('mutated.junit.xml');
    const run = await runBin('mutated', ['verify', MUTATED_EXAMPLE_PACT, '--junit', junit]);
    expect(run.code, shown(run)).toBe(1);
    expect(run.stdout).toMatch(
      /^ {2}FAIL a page of training tasks read by the Java ranking service \(expects Results\) .*\[spec FAILED, provider FAILED\]$/m,
    );
    expect(run.stdout).toMatch(/^ +provider: \$: Actual map is missing the following keys: Results$/m);
    expect(run.stdout).toMatch(/^ +spec: response\.body: response\.body\.incompatible: /m);
    // The other interactions still pass: the failure is the mutation's alone.
    expect(run.stdout).toMatch(/^FAILED: spec: 4 passed, 1 failed; provider: 4 passed, 1 failed$/m);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/failures="2"/);
    expect(xml).toContain('<failure message="$: Actual map is missing the following keys: Results">');
  });
});

describe('one half at a time', () => {
  it('--spec-only checks the spec and starts no provider', async () => {
    const run = await runBin('spec-only', ['verify', MUTATED_EXAMPLE_PACT, '--spec-only']);
    expect(run.code, shown(run)).toBe(1);
    expect(run.stdout).toMatch(/^FAILED: spec: 4 passed, 1 failed$/m);
    expect(run.stdout).not.toMatch(/provider (ok|FAILED)|provider:/);
  });

  it('--provider-only verifies against the emulator only', async () => {
    const run = await runBin('provider-only', ['verify', EXAMPLE_PACT, '--provider-only']);
    expect(run.code, shown(run)).toBe(0);
    expect(run.stdout).toMatch(/^PASSED: provider: 5 passed, 0 failed$/m);
  });

  it('refuses both at once (exit 2)', async () => {
    const run = await runBin('both-only', ['verify', EXAMPLE_PACT, '--spec-only', '--provider-only']);
    expect(run.code, shown(run)).toBe(2);
    expect(run.stderr).toMatch(/--spec-only.*cannot be used with.*--provider-only/);
  });
});

describe('pacts from any implementation and version', () => {
  it('accepts a V2 pact (one providerState text, no parameters: the defaults apply)', async () => {
    // As pact-python 1.x writes one: `providerState`, a query string, V2 matching rules under `$.body`.
    const file = join(scratch, 'python-consumer.json');
    writeFileSync(
      file,
      JSON.stringify({
        consumer: { name: 'notebook-job' },
        provider: { name: 'opensearch-function-tasks' },
        interactions: [
          {
            description: 'the tasks of an instance, read by a notebook job',
            providerState: 'an instance with tasks',
            request: {
              method: 'GET',
              path: '/v4/openapi/app-groups/my-app/functions/ctr/instances/ctr_test/tasks',
              query: 'pageSize=10',
            },
            response: {
              status: 200,
              headers: { 'Content-Type': 'application/json' },
              body: {
                requestId: 'r-1',
                totalCount: 3,
                result: [
                  {
                    functionName: 'ctr',
                    runId: 'trigger__2025-11-28T02:00:00',
                    generation: '3',
                    status: 'success',
                    progress: 100,
                    startTime: 1764295200000,
                    endTime: 1764296400000,
                    extendInfo: '{"recall":82,"errors":[]}',
                  },
                ],
              },
              matchingRules: {
                '$.headers.Content-Type': { match: 'regex', regex: 'application/json.*' },
                '$.body.requestId': { match: 'type' },
                '$.body.totalCount': { match: 'type' },
                '$.body.result': { match: 'type', min: 1 },
                '$.body.result[*].*': { match: 'type' },
              },
            },
          },
        ],
        metadata: { pactSpecification: { version: '2.0.0' } },
      }),
    );
    const run = await runBin('v2', ['verify', file]);
    expect(run.code, shown(run)).toBe(0);
    expect(run.stdout).toMatch(/notebook-job -> opensearch-function-tasks \(Pact V2, 1 interactions\)/);
  });

  it('verifies the V4 pact of fntasks-core (pact-js), with aliases for its given texts', async () => {
    const run = await runBin('core-pact', [
      'verify',
      join('..', '..', 'pacts', 'fntasks-core-opensearch-function-tasks.json'),
    ]);
    expect(run.code, shown(run)).toBe(0);
    expect(run.stdout).toMatch(/fntasks-core -> opensearch-function-tasks \(Pact V4, \d+ interactions\)/);
    expect(run.stdout).not.toMatch(/FAIL/);
  });

  it('warns, not fails, when the pact names another provider', async () => {
    const file = examplePact('other-provider.json', (pact) => {
      pact.provider = { name: 'opensearch' };
    });
    const run = await runBin('other-provider', ['verify', file, '--spec-only']);
    expect(run.code, shown(run)).toBe(0);
    expect(run.stdout).toContain(
      `warning: the pact's provider is "opensearch", not "opensearch-function-tasks": verified as opensearch-function-tasks anyway`,
    );
  });
});

describe('provider states', () => {
  it('fails an interaction whose state is not in the catalogue, listing the catalogue', async () => {
    const file = examplePact('unknown-state.json', (pact) => {
      (pact.interactions[0] as ExamplePact['interactions'][0]).providerStates = [
        { name: 'an instance with lots of tasks', params: {} },
      ];
    });
    const run = await runBin('unknown-state', ['verify', file, '--provider-only']);
    expect(run.code, shown(run)).toBe(1);
    expect(run.stdout).toMatch(
      /provider: providerStates: unknown provider state "an instance with lots of tasks"; the catalogue \(v1\.2\) has: "an instance with tasks" \(appGroupIdentity, functionName, instanceName, succeeded, failed, running, casing\); "an instance with no tasks"/,
    );
  });

  it('fails an interaction whose state parameter is wrong, naming the parameter and what is allowed', async () => {
    const file = examplePact('bad-param.json', (pact) => {
      const given = pact.interactions[0]?.providerStates[0];
      if (given) given.params.casing = 'kebab';
    });
    const run = await runBin('bad-param', ['verify', file, '--provider-only']);
    expect(run.code, shown(run)).toBe(1);
    expect(run.stdout).toContain(
      'state "an instance with tasks" could not be set up: state "an instance with tasks": parameter casing must be "camel" or "pascal", got "kebab"',
    );
  });
});

describe('the Pact Broker path', () => {
  it('hands the broker settings to the verifier, and an unreachable broker fails the run without showing the token', async () => {
    // No broker runs on these machines: a closed port proves the settings reach pact's broker client.
    const run = await runBin('broker', [
      'verify',
      '--broker-url',
      'http://127.0.0.1:9',
      '--broker-token',
      'tok-123-secret',
    ]);
    expect(run.code, shown(run)).toBe(1);
    expect(run.stdout).toMatch(
      /ERROR: provider verification: No pacts found for provider 'opensearch-function-tasks' .*in pact broker 'http:\/\/127\.0\.0\.1:9'/,
    );
    expect(run.stdout).toMatch(/^FAILED: provider: 0 passed, 0 failed$/m);
    expect(`${run.stdout}${run.stderr}`).not.toContain('tok-123-secret');
  });
});

describe('usage errors exit 2 and say which file and why', () => {
  const cases: { name: string; file: () => string; message: RegExp }[] = [
    {
      name: 'a missing file',
      file: () => join(scratch, 'nope.json'),
      message: /cannot read pact file .*nope\.json: no such file/,
    },
    {
      name: 'a file that is not JSON',
      file: () => {
        const f = join(scratch, 'broken.json');
        writeFileSync(f, '{"consumer": ');
        return f;
      },
      message: /broken\.json is not a Pact file: it is not valid JSON/,
    },
    {
      name: 'a symlink to /etc/passwd, refused without quoting it',
      file: () => {
        const f = join(scratch, 'passwd-link.json');
        symlinkSync('/etc/passwd', f);
        return f;
      },
      message: /passwd-link\.json is not a Pact file: it is not valid JSON\n/,
    },
    {
      name: 'a symlink to a device that never ends',
      file: () => {
        const f = join(scratch, 'zero-link.json');
        symlinkSync('/dev/zero', f);
        return f;
      },
      message: /cannot read pact file .*zero-link\.json: it is not a regular file\n/,
    },
    {
      name: 'a FIFO, that would block a read',
      file: () => {
        const f = join(scratch, 'fifo.json');
        execFileSync('mkfifo', [f]);
        return f;
      },
      message: /cannot read pact file .*fifo\.json: it is not a regular file\n/,
    },
    {
      name: 'JSON that is not a pact',
      file: () => {
        const f = join(scratch, 'package.json');
        writeFileSync(f, '{"name": "x"}');
        return f;
      },
      message: /package\.json is not a Pact file: it has no consumer\.name/,
    },
    {
      name: 'a pact of an unknown specification version',
      file: () =>
        examplePact('v9.json', (pact) => {
          pact.metadata.pactSpecification.version = '9.0.0';
        }),
      message: /v9\.json is not a Pact file: its Pact specification version "9\.0\.0" is not 2, 3 or 4/,
    },
  ];
  for (const c of cases) {
    it(`for ${c.name}`, async () => {
      const run = await runBin(`usage-${c.name.replace(/\W+/g, '-')}`, ['verify', c.file()]);
      expect(run.code, shown(run)).toBe(2);
      expect(run.stderr).toMatch(c.message);
      expect(run.stderr).not.toMatch(/root:/);
      expect(run.stdout).toBe('');
    });
  }

  const outputCases = [
    {
      name: 'a folder that cannot be created (/proc)',
      option: '--junit',
      file: () => '/proc/self/nope/x.xml',
      message:
        /cannot write --junit \/proc\/self\/nope\/x\.xml: cannot create the folder \/proc\/self\/nope \(that place holds no folders\)\n/,
    },
    {
      name: 'a path through a file',
      option: '--verifier-log',
      file: () => {
        writeFileSync(join(scratch, 'plain'), '');
        return join(scratch, 'plain', 'x.log');
      },
      message: /cannot write --verifier-log .*plain\/x\.log: .*plain is not a folder\n/,
    },
    {
      name: 'a folder',
      option: '--junit',
      file: () => scratch,
      message: /cannot write --junit .*: it is a folder\n/,
    },
  ];
  for (const c of outputCases) {
    it(`for an unwritable report path: ${c.name}, before any verification starts`, async () => {
      const json = join(scratch, `not-written-${c.name.replace(/\W+/g, '-')}`, 'report.json');
      const run = await runBin(`usage-output-${c.name.replace(/\W+/g, '-')}`, [
        'verify',
        EXAMPLE_PACT,
        '--json',
        json,
        c.option,
        c.file(),
      ]);
      expect(run.code, shown(run)).toBe(2);
      expect(run.stderr).toMatch(c.message);
      expect(run.stdout).toBe('');
      expect(existsSync(json)).toBe(false);
    });
  }

  it('for two reports naming one file', async () => {
    const file = join(scratch, 'same.out');
    const run = await runBin('usage-same-file', ['verify', EXAMPLE_PACT, '--json', file, '--junit', file]);
    expect(run.code, shown(run)).toBe(2);
    expect(run.stderr).toMatch(/--junit and --json both name .*same\.out: give each report its own file/);
  });

  it('for no pact files and no broker', async () => {
    const run = await runBin('usage-none', ['verify'], scratch);
    expect(run.code, shown(run)).toBe(2);
    expect(run.stderr).toMatch(/no pact files given/);
  });

  it('for --publish-verification-results without a provider version', async () => {
    const run = await runBin('usage-publish', [
      'verify',
      '--broker-url',
      'http://127.0.0.1:9',
      '--publish-verification-results',
    ]);
    expect(run.code, shown(run)).toBe(2);
    expect(run.stderr).toMatch(/--publish-verification-results needs --provider-version VERSION/);
  });
});
