/**
 * Pack and install: every published package packed by `pnpm pack:all` (scripts/pack-all.mjs, the documented
 * route before the first release) and installed from the tarballs by one `npm install` into a fresh project
 * outside the workspace (workspace links hide missing `files`, wrong `exports` and undeclared dependencies), then
 * used there as another team would; and the install line that script prints, run as printed in a scratch folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerNpmEnv, createConsumerProject } from '../scripts/lib/consumer-project.mjs';
import { type EmulatorProcess, startEmulatorProcess } from '../scripts/lib/emulator-process.mjs';
import { OTHER_NODES } from '../scripts/lib/node-versions.mjs';
import type { PackedPackage } from '../scripts/lib/pack.mjs';
import { run, runCommand } from '../scripts/lib/run.mjs';
import { listPublishedPackages, repoRoot } from '../scripts/lib/workspace.mjs';

const fixture = resolve(import.meta.dirname, 'fixtures/consumer');
const reportFile = resolve(import.meta.dirname, '../dist/pack-install.json');
const tarballDir = mkdtempSync(join(tmpdir(), 'fntasks-tarballs-'));
const published = listPublishedPackages();
const publishedNames = new Set(published.map((pkg) => pkg.name));
// A published package that depends on an unpublished workspace package cannot install: the manifest test
// names it, and the install leaves it out so the other checks still run.
const unpublishedDeps = published.flatMap((pkg) =>
  Object.keys(pkg.manifest.dependencies ?? {})
    .filter((dep) => dep.startsWith('@fntasks/') && !publishedNames.has(dep))
    .map((dep) => ({ pkg: pkg.name, dep })),
);

// Diagnosis only: FNTASKS_PACK_EXCLUDE=@fntasks/a,@fntasks/b leaves tarballs out of the install to see what
// else works while one is broken; the first test then fails, so an excluded package never passes silently.
const excluded = (process.env.FNTASKS_PACK_EXCLUDE ?? '').split(',').filter(Boolean);
// When the one install fails in a dependency's install script, the first test fails with npm's message and the
// packages that depend on it directly are left out of a second install, so the other checks still run.
let installFailure = '';

let packed: PackedPackage[] = [];
/** The `npm install …` line `pnpm pack:all` printed. */
let installLine = '';
let project = '';
let installMs = 0;
const emulators: EmulatorProcess[] = [];
const cleanup: string[] = [];

const nodeVersion = async (binary: string) => (await run(binary, ['--version'])).stdout.trim();
const bin = (name: string) => join(project, 'node_modules/.bin', name);
const node = (args: string[]) => run(process.execPath, args, { cwd: project, timeoutMs: 60_000 });

/** Installs `candidates` into a fresh consumer project; on a failing dependency, once more without its dependents. */
async function installConsumer(candidates: PackedPackage[]) {
  try {
    return await createConsumerProject(
      fixture,
      candidates.map((pkg) => pkg.tarball),
    );
  } catch (error) {
    const message = (error as Error).message;
    const failing = /npm error path \S*node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\s*$/m.exec(message)?.[1];
    const dependents = published
      .filter((pkg) => failing && Object.hasOwn(pkg.manifest.dependencies ?? {}, failing))
      .map((pkg) => pkg.name);
    if (dependents.length === 0) throw error;
    installFailure = `${dependents.join(', ')}: npm cannot install the dependency ${failing}\n${message}`;
    excluded.push(...dependents);
    return createConsumerProject(
      fixture,
      candidates.filter((pkg) => !dependents.includes(pkg.name)).map((pkg) => pkg.tarball),
    );
  }
}

/** Runs `pnpm pack:all`'s script into `folder`; returns what it packed (its tarballs.json) and the line it printed. */
async function packAll(folder: string): Promise<{ packed: PackedPackage[]; line: string }> {
  const script = resolve(import.meta.dirname, '../scripts/pack-all.mjs');
  const { stdout } = await run(process.execPath, [script, folder], { timeoutMs: 300_000 });
  const listed = JSON.parse(readFileSync(join(folder, 'tarballs.json'), 'utf8')) as {
    name: string;
    version: string;
    file: string;
    bytes: number;
    files: string[];
  }[];
  return {
    packed: listed.map((entry) => ({
      ...entry,
      dir: published.find((pkg) => pkg.name === entry.name)?.dir ?? '',
      tarball: join(folder, entry.file),
    })),
    line: stdout.split('\n').find((text) => text.startsWith('npm install ')) ?? '',
  };
}

beforeAll(async () => {
  ({ packed, line: installLine } = await packAll(tarballDir));
  const installable = packed.filter(
    (pkg) => !excluded.includes(pkg.name) && !unpublishedDeps.some((entry) => entry.pkg === pkg.name),
  );
  ({ dir: project, installMs } = await installConsumer(installable));
  mkdirSync(resolve(reportFile, '..'), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    installMs: Math.round(installMs),
    tarballs: packed.map(({ name, version, bytes, files }) => ({
      name,
      version,
      bytes,
      files: files.length,
    })),
  };
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
});

