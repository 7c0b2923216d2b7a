// @ts-check
/** The workspace as the release checks see it: its root and its packages, read from pnpm-workspace.yaml. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/release-checks/scripts/lib/workspace.mjs). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * @typedef {{ name: string; version: string; private?: boolean; bin?: string | Record<string, string>;
 *   files?: string[]; exports?: unknown; engines?: { node?: string }; dependencies?: Record<string, string>;
 *   devDependencies?: Record<string, string>; peerDependencies?: Record<string, string> }} Manifest
 * @typedef {{ name: string; dir: string; relativeDir: string; manifest: Manifest }} WorkspacePackage
 */

/** The `packages:` globs of pnpm-workspace.yaml (only `dir` and `dir/*` forms are used in this repo). */
export function workspaceGlobs(root = repoRoot) {
  const text = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\n((?:[ \t]+-.*\n?)+)/m.exec(text);
  if (!block?.[1]) throw new Error(`pnpm-workspace.yaml in ${root} has no packages: list`);
  return block[1]
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*-\s*/, '')
        .replace(/^["']|["']$/g, '')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * Every workspace package (with a package.json), sorted by name.
 * @returns {WorkspacePackage[]}
 */
export function listWorkspacePackages(root = repoRoot) {
  /** @type {string[]} */
  const dirs = [];
  for (const glob of workspaceGlobs(root)) {
    if (glob.endsWith('/*')) {
      const parent = join(root, glob.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true })) {
        if (entry.isDirectory()) dirs.push(join(glob.slice(0, -2), entry.name));
      }
    } else if (!glob.includes('*')) {
      dirs.push(glob);
    } else {
      throw new Error(`pnpm-workspace.yaml glob ${JSON.stringify(glob)} is not understood by release-checks`);
    }
  }
  return dirs
    .filter((relativeDir) => existsSync(join(root, relativeDir, 'package.json')))
    .map((relativeDir) => {
      /** @type {Manifest} */
      const manifest = JSON.parse(readFileSync(join(root, relativeDir, 'package.json'), 'utf8'));
      return { name: manifest.name, dir: join(root, relativeDir), relativeDir, manifest };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The packages that are published: every workspace package without `private: true`. */
export function listPublishedPackages(root = repoRoot) {
  return listWorkspacePackages(root).filter((pkg) => pkg.manifest.private !== true);
}
