/**
 * API reports: every public entry point of every published package has an api-extractor config, and each
 * committed report (`<package>/etc/*.api.md`) matches what the build exports, so every API change shows in a diff.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  listApiReportConfigs,
  listPublicEntryPoints,
  runApiReport,
  UPDATE_COMMAND,
} from '../scripts/lib/api-reports.mjs';
import { repoRoot } from '../scripts/lib/workspace.mjs';

const configs = listApiReportConfigs();
const scratch = mkdtempSync(join(tmpdir(), 'fntasks-api-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('API reports', () => {
  it('cover every public entry point of every published package, once', () => {
    const covered = configs.map((config) => config.entryPoint);
    const missing = listPublicEntryPoints()
      .filter((entry) => !covered.includes(entry.typesPath))
      .map((entry) => `${entry.packageName} "${entry.subpath}" (${relative(repoRoot, entry.typesPath)})`);
    expect(missing, 'entry points without an api-extractor config').toEqual([]);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it.each(configs.map((config) => [relative(repoRoot, config.reportPath), config] as const))(
    '%s matches the build',
    (_report, config) => {
      const result = runApiReport(config.configPath);
      expect(result.messages.filter((message) => /\(TS\d+\)/.test(message))).toEqual([]);
      expect(result.changed, `the public API changed: review it, then run \`${UPDATE_COMMAND}\``).toBe(false);
      expect(result.succeeded).toBe(true);
    },
  );

  it('fails when the surface differs from the committed report', () => {
    const config = configs.find((candidate) => basename(candidate.reportPath) === 'core.api.md');
    if (!config) throw new Error('no api-extractor config writes core.api.md');
    const folder = join(scratch, 'etc');
    cpSync(join(config.reportPath, '..'), folder, { recursive: true });
    const stale = join(folder, 'core.api.md');
    const text = readFileSync(stale, 'utf8');
    writeFileSync(stale, text.replace(/^export function \w+/m, 'export function renamedBeforeTheCheck'));
    const result = runApiReport(config.configPath, { reportFolder: `${folder}/` });
    expect(result.changed).toBe(true);
  });
});
