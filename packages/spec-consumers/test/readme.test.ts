/**
 * openapi/README.md "Generate your own client" shows the commands and files this suite runs, word for word; and
 * swagger-parser's one complaint is the false error the README explains.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { GENERATORS, SPEC, shellLine } from '../src/generators.js';

const README = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('@fntasks/openapi/package.json')), 'README.md'),
  'utf8',
);

describe.each(GENERATORS.map((g) => g.name))('%s', (name) => {
  const generator = GENERATORS.find((g) => g.name === name);
  it('its commands and files are in the README as the suite runs them', () => {
    for (const command of generator?.commands ?? []) expect(README).toContain(`\`${shellLine(command)}\``);
    for (const text of Object.values(generator?.files ?? {})) expect(README).toContain(text);
  });
});

it('swagger-parser rejects only the server variable description, which OpenAPI 3.1 allows', async () => {
  const spec = JSON.parse(readFileSync(SPEC, 'utf8'));
  const error = await SwaggerParser.validate(structuredClone(spec)).then(
    () => new Error('valid'),
    (e: Error) => e,
  );
  const lines = error.message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  expect(lines).toEqual([
    'Swagger schema validation failed.',
    '#/servers/0/variables/regionId must NOT have unevaluated properties',
  ]);
  delete spec.servers[0].variables.regionId.description;
  await expect(SwaggerParser.validate(spec)).resolves.toBeTruthy();
});
