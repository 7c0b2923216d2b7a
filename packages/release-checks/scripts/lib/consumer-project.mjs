// @ts-check
/**
 * A consumer project outside the workspace (in the OS temp folder, so Node's resolution can never climb into
 * the workspace's node_modules): the packed tarballs and a few third-party packages installed by one
 * `npm install`, as another team would. npm reaches the registry for third-party packages through its own cache,
 * kept between runs (`consumerNpmCache`); see prebuild-cache.mjs for the one native dependency.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savePrebuilds, seedPrebuildsFromWorkspace } from './prebuild-cache.mjs';
import { run } from './run.mjs';

/** Third-party packages the consumer's own checks use (pinned as in the workspace catalog). */
export const CONSUMER_TOOLS = ['typescript@5.9.3', '@types/node@20', 'openapi-fetch@0.17.0', 'esbuild@0.28'];

/** npm's cache for the consumer installs: outside every clone, so CI's fresh clone starts warm on this machine. */
export const consumerNpmCache =
  process.env.FNTASKS_CONSUMER_NPM_CACHE ?? join(tmpdir(), 'fntasks-consumer-npm-cache');

/** The environment of npm in the consumer project: its cache, no audit/fund/update noise, headers for builds. */
export function consumerNpmEnv() {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  // Drop what pnpm exported for its own scripts (npm_config_*, npm_package_*): the consumer is not in the workspace.
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || key === 'npm_config_nodedir') env[key] = value;
  }
  env.npm_config_cache = consumerNpmCache;
  env.npm_config_audit = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_update_notifier = 'false';
  env.npm_config_loglevel = 'error';
  env.SCARF_ANALYTICS = 'false';
  // better-sqlite3 builds from source when no prebuild is cached; Node's headers are here (no download).
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node_version.h'))
    env.npm_config_nodedir = '/usr';
  return env;
}

/**
 * Creates a consumer project from `fixtureDir` and installs `tarballs` plus `tools` in one npm command; with
 * `ignoreScripts`, no install script runs, then `npm rebuild` builds the native packages named.
 * @param {string} fixtureDir @param {string[]} tarballs @param {string[]} [tools]
 * @param {{ ignoreScripts?: boolean; rebuild?: string[] }} [options]
 * @returns {Promise<{ dir: string; installMs: number }>}
 */
export async function createConsumerProject(fixtureDir, tarballs, tools = CONSUMER_TOOLS, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fntasks-consumer-'));
  cpSync(fixtureDir, dir, { recursive: true });
  mkdirSync(consumerNpmCache, { recursive: true });
  seedPrebuildsFromWorkspace(consumerNpmCache);
  const env = consumerNpmEnv();
  const started = performance.now();
  await run(
    'npm',
    [
      'install',
      '--no-package-lock',
      ...(options.ignoreScripts ? ['--ignore-scripts'] : []),
      ...tarballs,
      ...tools,
    ],
    {
      cwd: dir,
      env,
      timeoutMs: 540_000,
    },
  );
  if (options.rebuild?.length)
    await run('npm', ['rebuild', ...options.rebuild], { cwd: dir, env, timeoutMs: 540_000 });
  const installMs = performance.now() - started;
  savePrebuilds(dir, consumerNpmCache);
  return { dir, installMs };
}
