#!/usr/bin/env node
// @ts-check
/**
 * Checks (default) or rewrites (`--update`) the committed API report of every public entry point.
 * Run after building: `pnpm turbo run build --filter=@fntasks/release-checks...`.
 */
import { relative } from 'node:path';
import { listApiReportConfigs, runApiReport, UPDATE_COMMAND } from './lib/api-reports.mjs';
import { repoRoot } from './lib/workspace.mjs';

const update = process.argv.includes('--update');
let failed = 0;
for (const config of listApiReportConfigs()) {
  let result;
  try {
    result = runApiReport(config.configPath, { update });
  } catch (error) {
    failed += 1;
    console.error(
      `FAILED    ${relative(repoRoot, config.configPath)}: ${/** @type {Error} */ (error).message}`,
    );
    continue;
  }
  const report = relative(repoRoot, result.config.reportPath);
  for (const message of result.messages) console.error(`  ${message}`);
  if (update && result.succeeded) {
    console.log(`${result.changed ? 'updated  ' : 'unchanged'} ${report}`);
  } else if (update || result.changed || !result.succeeded) {
    failed += 1;
    const why = update
      ? 'api-extractor failed'
      : `the public API of ${result.config.packageName} differs from it`;
    console.error(`${update ? 'FAILED ' : 'CHANGED'}   ${report} (${why})`);
  }
}
if (failed > 0) {
  console.error(
    update
      ? `\n${failed} API report(s) could not be written (see above).`
      : `\n${failed} API report(s) out of date: review the change, then run \`${UPDATE_COMMAND}\` and commit.`,
  );
  process.exitCode = 1;
} else if (!update) {
  console.log('API reports match the builds.');
}
