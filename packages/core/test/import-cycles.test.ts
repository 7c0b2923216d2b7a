/** Layers without circles: core's modules import one another (type imports included) without a cycle. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative modules a file imports or re-exports, `import type` and `export type` included. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
  return specifiers.map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

/** Every cycle found by a depth-first walk, as a list of paths relative to src/. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found.map((cycle) => cycle.map((path) => relative(SRC, path)));
}

it('no import cycle among core/src modules, type imports included', () => {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) graph.set(file, importsOf(file, readFileSync(file, 'utf8')));
  expect(graph.size).toBeGreaterThan(40);
  expect(cycles(graph)).toEqual([]);
});

it('the walk finds a cycle, type imports included', () => {
  const a = join(SRC, 'a.ts');
  const b = join(SRC, 'b.ts');
  const graph = new Map([
    [a, importsOf(a, "import type { B } from './b.js';")],
    [b, importsOf(b, "export { A } from './a.js';")],
  ]);
  expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'a.ts']]);
});
