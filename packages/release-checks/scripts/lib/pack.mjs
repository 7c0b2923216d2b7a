// @ts-check
/** Packs every published package with `pnpm pack`, as a release would (workspace: and catalog: ranges resolved). */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from './run.mjs';
import { listPublishedPackages } from './workspace.mjs';

/**
 * @typedef {{ name: string; version: string; dir: string; tarball: string; bytes: number; files: string[] }} PackedPackage
 */

/**
 * Packs each published package into `destination`; throws naming the package that failed.
 * @param {string} destination @returns {Promise<PackedPackage[]>}
 */
export async function packPublished(destination) {
  /** @type {PackedPackage[]} */
  const packed = [];
  for (const pkg of listPublishedPackages()) {
    const { stdout } = await run('pnpm', ['pack', '--json', '--pack-destination', destination], {
      cwd: pkg.dir,
    });
    /** @type {{ filename: string; files: { path: string }[] }} */
    const result = JSON.parse(stdout);
    const tarball = resolve(destination, result.filename);
    packed.push({
      name: pkg.name,
      version: pkg.manifest.version,
      dir: pkg.dir,
      tarball,
      bytes: statSync(tarball).size,
      files: result.files.map((file) => file.path),
    });
  }
  return packed;
}

/**
 * The one `npm install` command that installs the packed tarballs together (as dev dependencies: the CLI, the
 * emulator and the contract verifier are tools; move @fntasks/core to dependencies if your code ships it).
 * @param {readonly PackedPackage[]} packed @returns {string}
 */
export function installLine(packed) {
  return `npm install --save-dev ${packed.map((pkg) => shellWord(pkg.tarball)).join(' ')}`;
}

/** A path as one shell word: quoted only when it needs to be. @param {string} word */
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
