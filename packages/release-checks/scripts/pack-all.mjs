// @ts-check
/**
 * `pnpm pack:all [folder]`: the route to install the packages before their first release. Packs the six
 * published packages (`pnpm pack`, workspace: and catalog: ranges resolved) into one folder (default
 * `dist/tarballs` at the repository root; earlier fntasks tarballs there are removed) and prints the one
 * `npm install` line that installs them together: they depend on each other by version, which no registry
 * serves yet, so npm must get all of them in one command. Also writes `tarballs.json` (name, version, file,
 * files packed) beside them for scripts. The root script builds the packages first.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { installLine, packPublished } from './lib/pack.mjs';
import { repoRoot } from './lib/workspace.mjs';

const [given, ...extra] = process.argv.slice(2);
if (extra.length > 0 || given?.startsWith('-')) {
  process.stderr.write(`usage: pnpm pack:all [folder]  (got ${JSON.stringify(process.argv.slice(2))})\n`);
  process.exit(2);
}
// pnpm runs this in packages/release-checks: a relative folder is read from where the user typed the command.
const base = process.env.INIT_CWD ?? process.cwd();
const folder = given
  ? isAbsolute(given)
    ? given
    : resolve(base, given)
  : join(repoRoot, 'dist', 'tarballs');

mkdirSync(folder, { recursive: true });
for (const name of readdirSync(folder)) {
  if (/^fntasks-.*\.tgz$/.test(name)) rmSync(join(folder, name));
}
const packed = await packPublished(folder);
writeFileSync(
  join(folder, 'tarballs.json'),
  `${JSON.stringify(
    packed.map(({ name, version, tarball, bytes, files }) => ({
      name,
      version,
      file: basename(tarball),
      bytes,
      files,
    })),
    null,
    2,
  )}\n`,
);
process.stdout.write(`Packed ${packed.length} packages into ${folder}:\n`);
for (const pkg of packed) process.stdout.write(`  ${pkg.name}@${pkg.version}  ${basename(pkg.tarball)}\n`);
process.stdout.write(`Install them together, in your project:\n${installLine(packed)}\n`);
