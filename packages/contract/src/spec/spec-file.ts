/** Where the spec comes from: the bundled JSON of the published `@fntasks/openapi` package. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The path of `@fntasks/openapi/function-tasks.json`, resolved as any installed consumer would. */
export function bundledSpecFile(): string {
  return createRequire(import.meta.url).resolve('@fntasks/openapi/function-tasks.json');
}

/**
 * The spec as `@pactflow/swagger-mock-validator` can read it. Its bundled OpenAPI 3.1 meta-schema rejects the
 * `description` of a server variable (valid OpenAPI, "must NOT have unevaluated properties"); server variables
 * play no part in matching a pact, so their descriptions are dropped. Nothing else changes.
 */
export function specForValidator(specJsonFile: string): Record<string, unknown> {
  const spec = JSON.parse(readFileSync(specJsonFile, 'utf8')) as Record<string, unknown>;
  const servers = Array.isArray(spec.servers)
    ? (spec.servers as { variables?: Record<string, Record<string, unknown>> }[])
    : [];
  for (const server of servers) {
    for (const variable of Object.values(server.variables ?? {})) delete variable.description;
  }
  return spec;
}
