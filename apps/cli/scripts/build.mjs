// Bundles src/cli.ts into dist/: the entry chunk holds commander and the option parsers only; each command,
// core and the formatters are separate chunks loaded on use, so `fntasks --help` never reads them.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

await rm(new URL('dist', root), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root.pathname,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  legalComments: 'none',
  // Less to read and parse at start-up. Names stay (core and commander read error.name / constructor.name);
  // --debug turns on source maps, so its stack traces point into src/.
  minify: true,
  keepNames: true,
  define: { __FNTASKS_VERSION__: JSON.stringify(pkg.version) },
  // cli-table3 and cli-progress are CommonJS and require() Node built-ins; give the ESM bundle a require.
  banner: {
    js: "import { createRequire as __fntasksCreateRequire } from 'node:module'; const require = __fntasksCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [bundleCoreUndici()],
});

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
        const rewritten = source.replace(/import\(\s*(?:\/\*[^*]*\*\/\s*)*UNDICI\s*\)/g, "import('undici').then((m) => m.default ?? m)");
        return { contents: rewritten, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

// Kept for test/bundle.test.ts, which checks that the entry chunk loads nothing but commander and the parsers.
await writeFile(new URL('dist/metafile.json', root), JSON.stringify(result.metafile));

if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
