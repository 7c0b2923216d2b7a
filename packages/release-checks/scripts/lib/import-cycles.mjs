// @ts-check
/**
 * The import graph of a package's sources, and its cycles. Edges come from the TypeScript compiler's own
 * reading of a file (`preProcessFile`: static, type-only, re-export and dynamic imports alike) and its module
 * resolution (`./x.js` → `x.ts`), so a type import counts like any other: it still ties the files' layers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(?:[cm]?ts|tsx)$/;

/** The folders of a package that hold its sources (a dashboard also has its server's). */
export const SOURCE_DIRS = ['src', 'server'];

/**
 * Every source file under `dir`, generated and declaration files included (a cycle through them is one too).
 * @param {string} dir
 * @returns {string[]}
 */
function sourceFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') files.push(...sourceFiles(path));
    } else if (SOURCE.test(entry.name)) files.push(path);
  }
  return files.sort();
}

/**
 * The packages the sources of `packageDir` import (bare specifiers, by package name), type imports included.
 * @param {string} packageDir
 * @returns {Set<string>}
 */
export function packageImports(packageDir) {
  /** @type {Set<string>} */
  const names = new Set();
  for (const file of SOURCE_DIRS.map((dir) => join(packageDir, dir))
    .filter((dir) => existsSync(dir))
    .flatMap(sourceFiles)) {
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (fileName.startsWith('.') || fileName.startsWith('node:')) continue;
      const parts = fileName.split('/');
      names.add(fileName.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? fileName));
    }
  }
  return names;
}

/**
 * The graph of relative imports between the sources of `packageDir` (file → the files it imports).
 * @param {string} packageDir
 * @returns {Map<string, string[]>}
 */
export function importGraph(packageDir) {
  const files = SOURCE_DIRS.map((dir) => join(packageDir, dir))
    .filter((dir) => existsSync(dir))
    .flatMap(sourceFiles);
  const known = new Set(files);
  /** @type {ts.CompilerOptions} */
  const options = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowJs: true,
    jsx: ts.JsxEmit.ReactJSX,
  };
  const host = ts.createCompilerHost(options);
  /** @type {Map<string, string[]>} */
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    /** @type {Set<string>} */
    const targets = new Set();
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('.')) continue;
      const resolved = ts.resolveModuleName(specifier, file, options, host).resolvedModule?.resolvedFileName;
      if (resolved && known.has(resolved)) targets.add(resolved);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * One cycle through each strongly connected group of files (Tarjan), as paths relative to `root`, the first
 * file repeated at the end: `a.ts → b.ts → a.ts`, followed by the group's other files when it has more
 * (`(tangled with c.ts)`). Sorted, so a report is stable.
 * @param {Map<string, string[]>} graph
 * @param {string} root
 * @returns {string[]}
 */
export function findCycles(graph, root) {
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @type {Map<string, number>} */
  const low = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */
  const groups = [];
  let counter = 0;

  /** @param {string} node */
  const connect = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    /** @type {string[]} */
    const group = [];
    let member;
    do {
      member = /** @type {string} */ (stack.pop());
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    const selfLoop = (graph.get(node) ?? []).includes(node);
    if (group.length > 1 || selfLoop) groups.push(group);
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);

  return groups.map((group) => cycleWithin(graph, new Set(group), root)).sort();
}

/**
 * A shortest cycle through the group's first file (by name), found breadth-first inside the group.
 * @param {Map<string, string[]>} graph
 * @param {Set<string>} group
 * @param {string} root
 */
function cycleWithin(graph, group, root) {
  const start = [...group].sort()[0] ?? '';
  /** @type {Map<string, string>} */
  const cameFrom = new Map();
  /** @type {string[]} */
  let frontier = [start];
  while (frontier.length > 0) {
    /** @type {string[]} */
    const next = [];
    for (const node of frontier) {
      for (const target of graph.get(node) ?? []) {
        if (!group.has(target)) continue;
        if (target === start) {
          const path = [node];
          while (path[0] !== start) path.unshift(/** @type {string} */ (cameFrom.get(path[0] ?? '')));
          const cycle = [...path, start].map((file) => relative(root, file)).join(' → ');
          const rest = [...group].filter((file) => !path.includes(file)).map((file) => relative(root, file));
          return rest.length === 0 ? cycle : `${cycle} (tangled with ${rest.sort().join(', ')})`;
        }
        if (!cameFrom.has(target)) {
          cameFrom.set(target, node);
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  return relative(root, start);
}
