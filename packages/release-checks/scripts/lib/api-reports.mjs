// @ts-check
/**
 * API reports: api-extractor, one config per public entry point (`<package>/api-extractor*.json`, extending
 * `api-extractor.base.json` here), each writing `<package>/etc/<name>.api.md`. Checking compares a fresh report
 * with the committed one; updating rewrites the committed one. Reports are read from the built `dist/*.d.ts`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { listPublishedPackages, repoRoot } from './workspace.mjs';

/** The command that rewrites every report, for messages. */
export const UPDATE_COMMAND = 'pnpm --filter @fntasks/release-checks api:update';

/**
 * @typedef {{ packageName: string; configPath: string; entryPoint: string; reportPath: string }} ApiReportConfig
 * @typedef {{ config: ApiReportConfig; succeeded: boolean; changed: boolean; messages: string[] }} ApiReportResult
 */

/**
 * Every api-extractor config of the published packages.
 * @returns {ApiReportConfig[]}
 */
export function listApiReportConfigs(root = repoRoot) {
  return listPublishedPackages(root).flatMap((pkg) =>
    readdirSync(pkg.dir)
      .filter((file) => /^api-extractor(\.[\w-]+)?\.json$/.test(file))
      .sort()
      .map((file) => {
        // Resolved by hand: `prepare` refuses a config whose entry point is not built yet.
        const configPath = join(pkg.dir, file);
        const loaded = ExtractorConfig.loadFile(configPath);
        const projectFolder = resolve(pkg.dir, loaded.projectFolder ?? '.');
        /** @param {string} path */
        const expand = (path) => resolve(path.replace('<projectFolder>', projectFolder));
        const reportFolder = expand(loaded.apiReport?.reportFolder ?? '<projectFolder>/etc/');
        const reportName = (loaded.apiReport?.reportFileName ?? '').replace(/\.api\.md$/, '');
        return {
          packageName: pkg.name,
          configPath,
          entryPoint: expand(loaded.mainEntryPointFilePath),
          reportPath: join(reportFolder, `${reportName}.api.md`),
        };
      }),
  );
}

/**
 * The public entry points (`exports` subpaths with types) of every published package, as `.d.ts` paths.
 * @returns {{ packageName: string; subpath: string; typesPath: string }[]}
 */
export function listPublicEntryPoints(root = repoRoot) {
  return listPublishedPackages(root).flatMap((pkg) => {
    const exportsField = /** @type {Record<string, unknown> | undefined} */ (pkg.manifest.exports);
    if (!exportsField || typeof exportsField !== 'object') return [];
    return Object.entries(exportsField).flatMap(([subpath, target]) => {
      const types = typesOf(target);
      return types ? [{ packageName: pkg.name, subpath, typesPath: resolve(pkg.dir, types) }] : [];
    });
  });
}

/** @param {unknown} target @returns {string | undefined} */
function typesOf(target) {
  if (!target || typeof target !== 'object') return undefined;
  const record = /** @type {Record<string, unknown>} */ (target);
  if (typeof record.types === 'string') return record.types;
  for (const value of Object.values(record)) {
    const nested = typesOf(value);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Runs api-extractor for one config: `update` rewrites the committed report, otherwise a changed report fails.
 * @param {string} configPath @param {{ update?: boolean; reportFolder?: string }} [options]
 * @returns {ApiReportResult}
 */
export function runApiReport(configPath, options = {}) {
  const loaded = ExtractorConfig.loadFile(configPath);
  if (options.reportFolder)
    loaded.apiReport = { ...loaded.apiReport, enabled: true, reportFolder: options.reportFolder };
  const prepared = ExtractorConfig.prepare({
    configObject: loaded,
    configObjectFullPath: configPath,
    packageJsonFullPath: join(resolve(configPath, '..'), 'package.json'),
  });
  if (!existsSync(prepared.mainEntryPointFilePath)) {
    throw new Error(
      `${relative(repoRoot, prepared.mainEntryPointFilePath)} does not exist: build ${prepared.packageJson?.name} first`,
    );
  }
  if (options.update) mkdirSync(dirname(prepared.reportFilePath), { recursive: true });
  /** @type {string[]} */
  const messages = [];
  const result = Extractor.invoke(prepared, {
    localBuild: options.update === true,
    messageCallback: (message) => {
      // The report-file notes say what the script says itself (and name api-extractor's temp folder).
      const reportNote = /^console-api-report-/.test(message.messageId);
      if (!reportNote && (message.logLevel === 'error' || message.logLevel === 'warning')) {
        const where = message.sourceFilePath
          ? `${relative(repoRoot, message.sourceFilePath)}:${message.sourceFileLine}: `
          : '';
        messages.push(`${where}${message.text} (${message.messageId})`);
      }
      message.handled = true;
    },
  });
  return {
    config: {
      packageName: prepared.packageJson?.name ?? '',
      configPath,
      entryPoint: prepared.mainEntryPointFilePath,
      reportPath: prepared.reportFilePath,
    },
    succeeded: result.succeeded,
    changed: result.apiReportChanged,
    messages,
  };
}

/** The committed report's text, or '' when there is none. @param {string} reportPath */
export function readReport(reportPath) {
  return existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
}