afterAll(async () => {
  await Promise.all(emulators.map((emulator) => emulator.stop()));
  rmSync(tarballDir, { recursive: true, force: true });
  for (const dir of [project, ...cleanup]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('published manifests', () => {
  it('all install together, from their tarballs, in one npm command', () => {
    expect(installFailure).toBe('');
    expect(excluded, 'FNTASKS_PACK_EXCLUDE left packages out').toEqual([]);
    expect(packed.map((pkg) => pkg.name)).toEqual(published.map((pkg) => pkg.name));
  });

  it('depend only on published workspace packages', () => {
    expect(unpublishedDeps.map(({ pkg, dep }) => `${pkg} depends on ${dep}, which is private`)).toEqual([]);
  });

  it('ship a README, and state Node versions that admit every Node tested here (20, 22, 24)', async () => {
    const tested = [process.version, ...(await Promise.all(Object.values(OTHER_NODES).map(nodeVersion)))];
    for (const pkg of published) {
      expect(existsSync(join(pkg.dir, 'README.md')), `${pkg.name} README.md`).toBe(true);
      const runsCode =
        pkg.manifest.bin !== undefined || JSON.stringify(pkg.manifest.exports ?? {}).includes('.js');
      if (!runsCode) continue;
      const range = pkg.manifest.engines?.node ?? '';
      expect(semver.validRange(range), `${pkg.name} engines.node ${JSON.stringify(range)}`).not.toBeNull();
      for (const version of tested) {
        expect(
          semver.satisfies(version, range),
          `${pkg.name} engines.node "${range}" admits ${version}`,
        ).toBe(true);
      }
    }
  });

  it('pack no tests, sources maps of tests or workspace-only ranges', () => {
    for (const pkg of packed) {
      expect(
        pkg.files.filter((file) => /(^|\/)test\/|\.test\.[cm]?[jt]s$/.test(file)),
        pkg.name,
      ).toEqual([]);
      const installed = join(project, 'node_modules', pkg.name, 'package.json');
      if (!existsSync(installed)) continue;
      const manifest = JSON.parse(readFileSync(installed, 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      for (const range of Object.values(manifest.dependencies ?? {})) {
        expect(range, `${pkg.name} dependency range`).not.toMatch(/^(workspace|catalog):/);
      }
    }
  });
});

describe('@fntasks/core in a consumer project', () => {
  it('loads with ESM import and with require()', async () => {
    const esm = JSON.parse((await node(['esm.mjs'])).stdout);
    const cjs = JSON.parse((await node(['cjs.cjs'])).stdout);
    expect(esm.exports).toContain('createFunctionTasksClient');
    expect(esm).toMatchObject({ client: 'function', node: 'function', signing: 'function', protocol: true });
    expect(cjs.exports).toEqual(esm.exports);
    expect(cjs.signing).toBe('function');
  });

  it.each(['nodenext', 'bundler'])(
    'type-checks a strict consumer with skipLibCheck false (moduleResolution %s)',
    async (resolution) => {
      const result = await runCommand(process.execPath, [bin('tsc'), '-p', `tsconfig.${resolution}.json`], {
        cwd: project,
        timeoutMs: 120_000,
      });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );

  it('bundles for the browser with esbuild and pulls in no Node built-in', async () => {
    const { stdout } = await node([
      '--input-type=module',
      '-e',
      `import { build } from 'esbuild';
       const result = await build({ entryPoints: ['browser-entry.js'], bundle: true, platform: 'browser',
         format: 'esm', write: false, metafile: true, logLevel: 'silent' });
       console.log(JSON.stringify({ inputs: Object.keys(result.metafile.inputs),
         imports: Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path)),
         warnings: result.warnings.length, bytes: result.outputFiles[0].contents.length }));`,
    ]);
    const bundle = JSON.parse(stdout) as {
      inputs: string[];
      imports: string[];
      warnings: number;
      bytes: number;
    };
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    expect(bundle.imports.filter((path) => builtins.has(path) || path.startsWith('node:'))).toEqual([]);
    expect(bundle.inputs.filter((path) => path.startsWith('node:') || builtins.has(path))).toEqual([]);
    expect(bundle.inputs.some((path) => path.includes('node_modules/@fntasks/core/'))).toBe(true);
    expect(bundle.warnings).toBe(0);
  });

  it("drives openapi-fetch's createClient<paths>() with the signing middleware, verified by the emulator", async () => {
    // Its types are checked by the two tsc runs above; here it only needs to become JavaScript.
    await run(
      bin('esbuild'),
      ['signed-openapi-fetch.ts', '--format=esm', '--platform=node', '--outfile=out/signed-openapi-fetch.js'],
      { cwd: project },
    );
    const emulator = await startEmulatorProcess(bin('fntasks-emulator'), [
      '--seed',
      '--auth',
      'verify',
      '--access-key',
      'release-check-id:release-check-secret',
    ]);
    emulators.push(emulator);
    const signed = await node([
      'out/signed-openapi-fetch.js',
      emulator.url,
      'release-check-id',
      'release-check-secret',
    ]);
    expect(JSON.parse(signed.stdout)).toEqual({ status: 200, tasks: 3 });
    const wrongSecret = await runCommand(
      process.execPath,
      ['out/signed-openapi-fetch.js', emulator.url, 'release-check-id', 'not-the-secret'],
      { cwd: project },
    );
    expect(wrongSecret.code).not.toBe(0);
    expect(wrongSecret.stderr).toContain('SignatureDoesNotMatch');
  });
});

describe('the CLI and emulator tarballs', () => {
  it('fntasks --help', async () => {
    const { stdout } = await run(bin('fntasks'), ['--help'], { cwd: project });
    expect(stdout).toMatch(/^Usage: fntasks/m);
    expect(stdout).toContain('list');
  });

  it('fntasks list my-app ctr ctr_test --emulator URL against fntasks-emulator', async () => {
    const emulator = await startEmulatorProcess(bin('fntasks-emulator'), ['--seed']);
    emulators.push(emulator);
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { stdout } = await run(
      bin('fntasks'),
      ['list', 'my-app', 'ctr', 'ctr_test', '--emulator', emulator.url, '--output', 'json'],
      { cwd: project, timeoutMs: 60_000 },
    );
    expect(listedTasks(stdout)).toBeGreaterThan(0);
  });

  it('the CLI tarball alone: no dependencies declared, and its bundles run on their own', async () => {
    const cli = packed.find((pkg) => pkg.name === '@fntasks/cli');
    if (!cli) throw new Error('@fntasks/cli was not packed');
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules/@fntasks/cli/package.json'), 'utf8'),
    );
    expect(manifest.dependencies ?? {}, 'the CLI bundles what it runs').toEqual({});
    const alone = await createConsumerProject(
      resolve(import.meta.dirname, 'fixtures/cli-only'),
      [cli.tarball],
      [],
    );
    cleanup.push(alone.dir);
    const emulator = await startEmulatorProcess(bin('fntasks-emulator'), ['--seed']);
    emulators.push(emulator);
    const { stdout } = await run(
      join(alone.dir, 'node_modules/.bin/fntasks'),
      ['list', 'my-app', 'ctr', 'ctr_test', '--emulator', emulator.url, '--output', 'json'],
      { cwd: alone.dir, timeoutMs: 60_000 },
    );
    expect(listedTasks(stdout)).toBeGreaterThan(0);
  });
});

/** How many tasks `fntasks list --output json` printed (an array, or an object with the tasks). */
function listedTasks(stdout: string): number {
  const parsed = JSON.parse(stdout) as unknown;
  if (Array.isArray(parsed)) return parsed.length;
  const tasks = (parsed as { tasks?: unknown }).tasks;
  return Array.isArray(tasks) ? tasks.length : 0;
}

describe('the pre-release route: pnpm pack:all and the one npm install line it prints (issue 24)', () => {
  it('packs the six publishable packages into one folder and prints one line that installs them all', () => {
    expect(packed.map((pkg) => pkg.name)).toEqual([
      '@fntasks/cli',
      '@fntasks/contract',
      '@fntasks/core',
      '@fntasks/emulator',
      '@fntasks/openapi',
      '@fntasks/protocol',
    ]);
    expect(installLine.split(' ').slice(0, 3)).toEqual(['npm', 'install', '--save-dev']);
    expect(installLine.split(' ').slice(3)).toEqual(packed.map((pkg) => pkg.tarball));
  });

  it('that line, run as printed in a scratch folder outside the repo, installs them and npx fntasks-contract verify passes the V3 example', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'fntasks-route-'));
    cleanup.push(scratch);
    expect(scratch.startsWith(repoRoot)).toBe(false);
    const env = consumerNpmEnv();
    await run('npm', ['init', '-y'], { cwd: scratch, env });
    await run('sh', ['-c', installLine], { cwd: scratch, env, timeoutMs: 540_000 });
    for (const pkg of packed) {
      expect(existsSync(join(scratch, 'node_modules', pkg.name, 'package.json')), pkg.name).toBe(true);
    }
    const example = join(repoRoot, 'packages/contract/examples/jvm-consumer.pact.json');
    const result = await runCommand('npx', ['fntasks-contract', 'verify', example], {
      cwd: scratch,
      env,
      timeoutMs: 180_000,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^PASSED: spec: 5 passed, 0 failed; provider: 5 passed, 0 failed$/m);
  }, 900_000);
});

describe('fntasks-contract verify from the contract tarball (issue 17)', () => {
  const examples = join(repoRoot, 'packages/contract/examples');
  const passing = join(examples, 'jvm-consumer.pact.json');
  const mutated = join(examples, 'jvm-consumer.mutated.pact.json');
  let contractDir = '';
  // While npm cannot install the contract tarball with the others (the first test fails then), its bin is still
  // checked from an install without install scripts plus `npm rebuild better-sqlite3` (the workaround a user
  // would take), so a broken bin does not hide behind a broken install.
  beforeAll(async () => {
    const contract = packed.find((pkg) => pkg.name === '@fntasks/contract');
    if (!contract) return;
    if (existsSync(join(project, 'node_modules/@fntasks/contract/package.json'))) {
      contractDir = project;
      return;
    }
    const tarballs = packed.filter((pkg) =>
      [
        '@fntasks/contract',
        '@fntasks/core',
        '@fntasks/emulator',
        '@fntasks/openapi',
        '@fntasks/protocol',
      ].includes(pkg.name),
    );
    const fallback = await createConsumerProject(
      resolve(import.meta.dirname, 'fixtures/cli-only'),
      tarballs.map((pkg) => pkg.tarball),
      [],
      { ignoreScripts: true, rebuild: ['better-sqlite3'] },
    );
    cleanup.push(fallback.dir);
    contractDir = fallback.dir;
  });
  const contractBin = () => join(contractDir, 'node_modules/.bin/fntasks-contract');
  /** Runs the bin on a pact with a JUnit report; keeps its output and report in dist/ for the release notes. */
  const verify = async (pactFile: string, name: string) => {
    const junit = join(tarballDir, `${name}.junit.xml`);
    const result = await runCommand(contractBin(), ['verify', pactFile, '--junit', junit], {
      cwd: contractDir,
      timeoutMs: 180_000,
    });
    const report = existsSync(junit) ? readFileSync(junit, 'utf8') : '';
    writeFileSync(
      resolve(reportFile, '..', `contract-verify-${name}.txt`),
      `${result.stdout}${result.stderr}\n${report}`,
    );
    return { ...result, junit: report };
  };
  const whyNot = () =>
    !publishedNames.has('@fntasks/contract')
      ? '@fntasks/contract is not published yet (private)'
      : !existsSync(contractBin())
        ? 'the contract tarball has no fntasks-contract bin yet'
        : !existsSync(passing) || !existsSync(mutated)
          ? 'packages/contract/examples/jvm-consumer{,.mutated}.pact.json do not exist yet'
          : undefined;

  it('passes on the example pact', async (context) => {
    const reason = whyNot();
    if (reason) return context.skip(reason);
    const result = await verify(passing, 'example');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const { interactions } = JSON.parse(readFileSync(passing, 'utf8')) as PactFile;
    const cases = result.junit.match(/<testcase\b/g) ?? [];
    expect(cases.length, 'a JUnit test case per interaction and check').toBeGreaterThanOrEqual(
      interactions.length,
    );
    expect(result.junit).not.toMatch(/<failure\b/);
  });

  it('fails on the mutated pact, naming the interaction and the path', async (context) => {
    const reason = whyNot();
    if (reason) return context.skip(reason);
    const result = await verify(mutated, 'mutated');
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(1);
    const mutation = findMutation(
      JSON.parse(readFileSync(passing, 'utf8')),
      JSON.parse(readFileSync(mutated, 'utf8')),
    );
    expect(mutation, 'the mutated pact differs from the example in one interaction').toBeDefined();
    expect(output).toContain(mutation?.interaction);
    expect(output).toContain(mutation?.key);
    expect(result.junit).toMatch(/<failure\b/);
  });
});

interface PactFile {
  interactions: { description: string }[];
}

/** The first interaction whose JSON differs between the two pacts, and the first key only the mutated one has. */
function findMutation(
  original: PactFile,
  mutated: PactFile,
): { interaction: string; key: string } | undefined {
  for (const [index, interaction] of mutated.interactions.entries()) {
    const before = original.interactions[index];
    if (JSON.stringify(before) === JSON.stringify(interaction)) continue;
    const key = firstNewKey(before, interaction);
    return { interaction: interaction.description, key: key ?? '' };
  }
  return undefined;
}

function firstNewKey(before: unknown, after: unknown): string | undefined {
  if (!after || typeof after !== 'object') return undefined;
  const old = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(after as Record<string, unknown>)) {
    if (!(key in old)) return key;
    const nested = firstNewKey(old[key], value);
    if (nested) return nested;
  }
  return undefined;
}
