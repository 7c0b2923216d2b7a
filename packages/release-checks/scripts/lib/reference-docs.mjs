// @ts-check
/**
 * Reference docs, browsable offline: TypeDoc of @fntasks/core from its doc comments (one module per public
 * entry point), validated so an undocumented public export fails; and the OpenAPI spec rendered by Redocly with
 * Redoc's script inlined (`--inlineBundle`; the default page loads it from a CDN, unreachable offline).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, Logger, LogLevel, OptionDefaults } from 'typedoc';
import { run } from './run.mjs';
import { listWorkspacePackages, repoRoot } from './workspace.mjs';

/** This package's folder. */
const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/** The block tags TypeDoc knows by default. */
const BLOCK_TAGS = OptionDefaults.blockTags;

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
 * The declaration file of each public entry point of a package (its `exports` types, as consumers see them, doc
 * comments included): built output, so the docs do not depend on a source tree mid-edit.
 * @param {string} packageName
 */
export function typesEntryPoints(packageName) {
  const pkg = listWorkspacePackages().find((candidate) => candidate.name === packageName);
  if (!pkg) throw new Error(`${packageName} is not a workspace package`);
  const exportsField = /** @type {Record<string, { types?: string } | string>} */ (
    pkg.manifest.exports ?? {}
  );
  return Object.values(exportsField)
    .flatMap((target) => (typeof target === 'object' && target.types ? [join(pkg.dir, target.types)] : []))
    .filter((file) => {
      if (!existsSync(file))
        throw new Error(`${relative(repoRoot, file)} is missing: build ${packageName} first`);
      return true;
    });
}

/**
 * A tsconfig for TypeDoc over declaration files, written under this package's node_modules (so `types: ["node"]`
 * resolves here). @param {string[]} files @returns {string} its path
 */
function declarationsTsconfig(files) {
  const dir = join(packageDir, 'node_modules/.cache/release-checks');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'tsconfig.typedoc.json');
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    noEmit: true,
  };
  writeFileSync(path, JSON.stringify({ compilerOptions, files }, null, 2));
  return path;
}

/**
 * Runs TypeDoc over `entryPoints` and validates doc comments; writes HTML to `out` when given. `problems` are
 * what fails (an undocumented export, a broken `{@link}`, an error); `notes` are the other warnings.
 * @param {{ entryPoints: string[]; tsconfig: string; name: string; readme?: string; out?: string;
 *   intentionallyNotDocumented?: string[] }} options
 * @returns {Promise<{ ok: boolean; problems: string[]; notes: string[] }>}
 */
export async function runTypedoc(options) {
  const app = await Application.bootstrapWithPlugins({
    entryPoints: options.entryPoints,
    tsconfig: options.tsconfig,
    name: options.name,
    readme: options.readme ?? 'none',
    excludePrivate: true,
    excludeInternal: true,
    // Exported-but-unreachable types are api-extractor's `ae-forgotten-export` notes in the API reports.
    validation: { notExported: false, invalidLink: true, notDocumented: true },
    requiredToBeDocumented: [...REQUIRED_TO_BE_DOCUMENTED],
    intentionallyNotDocumented: options.intentionallyNotDocumented ?? [],
    // openapi-typescript writes the spec's descriptions as `@description` tags.
    blockTags: [...BLOCK_TAGS, '@description'],
    treatValidationWarningsAsErrors: true,
    disableGit: true,
    sourceLinkTemplate: '{path}#L{line}',
    logLevel: 'Warn',
  });
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const notes = [];
  let validating = false;
  app.logger = new (class extends Logger {
    /** @override @param {string} message @param {LogLevel} level */
    log(message, level) {
      super.log(message, level);
      if (level === LogLevel.Error || (validating && level === LogLevel.Warn)) problems.push(message);
      else if (level === LogLevel.Warn) notes.push(message);
    }
  })();
  const project = await app.convert();
  if (!project) return { ok: false, problems: [...problems, 'TypeDoc could not convert the project'], notes };
  validating = true;
  app.validate(project);
  validating = false;
  if (problems.length === 0 && options.out) await app.generateDocs(project, options.out);
  return { ok: problems.length === 0, problems, notes };
}

/** TypeDoc of @fntasks/core's built declarations. @param {string} [out] */
export async function runCoreTypedoc(out) {
  const entryPoints = typesEntryPoints('@fntasks/core');
  const result = await runTypedoc({
    entryPoints,
    tsconfig: declarationsTsconfig(entryPoints),
    name: '@fntasks/core',
    // Core's README is the landing page, its links into the repository rewritten for the docs folder.
    readme: referenceReadme(join(repoRoot, 'packages/core/README.md')),
    // Generated by openapi-typescript from the spec, whose descriptions they carry; the spec page documents them.
    intentionallyNotDocumented: ['components', 'operations', 'webhooks', '$defs'].map(
      (name) => `generated/openapi.${name}`,
    ),
    ...(out ? { out } : {}),
  });
  // TypeDoc looks for a rewritten link's target as a file to copy; the spec page is written beside core/ later.
  const expected = Object.values(REFERENCE_LINKS).map(
    (target) => `The relative path ${target} is not a file`,
  );
  return { ...result, notes: result.notes.filter((note) => !expected.some((text) => note.includes(text))) };
}

/**
 * Where core README's repository-relative links lead in the reference folder (`core/` beside `api/`): the spec to
 * its rendered page. Any other one has no page there and keeps its text without the link (a package name).
 */
const REFERENCE_LINKS = /** @type {Record<string, string>} */ ({ '../../openapi/': '../api/index.html' });

/**
 * A copy of a README for TypeDoc, written under this package's node_modules, whose repository-relative links
 * (which TypeDoc would try to copy in as files) are rewritten by `REFERENCE_LINKS` or reduced to their text;
 * links with a scheme and `#anchors` stay. @param {string} readme @returns {string} the copy's path
 */
export function referenceReadme(readme) {
  const text = readFileSync(readme, 'utf8').replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (link, label, target) => {
    if (/^[a-z][a-z0-9+.-]*:|^#/i.test(target)) return link;
    const mapped = REFERENCE_LINKS[target];
    // An absolute URL: TypeDoc leaves it alone; relative to the page, it resolves inside the reference folder.
    return mapped ? `<a href="${mapped}">${label.replace(/`([^`]*)`/g, '<code>$1</code>')}</a>` : label;
  });
  const dir = join(packageDir, 'node_modules/.cache/release-checks');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'core-README.md');
  writeFileSync(path, text);
  return path;
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
