/** `tsc --strict` over every generator's output at once, its diagnostics grouped by generator. */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GENERATORS, OUT, ROOT } from './generators.js';

// What a consumer's strict project would use; DOM for the fetch clients, node for typed-openapi's fetcher.
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: ['node'],
    allowImportingTsExtensions: true,
    skipLibCheck: true,
  },
  include: GENERATORS.map((g) => `${g.name}/**/*.ts`),
};

/** Runs tsc once; returns each generator's diagnostics (empty when its output typechecks). */
export async function typecheckAll(): Promise<Record<string, string[]>> {
  await writeFile(join(OUT, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  const output = await new Promise<string>((resolve) => {
    execFile(
      join(ROOT, 'node_modules', '.bin', 'tsc'),
      ['-p', join(OUT, 'tsconfig.json'), '--pretty', 'false'],
      { cwd: OUT, timeout: 120_000 },
      (_error, stdout, stderr) => resolve(`${stdout}${stderr}`),
    );
  });
  await writeFile(join(OUT, 'logs', 'tsc.log'), output);
  const errors = output.split('\n').filter((l) => /error TS\d+/.test(l));
  const ownerOf = (line: string) => GENERATORS.find((g) => line.startsWith(`${g.name}/`))?.name ?? 'other';
  return Object.fromEntries(
    [...GENERATORS.map((g) => g.name), 'other'].map((name) => [
      name,
      errors.filter((l) => ownerOf(l) === name),
    ]),
  );
}
