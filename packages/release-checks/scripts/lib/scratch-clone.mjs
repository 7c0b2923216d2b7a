// @ts-check
/**
 * A scratch copy of the repository for checks that rewrite files (`changeset version`): a `git clone` of the
 * committed HEAD, with the work tree's release inputs laid over it — the `.changeset/` folder and every
 * workspace package.json — so a changeset or a `private` flag is checked before it is committed. In CI the work
 * tree is the commit, so the overlay changes nothing there. The clone borrows the workspace's root node_modules
 * (a symlink) so changesets finds its changelog generator without an install.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.mjs';
import { listWorkspacePackages, repoRoot } from './workspace.mjs';

/** Clones the repository into a fresh temporary folder and lays the release inputs over it; returns its path. */
export async function createScratchClone(root = repoRoot) {
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-release-clone-'));
  await run('git', ['clone', '--quiet', '--no-checkout', root, dir]);
  await run('git', ['checkout', '--quiet', '-B', 'main', 'HEAD'], { cwd: dir });
  rmSync(join(dir, '.changeset'), { recursive: true, force: true });
  cpSync(join(root, '.changeset'), join(dir, '.changeset'), { recursive: true });
  for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(dir, file));
  for (const pkg of listWorkspacePackages(root)) {
    cpSync(join(pkg.dir, 'package.json'), join(dir, pkg.relativeDir, 'package.json'));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Removes a scratch clone. @param {string} dir */
export function removeScratchClone(dir) {
  rmSync(dir, { recursive: true, force: true });
}
