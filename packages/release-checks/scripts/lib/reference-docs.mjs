// @ts-check
/**
 * Reference docs, browsable offline: TypeDoc of @fntasks/core from its doc comments (one module per public
 * entry point), validated so an undocumented public export fails; and the OpenAPI spec rendered by Redocly with
 * Redoc's script inlined (`--inlineBundle`; the default page loads it from a CDN, unreachable offline).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { Application, Logger, LogLevel } from 'typedoc';
import { run } from './run.mjs';
import { listWorkspacePackages, repoRoot } from './workspace.mjs';

/** Declarations that must carry a doc comment when exported (members are the owner's choice). */
const REQUIRED_TO_BE_DOCUMENTED = /** @type {const} */ ([
  'Enum',
  'Variable',
  'Function',
  'Class',
  'Interface',
  'TypeAlias',
]);

/**
 * The source file of each public entry point of a package: its `exports` types (`dist/x.d.ts`) mapped back to
 * `src/x.ts` (the packages build with tsc, rootDir src, outDir dist).
 * @param {string} packageName
 */
export function sourceEntryPoints(packageName) {
  const pkg = listWorkspacePackages().find((candidate) => candidate.name === packageName);
  if (!pkg) throw new Error(`${packageName} is not a workspace package`);
  const exportsField = /** @type {Record<string, { types?: string } | string>} */ (
    pkg.manifest.exports ?? {}
  );
  return Object.values(exportsField)
    .flatMap((target) => (typeof target === 'object' && target.types ? [target.types] : []))
    .map((types) => join(pkg.dir, types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts')))
    .filter((file) => {
      if (!existsSync(file))
        throw new Error(`${relative(repoRoot, file)} (the source of an entry point) is missing`);
      return true;
    });
}

/**
 * Runs TypeDoc over `entryPoints`, validating doc comments; writes HTML to `out` when given.
 * @param {{ entryPoints: string[]; tsconfig: string; name: string; readme?: string; out?: string }} options
 * @returns {Promise<{ ok: boolean; problems: string[] }>}
 */
export async function runTypedoc(options) {
  const app = await Application.bootstrapWithPlugins({
    entryPoints: options.entryPoints,
    tsconfig: options.tsconfig,
    name: options.name,
    readme: options.readme ?? 'none',
    excludePrivate: true,
    excludeInternal: true,
    validation: { notExported: true, invalidLink: true, notDocumented: true },
    requiredToBeDocumented: [...REQUIRED_TO_BE_DOCUMENTED],
    treatValidationWarningsAsErrors: true,
    disableGit: true,
    sourceLinkTemplate: '{path}#L{line}',
    logLevel: 'Warn',
  });
  /** @type {string[]} */
  const problems = [];
  app.logger = new (class extends Logger {
    /** @override @param {string} message @param {LogLevel} level */
    log(message, level) {
      super.log(message, level);
      if (level >= LogLevel.Warn) problems.push(message);
    }
  })();
  const project = await app.convert();
  if (!project) return { ok: false, problems: [...problems, 'TypeDoc could not convert the project'] };
  app.validate(project);
  if (problems.length === 0 && options.out) await app.generateDocs(project, options.out);
  return { ok: problems.length === 0, problems };
}

/** TypeDoc of @fntasks/core (its README as the front page). @param {string} [out] */
export function runCoreTypedoc(out) {
  const core = join(repoRoot, 'packages/core');
  return runTypedoc({
    entryPoints: sourceEntryPoints('@fntasks/core'),
    tsconfig: join(core, 'tsconfig.build.json'),
    name: '@fntasks/core',
    readme: join(core, 'README.md'),
    ...(out ? { out } : {}),
  });
}

/** Renders openapi/function-tasks.yaml into one self-contained HTML file. @param {string} outFile */
export async function buildSpecPage(outFile) {
  const redoclyBin = join(
    dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
    'bin/cli.js',
  );
  mkdirSync(dirname(outFile), { recursive: true });
  await run(
    process.execPath,
    [redoclyBin, 'build-docs', 'function-tasks.yaml', '--inlineBundle', '--output', outFile],
    { cwd: join(repoRoot, 'openapi'), env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
  );
  return readFileSync(outFile, 'utf8');
}

/**
 * What in a page would load from the network: script and stylesheet sources, module imports, preloads.
 * @param {string} html @returns {string[]}
 */
export function remoteResources(html) {
  const patterns = [
    /<script[^>]*\ssrc=["']?(https?:)?\/\/[^"'\s>]+/gi,
    /<link[^>]*\shref=["']?(https?:)?\/\/[^"'\s>]+/gi,
    /\bimport\s*(?:[\w{}\s,*]+from\s*)?["'](https?:)?\/\/[^"']+["']/gi,
    /@import\s+(url\()?["']?(https?:)?\/\//gi,
  ];
  return patterns.flatMap((pattern) => html.match(pattern) ?? []);
}
