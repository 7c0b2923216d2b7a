/**
 * The spec half: `@pactflow/swagger-mock-validator` confirms each interaction (path, method, query, headers,
 * response status and body) is one the hand-written OpenAPI description allows. Response bodies are closed
 * (a key the spec does not name is an error) and must carry the spec's required properties.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PactFile } from '../pact-file.js';
import type { CheckResult } from '../report/model.js';
import { requestProbes } from './request-probes.js';
import { specForValidator } from './spec-file.js';
import { SwaggerMockValidatorFactory, type ValidationOutcome, type ValidationResult } from './validator.js';

/**
 * Findings that are warnings, not failures. Consumers rarely record signing headers, and signing is the client
 * library's contract (tested elsewhere): a request without `Authorization` is a warning. The `x-acs-*` signing
 * headers are described under the spec's security schemes, not as parameters, so the validator calls them
 * unknown: a warning too (as the validator itself rates it).
 */
const WARNING_CODES = new Set(['request.authorization.missing']);

/** The outcome of checking one pact against the spec: a result per interaction index, and pact-wide errors. */
export interface SpecCheckOutcome {
  byInteraction: Map<number, CheckResult>;
  errors: string[];
}

/** Runs the validator on one pact file against the spec (the bundled JSON). */
export async function runValidator(pactFile: string, specJsonFile: string): Promise<ValidationOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-spec-check-'));
  try {
    const specJson = join(dir, 'function-tasks.json');
    writeFileSync(specJson, JSON.stringify(specForValidator(specJsonFile)));
    return await SwaggerMockValidatorFactory.create().validate({
      specPathOrUrl: specJson,
      mockPathOrUrl: pactFile,
      additionalPropertiesInResponse: 'false',
      requiredPropertiesInResponse: 'true',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The interaction index a finding's location names (`[root].interactions[3].response.body…`), if any. */
function interactionIndex(result: ValidationResult): number | null {
  const match = /\.interactions\[(\d+)\]/.exec(result.mockDetails?.location ?? '');
  return match ? Number(match[1]) : null;
}

/** The part of the interaction a finding is about, without the `[root].interactions[n]` prefix. */
function findingPath(result: ValidationResult): string {
  return (result.mockDetails?.location ?? '').replace(/^\[root\]\.interactions\[\d+\]\.?/, '') || 'request';
}

/** One line for a finding: its code and message. */
function findingText(result: ValidationResult): string {
  return `${result.code}: ${result.message}`;
}

/**
 * True for a body finding that only says the body is not the other casing's schema: every body is a `oneOf` of
 * a camelCase and a PascalCase schema, so a broken PascalCase body also "misses" `requestId`. Those lines are
 * left out of the problems (the check still fails); what remains is about the casing the consumer wrote.
 */
function aboutTheOtherCasing(finding: ValidationResult): boolean {
  const missing = /must have required property '([A-Za-z])/.exec(finding.message)?.[1];
  const body = finding.mockDetails?.value;
  if (!missing || typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  if (keys.length === 0) return false;
  const bodyIsPascal = keys.every((k) => /^[A-Z]/.test(k));
  const bodyIsCamel = keys.every((k) => /^[a-z]/.test(k));
  const missingIsPascal = /[A-Z]/.test(missing);
  return (bodyIsPascal && !missingIsPascal) || (bodyIsCamel && missingIsPascal);
}

/** A validator outcome's findings, and why it could not run when it could not. */
function findingsOf(outcome: ValidationOutcome): { findings: ValidationResult[]; cannotRun?: string } {
  const findings = [...outcome.errors, ...outcome.warnings];
  return !outcome.success && outcome.failureReason && outcome.errors.length === 0
    ? { findings, cannotRun: outcome.failureReason }
    : { findings };
}

/**
 * Runs the validator once on the pact plus the request probes of its non-2xx interactions (see request-probes.ts);
 * a probe's request findings are re-indexed to its interaction, its response findings dropped.
 */
async function validateWithProbes(
  pactFile: string,
  specJsonFile: string,
): Promise<{ findings: ValidationResult[]; cannotRun?: string }> {
  const pact = JSON.parse(readFileSync(pactFile, 'utf8')) as { interactions: unknown[] };
  const probes = requestProbes(pact);
  if (!probes) return findingsOf(await runValidator(pactFile, specJsonFile));
  const count = pact.interactions.length;
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-spec-probes-'));
  try {
    const file = join(dir, 'with-probes.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...pact,
        interactions: [...pact.interactions, ...(probes.pact.interactions as unknown[])],
      }),
    );
    const { findings, cannotRun } = findingsOf(await runValidator(file, specJsonFile));
    const mapped = findings.flatMap((finding) => {
      const location = finding.mockDetails?.location ?? '';
      const match = /^\[root\]\.interactions\[(\d+)\](.*)$/.exec(location);
      if (!match || Number(match[1]) < count) return [finding];
      const index = probes.origin[Number(match[1]) - count];
      if (index === undefined || !finding.mockDetails || !match[2]?.startsWith('.request')) return [];
      return [
        {
          ...finding,
          mockDetails: { ...finding.mockDetails, location: `[root].interactions[${index}]${match[2]}` },
        },
      ];
    });
    return cannotRun === undefined ? { findings: mapped } : { findings: mapped, cannotRun };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Checks every HTTP interaction of `pact` against the spec: the request of every one, whatever its status. */
export async function checkAgainstSpec(pact: PactFile, specJsonFile: string): Promise<SpecCheckOutcome> {
  const { findings, cannotRun } = await validateWithProbes(pact.file, specJsonFile);
  const byInteraction = new Map<number, CheckResult>();
  for (const interaction of pact.interactions) {
    byInteraction.set(
      interaction.index,
      interaction.http
        ? { check: 'spec', status: 'passed', problems: [], warnings: [] }
        : { check: 'spec', status: 'skipped', problems: [], warnings: [], reason: 'not an HTTP interaction' },
    );
  }
  const errors: string[] = [];
  const signingHeaders = new Map<number, string[]>();
  const otherCasing = new Set<string>();
  for (const finding of findings) {
    const index = interactionIndex(finding);
    const result = index === null ? undefined : byInteraction.get(index);
    const isError = finding.type === 'error' && !WARNING_CODES.has(finding.code);
    if (!result) {
      if (isError) errors.push(`spec check: ${findingText(finding)}`);
      continue;
    }
    const header = /\.request\.headers\.(x-acs-[a-z0-9-]+)$/.exec(finding.mockDetails?.location ?? '');
    if (finding.code === 'request.header.unknown' && header?.[1] && index !== null) {
      signingHeaders.set(index, [...(signingHeaders.get(index) ?? []), header[1]]);
    } else if (isError) {
      result.status = 'failed';
      const problem = { path: findingPath(finding), message: findingText(finding) };
      const seen = result.problems.some((p) => p.path === problem.path && p.message === problem.message);
      if (!seen) result.problems.push(problem);
      if (aboutTheOtherCasing(finding)) otherCasing.add(problem.message);
    } else {
      result.warnings.push(`${findingPath(finding)}: ${findingText(finding)}`);
    }
  }
  for (const result of byInteraction.values()) {
    // A check never fails without a reason: the other casing's findings stay when they are all there is.
    const own = result.problems.filter((p) => !otherCasing.has(p.message));
    if (own.length > 0) result.problems = own;
  }
  for (const [index, headers] of signingHeaders) {
    byInteraction
      .get(index)
      ?.warnings.push(
        `signing headers ${headers.sort().join(', ')} are not spec parameters (the spec describes them under its security schemes)`,
      );
  }
  if (cannotRun !== undefined) errors.push(`spec check could not run: ${cannotRun}`);
  return { byInteraction, errors };
}
