// Two bundles, so that start-up reads as little as possible:
// - dist/cli.cjs (CommonJS: Node starts it without its ES module loader): commander, the declarations of
//   every command and option, the option parsers and the error mapping. `--help`, `--version` and usage
//   errors never leave it.
// - dist/esm/: one ES module entry per command (src/commands/<name>.ts) with shared chunks for core and the
//   formatters; dist/cli.cjs loads the command's entry with import() only when that command runs.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const COMMANDS = ['list', 'get', 'watch', 'wait', 'completion'];

const common = {
  absWorkingDir: root.pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'none',
  // Less to read and parse at start-up. Names stay (core and commander read error.name / constructor.name);
  // --debug turns on source maps, so its stack traces point into src/.
  minify: true,
  keepNames: true,
  define: { __FNTASKS_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

await rm(new URL('dist', root), { recursive: true, force: true });

const entry = await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Keep import() as import(): the command bundles are ES modules.
  supported: { 'dynamic-import': true },
  plugins: [commandsAsExternalEsm()],
});

const commands = await build({
  ...common,
  entryPoints: Object.fromEntries(COMMANDS.map((name) => [`commands/${name}`, `src/commands/${name}.ts`])),
  outdir: 'dist/esm',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // cli-table3 and cli-progress are CommonJS and require() Node built-ins; give the ESM bundle a require.
  banner: {
    js: "import { createRequire as __fntasksCreateRequire } from 'node:module'; const require = __fntasksCreateRequire(import.meta.url);",
  },
  plugins: [bundleCoreUndici()],
});

/** `import('./commands/<name>.js')` in src/cli.ts → the ES module bundle of that command, loaded at run time. */
function commandsAsExternalEsm() {
  return {
    name: 'commands-as-external-esm',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) => ({
        path: args.path.replace('./commands/', './esm/commands/'),
        external: true,
      }));
    },
  };
}

/**
 * Core imports undici (its Node HTTP engine) through a variable so that browser bundlers leave it alone. For
 * the CLI we want it bundled into a lazy chunk: one file to read instead of undici's many CommonJS modules.
 * (undici is CommonJS; the bundled chunk's exports sit on `default`.)
 */
function bundleCoreUndici() {
  return {
    name: 'bundle-core-undici',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]packages[\\/]core[\\/]dist[\\/].*\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const rewritten = source.replace(
          /import\(\s*(?:\/\*[^*]*\*\/\s*)*UNDICI\s*\)/g,
          "import('undici').then((m) => m.default ?? m)",
        );
        return { contents: rewritten, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

// Kept for test/bundle.test.ts, which checks what start-up loads.
await mkdir(new URL('dist', root), { recursive: true });
await writeFile(
  new URL('dist/metafile.json', root),
  JSON.stringify({ entry: entry.metafile, commands: commands.metafile }),
);

if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(entry.metafile));
  console.log(await analyzeMetafile(commands.metafile));
}
