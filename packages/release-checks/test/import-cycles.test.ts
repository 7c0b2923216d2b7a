/**
 * Layers without circles: no package's sources import each other in a cycle, type imports included. A cycle is
 * named by its files, so the message says which import to cut.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../scripts/lib/import-cycles.mjs';
import { listWorkspacePackages, repoRoot } from '../scripts/lib/workspace.mjs';

/**
 * Cycles known when this test was written, which the app-logic change of issue 23 (moving the CLI's product
 * logic into core) cuts. Matched by the cycle itself (the files tangled with it may change meanwhile). Each entry
 * must still exist: once cut, delete it here.
 */
const EXPECTED_TO_BE_CUT_BY_THE_APP_LOGIC_CHANGE = [
  'apps/cli/src/commands/instance.ts → apps/cli/src/format/instance-detail.ts → apps/cli/src/commands/instance.ts',
  'apps/cli/src/commands/instances.ts → apps/cli/src/format/instances.ts → apps/cli/src/commands/instances.ts',
];

describe('import cycles', () => {
  it('no package has one in its sources (type imports included)', () => {
    const found = listWorkspacePackages().flatMap((pkg) => findCycles(importGraph(pkg.dir), repoRoot));
    // A cycle as the list names it: without the files tangled with it.
    const cycles = found.map((cycle) => cycle.replace(/ \(tangled with .*\)$/, ''));
    const unexpected = found.filter(
      (_, i) => !EXPECTED_TO_BE_CUT_BY_THE_APP_LOGIC_CHANGE.includes(cycles[i] ?? ''),
    );
    expect(unexpected, 'import cycles: cut one import of each').toEqual([]);
    const gone = EXPECTED_TO_BE_CUT_BY_THE_APP_LOGIC_CHANGE.filter((cycle) => !cycles.includes(cycle));
    expect(gone, 'cut already: delete them from EXPECTED_TO_BE_CUT_BY_THE_APP_LOGIC_CHANGE').toEqual([]);
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
