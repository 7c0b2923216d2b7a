// @ts-check
/**
 * better-sqlite3 (the emulator's store) installs with prebuild-install, which first looks for its prebuilt
 * binary in npm's cache (`<cache>/_prebuilds/<sha512(url)[0..6]>-<file name>`), then downloads it (this machine
 * has no route to the download host), then compiles from source (2-5 min on 2 shared cores). The workspace has
 * already compiled the same version for the same Node on this machine (pnpm install), and every consumer install
 * saves what it built: this puts such a binary in the consumer's npm cache under the name prebuild-install looks
 * for, so a fresh install unpacks it in a second. Same version, same Node ABI, same machine and toolchain: the
 * binary is the one npm would build again. A miss (another version, another Node) only costs the compile.
 */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The native packages installed through prebuild-install, with their binary inside the package. */
const NATIVE_PACKAGES = [{ name: 'better-sqlite3', binary: 'build/Release/better_sqlite3.node' }];

/**
 * The cache file prebuild-install 7 reads for `pkgName@version` on this Node and platform (see its util.js).
 * @param {string} cache @param {string} pkgName @param {string} version @param {string} repositoryUrl
 */
export function prebuildCachePath(cache, pkgName, version, repositoryUrl) {
  const repo = repositoryUrl
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/^git:\/\//, 'https://');
  const file = `${pkgName}-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const url = `${repo}/releases/download/v${version}/${file}`;
  const digest = createHash('sha512').update(url).digest('hex').slice(0, 6);
  return join(cache, '_prebuilds', `${digest}-${file.replace(/[^a-zA-Z0-9.]+/g, '-')}`);
}

/**
 * Saves each native package's built binary from `projectDir` (its `node_modules`, or where `locate` finds the
 * package) into `cache`, unless already there.
 * @param {string} projectDir @param {string} cache
 * @param {(name: string) => string | undefined} [locate] the package folder of a native package
 * @returns {string[]} the cache files written
 */
export function savePrebuilds(projectDir, cache, locate = (name) => join(projectDir, 'node_modules', name)) {
  /** @type {string[]} */
  const written = [];
  for (const native of NATIVE_PACKAGES) {
    const pkgDir = locate(native.name);
    if (!pkgDir || !existsSync(join(pkgDir, native.binary))) continue;
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const repository =
      typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    if (typeof repository !== 'string') continue;
    const target = prebuildCachePath(cache, native.name, manifest.version, repository);
    if (existsSync(target)) continue;
    mkdirSync(join(cache, '_prebuilds'), { recursive: true });
    execFileSync('tar', ['-czf', target, '-C', pkgDir, native.binary]);
    written.push(target);
  }
  return written;
}

/**
 * Seeds `cache` with the workspace's own build of each native package (the copy the emulator loads here).
 * @param {string} cache
 */
export function seedPrebuildsFromWorkspace(cache) {
  const fromEmulator = createRequire(
    createRequire(import.meta.url).resolve('@fntasks/emulator/package.json'),
  );
  return savePrebuilds('', cache, (name) => {
    try {
      return dirname(fromEmulator.resolve(`${name}/package.json`));
    } catch {
      return undefined;
    }
  });
}
