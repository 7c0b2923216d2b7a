/**
 * Layers without circles: no package's sources import each other in a cycle, type imports included. A cycle is
 * named by its files, so the message says which import to cut.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../scripts/lib/import-cycles.mjs';
import { listWorkspacePackages, repoRoot } from '../scripts/lib/workspace.mjs';

describe('import cycles', () => {
  it('no package has one in its sources (type imports included)', () => {
    const found = listWorkspacePackages().flatMap((pkg) => findCycles(importGraph(pkg.dir), repoRoot));
    expect(found, 'import cycles: cut one import of each').toEqual([]);
  });

  it('names a cycle closed only by type imports, through a sub-folder, and nothing outside it', () => {
    const fixture = resolve(import.meta.dirname, 'fixtures/cycle');
    const cycles = findCycles(importGraph(fixture), fixture);
    expect(cycles).toEqual(['src/a.ts → src/sub/b.ts → src/c.ts → src/a.ts']);
  });

  it('walks every package with sources, the apps and the emulator among them', () => {
    const walked = listWorkspacePackages()
      .filter((pkg) => importGraph(pkg.dir).size > 0)
      .map((pkg) => pkg.relativeDir);
    expect(walked).toEqual(
      expect.arrayContaining(['apps/cli', 'apps/web', 'packages/core', 'packages/emulator']),
    );
  });
});
