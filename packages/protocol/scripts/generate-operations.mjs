#!/usr/bin/env node
// Generates src/generated/operations.ts, the operation table, from the hand-written spec: for each operation its
// operationId (the signed x-acs-action), method, path template, path and query parameters with their schema
// constraints, whether it pages, whether it is safe to repeat (x-fntasks-safe-to-repeat), and the names of its
// success body schemas. With --check, fails when the committed file differs from a fresh generation.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = resolve(here, '../../../openapi/function-tasks.yaml');
const outPath = resolve(here, '../src/generated/operations.ts');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
// Only the constraints a client or a server checks a parameter against; descriptions and examples stay in the spec.
const CONSTRAINTS = [
  'type',
  'format',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'default',
];

const spec = parse(readFileSync(specPath, 'utf8'));

function deref(node, seen = new Set()) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  if (seen.has(node.$ref)) throw new Error(`circular $ref ${node.$ref}`);
  seen.add(node.$ref);
  const path = node.$ref.replace(/^#\//, '').split('/');
  let target = spec;
  for (const part of path) target = target?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (target === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
  return deref(target, seen);
}

function schemaName(ref) {
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : null;
}

/** The constraints of a parameter's schema, following $ref (and a one-member allOf). */
function constraints(schema) {
  const resolved = deref(schema);
  const out = {};
  for (const key of CONSTRAINTS) if (resolved?.[key] !== undefined) out[key] = resolved[key];
  return out;
}

function parameter(raw) {
  const p = deref(raw);
  return { name: p.name, in: p.in, required: p.required === true, ...constraints(p.schema) };
}

/** The success bodies: the 2xx answer's schema, as the names of its `oneOf` members (or its own name). */
function successSchemas(operation) {
  const code = Object.keys(operation.responses ?? {}).find((c) => /^2\d\d$/.test(c));
  if (!code) throw new Error(`${operation.operationId}: no 2xx response`);
  const response = deref(operation.responses[code]);
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return { status: Number(code), schemas: [] };
  const named = deref(schema);
  const members = Array.isArray(named.oneOf)
    ? named.oneOf.map((m) => schemaName(m.$ref))
    : [schemaName(schema.$ref)];
  return { status: Number(code), schemas: members.filter(Boolean) };
}

const table = {};
for (const [path, item] of Object.entries(spec.paths)) {
  const shared = (item.parameters ?? []).map(parameter);
  for (const method of METHODS) {
    const operation = item[method];
    if (!operation) continue;
    const id = operation.operationId;
    if (!/^[A-Z][A-Za-z]+$/.test(id ?? ''))
      throw new Error(`${method.toUpperCase()} ${path}: operationId ${id}`);
    const safe = operation['x-fntasks-safe-to-repeat'];
    if (typeof safe !== 'boolean') {
      throw new Error(
        `${id}: x-fntasks-safe-to-repeat must be true or false (whether a repeat may change state)`,
      );
    }
    const own = (operation.parameters ?? []).map(parameter);
    const params = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
    const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
      const declared = params.find((p) => p.in === 'path' && p.name === name);
      if (!declared) throw new Error(`${id}: path parameter {${name}} is not declared`);
      const { in: _in, required: _required, ...rest } = declared;
      return rest;
    });
    const query = params.filter((p) => p.in === 'query').map(({ in: _in, ...rest }) => rest);
    const names = new Set(query.map((q) => q.name));
    table[id] = {
      method: method.toUpperCase(),
      path,
      pathParams,
      query,
      paged: names.has('pageNumber') && names.has('pageSize'),
      safeToRepeat: safe,
      success: successSchemas(operation),
    };
  }
}

const ids = Object.keys(table).sort();
const body = ids
  .map((id) => `  ${id}: ${JSON.stringify(table[id], null, 2).replace(/\n/g, '\n  ')},`)
  .join('\n');
const generated = `/**
 * Generated from openapi/function-tasks.yaml by packages/protocol/scripts/generate-operations.mjs. Do not edit by
 * hand: change the spec and run \`pnpm generate\`. The lint step fails when this file differs from a fresh
 * generation.
 */

/** Every operation of the spec, keyed by operationId (its signed \`x-acs-action\`). */
export const OPERATION_TABLE = {
${body}
} as const;
`;

if (process.argv.includes('--check')) {
  if (readFileSync(outPath, 'utf8') !== generated) {
    console.error(
      `Drift: ${outPath} differs from a fresh generation of ${specPath}. Run \`pnpm generate\` and commit.`,
    );
    process.exit(1);
  }
  console.log('operation table matches the spec');
} else {
  writeFileSync(outPath, generated);
  console.log(`wrote ${outPath}`);
}
