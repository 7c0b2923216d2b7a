// Three kinds of CommonJS bundle, so that start-up reads and compiles as little as possible, and Node never
// starts its ES module loader (~7 ms of a run on this machine):
// - dist/cli.cjs (from src/main.ts): commander, the declarations of every command and option (src/program/),
//   the option parsers and the error reporting. `--help`, `--version` and usage errors never leave it.
// - dist/commands/<name>.cjs: one bundle per command (src/commands/<name>.ts) with core and the formatters;
//   dist/cli.cjs requires the command's bundle only when that command runs.
// - dist/lazy/<package>.cjs: the big packages only some runs need (yaml, cli-table3, cli-progress, and undici,
//   core's proxy engine, which core imports as a plain `import('undici')`); the command bundles require them
//   where the source imports them lazily. No plugin touches another package's files.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { COMMANDS } from './commands.mjs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const LAZY_PACKAGES = ['yaml', 'cli-table3', 'cli-progress', 'undici'];
const CACHE_KEY_PLACEHOLDER = `// fntasks-cache-key:${'0'.repeat(16)}`;

const common = {
  absWorkingDir: root.pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'none',
  // Less to read and parse at start-up. Names stay (core and commander read error.name / constructor.name);
  // --debug turns on source maps, so its stack traces point into src/.
  minify: true,
  keepNames: true,
  define: { __FNTASKS_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  outExtension: { '.js': '.cjs' },
  // A placeholder the build replaces with the bundle's content hash: the compile cache's key (src/compile-cache.ts).
  // A comment line of the same length, so the source maps stay right.
  banner: { js: CACHE_KEY_PLACEHOLDER },
  // `import()` of another bundle becomes `require()`: an import() would start the ES module loader and run
  // cjs-module-lexer over the required file.
  supported: { 'dynamic-import': false },
};

await rm(new URL('dist', root), { recursive: true, force: true });

// The compile cache itself runs before any bundle it could cache: no key line. The emulator record is what
// scripts/start.mjs writes (`pnpm start` builds the CLI first), so that both read and write it the same way.
await build({
  ...common,
  banner: {},
  entryPoints: { 'compile-cache': 'src/compile-cache.ts', 'emulator-record': 'src/emulator-record.ts' },
  outdir: 'dist',
});

const entry = await build({
  ...common,
  entryPoints: { cli: 'src/main.ts' },
  outdir: 'dist',
  plugins: [
    externalAs(/^\.\.\/commands\/([a-z-]+)\.js$/, './commands/$1.cjs'),
    lazyChildProcessForCommander(),
  ],
});

const commands = await build({
  ...common,
  entryPoints: Object.fromEntries(COMMANDS.map((name) => [name, `src/commands/${name}.ts`])),
  outdir: 'dist/commands',
  plugins: [externalAs(new RegExp(`^(${LAZY_PACKAGES.join('|')})$`), '../lazy/$1.cjs')],
});

const lazy = await build({
  ...common,
  entryPoints: Object.fromEntries(LAZY_PACKAGES.map((name) => [name, `lazy:${name}`])),
  outdir: 'dist/lazy',
  plugins: [reexportPackage()],
});

/** Marks imports matching `filter` as external, rewritten to `replacement` (a path relative to the bundle). */
function externalAs(filter, replacement) {
  return {
    name: 'external-as',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter }, (args) => ({
        path: args.path.replace(filter, replacement),
        external: true,
      }));
    },
  };
}

/**
 * commander requires node:child_process at load, for executable subcommands, which fntasks has none of; the
 * module brings net, dgram and the stream stack with it (a few ms of every `--help`). It gets a stand-in that
 * requires the real module on first use.
 */
function lazyChildProcessForCommander() {
  return {
    name: 'lazy-child-process-for-commander',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
          ? { path: 'child_process', namespace: 'lazy-child-process' }
          : undefined,
      );
      pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
        contents: `let real;
const load = () => (real ??= require('node:child_process'));
module.exports = new Proxy({}, { get: (_, name) => load()[name] });`,
        loader: 'js',
      }));
    },
  };
}

/** `lazy:<package>` → a module that re-exports the package as it is (CommonJS `module.exports` kept). */
function reexportPackage() {
  return {
    name: 'reexport-package',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^lazy:/ }, (args) => ({
        path: args.path.slice(5),
        namespace: 'lazy',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        resolveDir: root.pathname,
        loader: 'js',
      }));
    },
  };
}

// Each bundle's key: the hash of its content (placeholder included), written over the placeholder.
for (const metafile of [entry.metafile, commands.metafile, lazy.metafile]) {
  for (const output of Object.keys(metafile.outputs).filter((path) => path.endsWith('.cjs'))) {
    const url = new URL(output, root);
    const source = await readFile(url, 'utf8');
    if (!source.startsWith(`${CACHE_KEY_PLACEHOLDER}\n`)) throw new Error(`${output}: no cache-key line`);
    const key = createHash('sha256').update(source).digest('hex').slice(0, 16);
    await writeFile(url, source.replace(CACHE_KEY_PLACEHOLDER, `// fntasks-cache-key:${key}`));
  }
}

// Kept for test/bundle.test.ts, which checks what start-up loads.
await mkdir(new URL('dist', root), { recursive: true });
await writeFile(
  new URL('dist/metafile.json', root),
  JSON.stringify({ entry: entry.metafile, commands: commands.metafile, lazy: lazy.metafile }),
);

if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  for (const metafile of [entry.metafile, commands.metafile, lazy.metafile])
    console.log(await analyzeMetafile(metafile));
}
