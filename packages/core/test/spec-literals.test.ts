/**
 * The spec declares each operation once: core's non-test code names an operation through the generated table
 * (`OPERATION_ID.X`, `FUNCTION_OPERATIONS[id].path`), never by a string literal of its operationId or path
 * template, and builds no query string by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FUNCTION_OPERATION_IDS, FUNCTION_OPERATIONS } from '@fntasks/protocol';
import { expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a file without its comments (doc comments name operations in prose). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Every quoted literal of a file (single, double or template quotes without substitutions). */
function literals(text: string): string[] {
  return [...text.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\$]*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

it('no operationId or path template of the family appears as a literal in core/src', () => {
  const forbidden = new Set<string>([
    ...FUNCTION_OPERATION_IDS,
    ...FUNCTION_OPERATION_IDS.map((id) => FUNCTION_OPERATIONS[id].path),
  ]);
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = code(readFileSync(file, 'utf8'));
    for (const literal of literals(text)) {
      if (forbidden.has(literal) || literal.includes('/v4/openapi/'))
        found.push(`${relative(SRC, file)}: ${literal}`);
    }
    // A query string built by hand (`?name=` or `&name=`) instead of the serializer.
    for (const match of text.matchAll(/[?&][A-Za-z]+=/g)) {
      const line = text.slice(0, match.index).split('\n').length;
      const lineText = text.split('\n')[line - 1] ?? '';
      if (!/^\s*(\/\/|\*|\/\*\*)/.test(lineText))
        found.push(`${relative(SRC, file)}:${line}: ${lineText.trim()}`);
    }
  }
  expect(found).toEqual([]);
});

it('the check finds what it looks for, outside comments', () => {
  expect(literals(code('/** `ListFunctionTasks` */\n// `GetFunctionTask`\nconst x = 1;'))).toEqual([]);
  expect(literals(`const a = 'ListFunctionTasks'; const b = "x"; const c = \`y\`;`)).toEqual([
    'ListFunctionTasks',
    'x',
    'y',
  ]);
});
