/**
 * The spec declares each operation once: no package's non-test sources (`src/`, `server/`) write an operationId
 * or a path template of the family as a string literal; they name operations through the generated table
 * (`OPERATION_ID.X`, `FUNCTION_OPERATIONS[id]`). Core's own test (packages/core/test/spec-literals.test.ts) is
 * stricter still for core: no API path text and no hand-built query string at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FUNCTION_OPERATION_IDS, FUNCTION_OPERATIONS } from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import { SOURCE_DIRS } from '../scripts/lib/import-cycles.mjs';
import { listWorkspacePackages, repoRoot } from '../scripts/lib/workspace.mjs';

/** The non-test TypeScript files of a folder, generated code apart. */
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Code without comments (doc comments name operations in prose, as they should). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Every quoted literal (single, double, or template quotes without substitutions). */
function literals(text: string): string[] {
  return [...text.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\$]*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

const FORBIDDEN = new Set<string>([
  ...FUNCTION_OPERATION_IDS,
  ...FUNCTION_OPERATION_IDS.map((id) => FUNCTION_OPERATIONS[id].path),
]);

describe('operations named through the table', () => {
  it('no operationId or path template is a literal in any package’s non-test sources', () => {
    const found: string[] = [];
    let files = 0;
    for (const pkg of listWorkspacePackages()) {
      for (const dir of SOURCE_DIRS) {
        for (const file of sourceFiles(join(pkg.dir, dir))) {
          files++;
          for (const literal of literals(code(readFileSync(file, 'utf8')))) {
            if (FORBIDDEN.has(literal)) found.push(`${relative(repoRoot, file)}: '${literal}'`);
          }
        }
      }
    }
    expect(files).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('finds a literal outside comments, and none inside them', () => {
    const text = code(`/** 'ListFunctionTasks' */\n// 'GetFunctionTask'\nconst id = 'CreateFunctionTask';`);
    expect(literals(text).filter((l) => FORBIDDEN.has(l))).toEqual(['CreateFunctionTask']);
  });
});
