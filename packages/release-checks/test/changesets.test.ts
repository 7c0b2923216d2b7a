/**
 * Releases that run: every changeset parses (`changeset status`), `changeset version` in a scratch clone turns
 * them into the planned versions and CHANGELOG entries, and every published package has its changes described.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../scripts/lib/run.mjs';
import { createScratchClone, removeScratchClone } from '../scripts/lib/scratch-clone.mjs';
import { listPublishedPackages, listWorkspacePackages, repoRoot } from '../scripts/lib/workspace.mjs';

interface ReleasePlan {
  changesets: { id: string; summary: string; releases: { name: string; type: string }[] }[];
  releases: { name: string; type: string; oldVersion: string; newVersion: string; changesets: string[] }[];
}

const changesetBin = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');
let clone: string;
let plan: ReleasePlan;

beforeAll(async () => {
  clone = await createScratchClone();
  await run(process.execPath, [changesetBin, 'status', '--output=release-plan.json'], { cwd: clone });
  const written: ReleasePlan = JSON.parse(readFileSync(join(clone, 'release-plan.json'), 'utf8'));
  // `none` releases are dependents whose devDependency moved: no version change, no CHANGELOG.
  plan = { ...written, releases: written.releases.filter((release) => release.type !== 'none') };
  await run(process.execPath, [changesetBin, 'version'], { cwd: clone });
});

afterAll(() => {
  if (clone) removeScratchClone(clone);
});

const manifestIn = (root: string, relativeDir: string) =>
  JSON.parse(readFileSync(join(root, relativeDir, 'package.json'), 'utf8'));

describe('changesets', () => {
  it('plans a release from changesets that all name workspace packages', () => {
    const names = new Set(listWorkspacePackages().map((pkg) => pkg.name));
    for (const changeset of plan.changesets) {
      for (const release of changeset.releases) {
        expect(names.has(release.name), `.changeset/${changeset.id}.md names ${release.name}`).toBe(true);
      }
    }
  });

  it('describes the changes of every published package (a pending changeset or a CHANGELOG)', () => {
    const released = new Set(plan.releases.map((release) => release.name));
    const undescribed = listPublishedPackages()
      .filter((pkg) => !released.has(pkg.name) && !existsSync(join(pkg.dir, 'CHANGELOG.md')))
      .map((pkg) => pkg.name);
    expect(undescribed, 'published packages with no changeset: run `pnpm changeset`').toEqual([]);
  });

  it('bumps each planned package to its new version and writes its CHANGELOG entry', () => {
    expect(plan.releases.length).toBeGreaterThan(0);
    const dirs = new Map(listWorkspacePackages().map((pkg) => [pkg.name, pkg.relativeDir]));
    for (const release of plan.releases) {
      const dir = dirs.get(release.name) ?? '';
      expect(manifestIn(clone, dir).version, release.name).toBe(release.newVersion);
      const changelog = readFileSync(join(clone, dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog.startsWith(`# ${release.name}\n`), `${dir}/CHANGELOG.md title`).toBe(true);
      expect(changelog).toContain(`\n## ${release.newVersion}\n`);
      for (const id of release.changesets) {
        const summary = plan.changesets.find((changeset) => changeset.id === id)?.summary ?? '';
        const firstLine = summary.split('\n')[0] ?? '';
        expect(firstLine.length, `.changeset/${id}.md has a summary`).toBeGreaterThan(0);
        expect(changelog, `${dir}/CHANGELOG.md has .changeset/${id}.md`).toContain(firstLine);
      }
    }
  });

  it('consumes the changesets and keeps workspace ranges and unplanned versions as they were', () => {
    const left = readdirSync(join(clone, '.changeset')).filter((file) => file.endsWith('.md'));
    expect(left).toEqual(['README.md']);
    const planned = new Set(plan.releases.map((release) => release.name));
    for (const pkg of listWorkspacePackages()) {
      const after = manifestIn(clone, pkg.relativeDir);
      if (!planned.has(pkg.name)) expect(after.version, pkg.name).toBe(pkg.manifest.version);
      for (const [name, range] of Object.entries(pkg.manifest.dependencies ?? {})) {
        if (range.startsWith('workspace:'))
          expect(after.dependencies[name], `${pkg.name} → ${name}`).toBe(range);
      }
    }
  });

  it('leaves the repository itself untouched', () => {
    expect(existsSync(join(repoRoot, 'release-plan.json'))).toBe(false);
  });
});
