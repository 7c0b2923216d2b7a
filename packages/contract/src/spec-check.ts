/**
 * The pact-vs-spec check: `@pactflow/swagger-mock-validator` confirms every interaction of a pact (request
 * path, method, query, headers, response status and body) is allowed by the hand-written OpenAPI description.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SwaggerMockValidatorFactory, type ValidationOutcome } from '@pactflow/swagger-mock-validator';
import { parse } from 'yaml';

/**
 * The spec as the validator can read it. The validator's bundled OpenAPI 3.1 meta-schema rejects the
 * `description` of a server variable (valid OpenAPI, "must NOT have unevaluated properties"); server
 * variables play no part in matching a pact, so their descriptions are dropped. Nothing else changes.
 */
export function specForValidator(specFile: string): Record<string, unknown> {
  const spec = parse(readFileSync(specFile, 'utf8')) as Record<string, unknown>;
  const servers = Array.isArray(spec.servers)
    ? (spec.servers as { variables?: Record<string, Record<string, unknown>> }[])
    : [];
  for (const server of servers) {
    for (const variable of Object.values(server.variables ?? {})) delete variable.description;
  }
  return spec;
}

/** Checks a pact file against the spec; response bodies must also carry the spec's required properties. */
export async function checkPactAgainstSpec(pactFile: string, specFile: string): Promise<ValidationOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-spec-check-'));
  try {
    const specJson = join(dir, 'function-tasks.json');
    writeFileSync(specJson, JSON.stringify(specForValidator(specFile)));
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
