/** The names this tool goes by and verifies against. */
import { createRequire } from 'node:module';

/** The provider every pact is verified as: the OpenSearch function-task API. */
export const PROVIDER_NAME = 'opensearch-function-tasks';

/** This package's name and version, for reports. */
export const TOOL = (() => {
  const manifest = createRequire(import.meta.url)('../package.json') as { name: string; version: string };
  return { name: 'fntasks-contract', package: manifest.name, version: manifest.version };
})();
