/**
 * The spec check on its own: the core pact agrees with the published spec, and the check has teeth: copies of
 * an interaction with one field's type or casing changed are rejected, each on its own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPactFile } from '../src/pact-file.js';
import type { CheckResult } from '../src/report/model.js';
import { checkAgainstSpec } from '../src/spec/spec-check.js';
import { bundledSpecFile } from '../src/spec/spec-file.js';
import { CORE_PACT_FILE } from './helpers.js';

// One validator run over fntasks-core's whole pact (about 100 interactions since issue 27, each body a oneOf of
// both casings) takes seconds alone and far longer on a machine busy with other suites: a bound, not a measure.
const WHOLE_PACT_TIMEOUT_MS = 240_000;

/** One line per problem, for readable failures. */
function describeProblems(results: Map<number, CheckResult>): string[] {
  return [...results].flatMap(([i, r]) => r.problems.map((p) => `interaction ${i} ${p.path}: ${p.message}`));
}

describe('the fntasks-core pact agrees with @fntasks/openapi/function-tasks.json', () => {
  it(
    'has no errors, and warns only about the x-acs-* signing headers',
    async () => {
      const outcome = await checkAgainstSpec(readPactFile(CORE_PACT_FILE), bundledSpecFile());
      expect(outcome.errors).toEqual([]);
      expect(describeProblems(outcome.byInteraction)).toEqual([]);
      const warnings = [...outcome.byInteraction.values()].flatMap((r) => r.warnings);
      expect(warnings.filter((w) => !w.startsWith('signing headers x-acs-'))).toEqual([]);
    },
    WHOLE_PACT_TIMEOUT_MS,
  );
});

/** The interactions the breaks are applied to, by description. */
const TASKS_PAGE = 'a request for the tasks of an instance (camelCase answer)';
const INSTANCE_DETAIL = 'a request for an instance with output=detail';
const DEFAULT_INSTANCE = 'a request for the default instance of a function (PascalCase answer)';

type Body = Record<string, Record<string, unknown> & { [k: string]: unknown }>;
const firstTask = (body: Body) =>
  (body.result as unknown as Record<string, unknown>[])[0] as Record<string, unknown>;
const instance = (body: Body) => body.result as Record<string, unknown>;

/** Contract breaks, each applied to its own copy of one interaction. */
const BREAKS: { name: string; interaction: string; edit: (body: Body) => void }[] = [
  {
    name: 'generation as a number',
    interaction: TASKS_PAGE,
    edit: (body) => {
      firstTask(body).generation = 3;
    },
  },
  {
    name: 'result renamed Result in a camelCase body',
    interaction: TASKS_PAGE,
    edit: (body) => {
      body.Result = body.result as Body[string];
      delete body.result;
    },
  },
  {
    name: 'extendInfo as an object',
    interaction: TASKS_PAGE,
    edit: (body) => {
      firstTask(body).extendInfo = { recall: 91, errors: [] };
    },
  },
  {
    name: 'runId renamed RunId inside a camelCase task',
    interaction: TASKS_PAGE,
    edit: (body) => {
      const task = firstTask(body);
      task.RunId = task.runId;
      delete task.runId;
    },
  },
  {
    name: 'progress as a numeric string',
    interaction: TASKS_PAGE,
    edit: (body) => {
      firstTask(body).progress = '100';
    },
  },
  {
    name: "an instance's extendInfo as an object",
    interaction: INSTANCE_DETAIL,
    edit: (body) => {
      instance(body).extendInfo = { dataReport: {}, errors: {} };
    },
  },
  {
    name: 'a dagStatus the spec does not list',
    interaction: INSTANCE_DETAIL,
    edit: (body) => {
      (instance(body).task as Record<string, unknown>).dagStatus = 'trained';
    },
  },
  {
    name: 'lastRunTime as a string',
    interaction: INSTANCE_DETAIL,
    edit: (body) => {
      (instance(body).task as Record<string, unknown>).lastRunTime = '1200000';
    },
  },
  {
    name: 'the default instance name only in the stray top-level field',
    interaction: DEFAULT_INSTANCE,
    edit: (body) => {
      delete body.Result;
    },
  },
];

describe('the spec check has teeth', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-broken-pact-'));
  let failing: Map<string, CheckResult>;

  beforeAll(async () => {
    // One pact holding the original interactions plus one broken copy per break: one validator run for all.
    const pact = JSON.parse(readFileSync(CORE_PACT_FILE, 'utf8'));
    for (const brk of BREAKS) {
      const original = pact.interactions.find(
        (i: { description: string }) => i.description === brk.interaction,
      );
      if (!original) throw new Error(`the core pact has no interaction "${brk.interaction}"`);
      const copy = structuredClone(original);
      copy.description = `broken copy: ${brk.name}`;
      brk.edit(copy.response.body.content as Body);
      pact.interactions.push(copy);
    }
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(pact, null, 2));
    const broken = readPactFile(file);
    const outcome = await checkAgainstSpec(broken, bundledSpecFile());
    failing = new Map(
      broken.interactions
        .map((i) => [i.description, outcome.byInteraction.get(i.index)] as const)
        .filter((entry): entry is [string, CheckResult] => entry[1]?.status === 'failed'),
    );
  }, WHOLE_PACT_TIMEOUT_MS);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails only the broken copies', () => {
    expect([...failing.keys()].sort()).toEqual(BREAKS.map((b) => `broken copy: ${b.name}`).sort());
  });

  for (const brk of BREAKS) {
    it(`rejects ${brk.name}`, () => {
      const problems = failing.get(`broken copy: ${brk.name}`)?.problems ?? [];
      expect(problems.map((p) => p.message)).toContainEqual(
        expect.stringMatching(/^response\.body\.incompatible: /),
      );
    });
  }
});

describe('the request of every interaction is checked, whatever the status it expects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-bad-request-pact-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'an invalid query on a 404 or a throttled 400 interaction fails; the InvalidParameter interaction keeps its bad page size',
    async () => {
      const pact = JSON.parse(readFileSync(CORE_PACT_FILE, 'utf8'));
      const byDescription = (d: string) =>
        pact.interactions.find((i: { description: string }) => i.description === d);
      for (const description of [
        'a request for an application group that does not exist',
        'a request while the caller is throttled',
      ]) {
        const copy = structuredClone(byDescription(description));
        copy.description = `bad query: ${description}`;
        copy.request.query = { pageSize: ['abc'], status: ['bogus'] };
        pact.interactions.push(copy);
      }
      const file = join(dir, 'bad-query.json');
      writeFileSync(file, JSON.stringify(pact, null, 2));
      const read = readPactFile(file);
      const outcome = await checkAgainstSpec(read, bundledSpecFile());
      const failed = read.interactions.filter((i) => outcome.byInteraction.get(i.index)?.status === 'failed');
      expect(failed.map((i) => i.description).sort()).toEqual([
        'bad query: a request for an application group that does not exist',
        'bad query: a request while the caller is throttled',
      ]);
      for (const interaction of failed) {
        const problems = outcome.byInteraction.get(interaction.index)?.problems ?? [];
        expect(problems.map((p) => p.path).sort()).toEqual([
          'request.query.pageSize',
          'request.query.status',
        ]);
      }
      // Sending pageSize=101 is that interaction's point: it expects InvalidParameter.
      const invalid = read.interactions.find(
        (i) => i.description === 'a request with a page size the service rejects',
      );
      expect(outcome.byInteraction.get(invalid?.index ?? -1)?.status).toBe('passed');
    },
    WHOLE_PACT_TIMEOUT_MS,
  );
});
